import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, divisionPrefix, type Scope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import type { IndustryCounts, IndustrySummary, IndustrySummaryQuery, IndustrySummaryRow, TeamIndustryCheck } from '../../../contracts/industry.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import { cadresWithRecords, childDivisions, countsByVillage, teamsWithMembers } from './industry-summary.repository.ts';
import { childPrefixLength, emptyCounts, fivePresent, isPartyMember, rollUp, teamGaps, totalOf, villageCounts, type TeamMemberFact } from './industry.rules.ts';

/** The division the summary is about: the one asked for, else the account's own; one outside the account is 404. */
function focusOf(ctx: Ctx, query: IndustrySummaryQuery): string | null {
  if (query.divisionCode) {
    if (!codeInScope(ctx.principal.scope, query.divisionCode)) throw commonErrors.NOT_FOUND();
    return query.divisionCode;
  }
  return ctx.principal.scope.divisionCode;
}

async function teamChecks(executor: Executor, scope: Scope, prefix: string | null): Promise<TeamIndustryCheck[]> {
  const rows = await teamsWithMembers(executor, scope, prefix);
  const teams = new Map<string, { teamName: string; divisionCode: string; members: TeamMemberFact[] }>();
  for (const row of rows) {
    let team = teams.get(row.teamId);
    if (!team) teams.set(row.teamId, (team = { teamName: row.teamName, divisionCode: row.divisionCode, members: [] }));
    team.members.push({ cadreId: row.cadreId, name: row.name, partyStatus: row.partyStatus });
  }
  const [records, names] = await Promise.all([
    cadresWithRecords(executor, rows.map((r) => r.cadreId)),
    divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]),
  ]);
  return [...teams.entries()].map(([teamId, team]) => ({
    teamId,
    teamName: team.teamName,
    divisionCode: team.divisionCode,
    villageName: names.get(team.divisionCode) ?? null,
    ...teamGaps(team.members, records.gardens, records.pairs),
    roster: team.members.map((m) => ({ cadreId: m.cadreId, name: m.name, partyMember: isPartyMember(m.partyStatus) })),
  }));
}

/**
 * 五个一 per village, or per division one level below the one asked for, with [004]'s check of the
 * teams there. Divisions that keep nothing yet are listed too, so a gap shows as a gap.
 */
export async function industrySummary(ctx: Ctx, query: IndustrySummaryQuery): Promise<IndustrySummary> {
  requirePermission(ctx.principal, 'industry.read');
  const code = focusOf(ctx, query);
  const prefix = code ? divisionPrefix(code) : null;
  const childLength = childPrefixLength(prefix);
  const isVillage = prefix?.length === 12;
  const [byVillage, children, focus] = await Promise.all([
    countsByVillage(ctx.db, ctx.principal.scope, prefix).then(villageCounts),
    code && !isVillage ? childDivisions(ctx.db, code) : Promise.resolve([]),
    code ? findDivision(ctx.db, code) : Promise.resolve(undefined),
  ]);
  const groups = rollUp(byVillage, isVillage ? 12 : childLength);
  const codes = new Set<string>([...groups.keys()]);
  for (const child of children) if (child.code.length === 12) codes.add(child.code);
  if (isVillage && code) codes.add(code);
  const names = await divisionNames(ctx.db, [...codes]);
  const rows: IndustrySummaryRow[] = [...codes].sort().map((divisionCode) => {
    const counts = groups.get(divisionCode) ?? emptyCounts();
    return { divisionCode, name: names.get(divisionCode) ?? null, isVillage: isVillage || childLength === 12, ...counts, present: fivePresent(counts) };
  });
  const parent = focus?.parentCode && codeInScope(ctx.principal.scope, focus.parentCode) ? focus.parentCode : null;
  return {
    divisionCode: code,
    name: focus?.name ?? null,
    parentCode: parent,
    rows,
    total: totalOf(groups.values()),
    teams: await teamChecks(ctx.db, ctx.principal.scope, prefix),
  };
}

/** Totals within a division for the statistics pages, under the caller's scope. */
export async function industryTotals(executor: Executor, scope: Scope, divisionCode: string | null): Promise<IndustryCounts> {
  const byVillage = villageCounts(await countsByVillage(executor, scope, divisionCode ? divisionPrefix(divisionCode) : null));
  return totalOf(rollUp(byVillage, 12).values());
}
