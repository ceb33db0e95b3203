import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { TeamListItem, TeamMemberView, TeamView } from '../../../contracts/teams.ts';
import { divisionNames, divisionPaths } from '../divisions/index.ts';
import { findCadresByIds, presentCadreBriefs } from '../cadres/index.ts';
import * as repo from './teams.repository.ts';
import { mayExportTeams, mayManageMembers, mayUpdateTeam } from './teams.policy.ts';

/** The main village first, then the others by code. */
function orderVillages(mainCode: string, codes: string[]): string[] {
  return [...codes].sort((a, b) => (a === mainCode ? -1 : b === mainCode ? 1 : a.localeCompare(b)));
}

export async function presentTeamList(executor: Executor, rows: repo.TeamRow[], options: { paths?: boolean } = {}): Promise<TeamListItem[]> {
  const ids = rows.map((r) => r.id);
  const [villageRows, unitRows, summaries] = await Promise.all([repo.villagesOf(executor, ids), repo.unitsOf(executor, ids), repo.rosterSummaries(executor, ids)]);
  const codes = villageRows.map((v) => v.divisionCode);
  const [names, paths] = await Promise.all([
    divisionNames(executor, codes),
    options.paths ? divisionPaths(executor, codes) : Promise.resolve(new Map<string, string>()),
  ]);
  return rows.map((row) => {
    const summary = summaries.find((s) => s.teamId === row.id);
    const villageCodes = villageRows.filter((v) => v.teamId === row.id).map((v) => v.divisionCode);
    return {
      id: row.id,
      name: row.name,
      divisionCode: row.divisionCode,
      villages: orderVillages(row.divisionCode, villageCodes).map((code) => ({
        code,
        name: names.get(code) ?? null,
        path: paths.get(code) ?? null,
      })),
      units: unitRows.filter((u) => u.teamId === row.id).map((u) => ({ id: u.unitId, name: u.name, isLead: u.isLead })),
      leaderName: summary?.leaderName ?? null,
      memberCount: summary?.memberCount ?? 0,
      termStart: row.termStart,
      termEnd: row.termEnd,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

/** Members with their cadre's brief (ID masked) and unit name. */
export async function presentMembers(executor: Executor, members: repo.TeamMemberRow[]): Promise<TeamMemberView[]> {
  const cadreRows = await findCadresByIds(executor, members.map((m) => m.cadreId));
  const briefs = new Map(presentCadreBriefs(cadreRows).map((b) => [b.id, b]));
  const unitNames = await repo.unitNames(executor, [...briefs.values()].map((b) => b.unitId));
  return members.map((m) => {
    const brief = briefs.get(m.cadreId) ?? null;
    return {
      id: m.id,
      cadreId: m.cadreId,
      role: m.role,
      joinedOn: m.joinedOn,
      leftOn: m.leftOn,
      unitName: brief ? (unitNames.get(brief.unitId) ?? null) : null,
      cadre: brief,
    };
  });
}

export async function presentTeam(ctx: Ctx, executor: Executor, row: repo.TeamRow): Promise<TeamView> {
  const [item] = await presentTeamList(executor, [row], { paths: true });
  const members = await presentMembers(executor, await repo.membersOf(executor, row.id));
  return {
    ...item!,
    note: row.note,
    members,
    abilities: {
      update: mayUpdateTeam(ctx.principal, row),
      manageMembers: mayManageMembers(ctx.principal, row),
      export: mayExportTeams(ctx.principal),
    },
  };
}
