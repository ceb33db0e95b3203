import type { Ctx } from '../../platform/http/context.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { TodoSource } from '../../platform/workflow/todos.ts';
import type { CadreLedger, LedgerEntry, LedgerListQuery, WorkLine } from '../../../contracts/ledgers.ts';
import { findCadreInScope } from '../cadres/index.ts';
import { findTeamInScope } from '../teams/index.ts';
import * as repo from './ledgers.repository.ts';
import * as work from './ledger-work.repository.ts';
import { mayKeepCommitment, maySettle } from './ledgers.policy.ts';
import { ledgerToday, massSummaryOf, monthsOf } from './ledgers.rules.ts';
import { presentCommitment } from './ledgers.service.ts';

export function yearOrCurrent(year: number | undefined): number {
  return year ?? Number(ledgerToday().slice(0, 4));
}

export async function listLedgers(ctx: Ctx, query: LedgerListQuery): Promise<ListResult<LedgerEntry>> {
  requirePermission(ctx.principal, 'ledgers.read');
  const year = yearOrCurrent(query.year);
  const scope = ctx.principal.scope;
  const rows = await work.firstSecretaries(ctx.db, scope, year, query.divisionCode, ledgerToday(), { limit: query.pageSize, offset: offsetOf(query) });
  return { items: rows, total: await work.countFirstSecretaries(ctx.db, scope, year, query.divisionCode) };
}

function line(key: string, label: string, rows: work.MonthCount[], href: string): WorkLine {
  const months = monthsOf(rows);
  return { key, label, months, total: months.reduce((a, b) => a + b, 0), href };
}

/**
 * The cadre's ledger, when the cadre is in the caller's region, is the caller himself, or served
 * that year in a team the caller oversees.
 */
export async function cadreLedger(ctx: Ctx, cadreId: string, yearAsked: number | undefined): Promise<CadreLedger> {
  requirePermission(ctx.principal, 'ledgers.read');
  const year = yearOrCurrent(yearAsked);
  const membership = await repo.membershipInYear(ctx.db, cadreId, year);
  const own = ctx.principal.cadreId === cadreId;
  const reach = own || !!(await findCadreInScope(ctx.db, ctx.principal.scope, cadreId)) || (!!membership && !!(await findTeamInScope(ctx.db, ctx.principal.scope, membership.team.id)));
  const header = reach ? await work.cadreHeader(ctx.db, cadreId) : undefined;
  if (!header) throw commonErrors.NOT_FOUND();
  const today = ledgerToday();
  const team = membership?.team;
  const commitments = (await repo.commitmentsOfCadre(ctx.db, cadreId, year)).map((r) => presentCommitment(r, today));
  const workLines: WorkLine[] = [
    line('visits', '入户走访', await work.visitsByMonth(ctx.db, cadreId, year), `/visits?cadreId=${cadreId}`),
    line('diaries', '民情日记', await work.diariesByMonth(ctx.db, cadreId, year), `/diaries?cadreId=${cadreId}`),
  ];
  workLines.push(
    line('demands', '办结群众诉求', await work.demandsSolvedByMonth(ctx.db, cadreId, year), `/demands?assignedCadreId=${cadreId}&state=solved`),
    line('org_life', '参加组织生活', await work.orgLifeByMonth(ctx.db, cadreId, year), `/org-life?dateFrom=${year}-01-01&dateTo=${year}-12-31`),
  );
  if (team) {
    workLines.push(
      line('projects', '村级项目开工', await work.projectsStartedByMonth(ctx.db, team.divisionCode, year), `/projects?divisionCode=${team.divisionCode}`),
      line('reports', '报送工作报告', await work.reportsByMonth(ctx.db, team.id, year), `/reports?teamId=${team.id}`),
    );
  }
  const leads = team ? await repo.leadsTeam(ctx.db, ctx.principal.cadreId, team.id) : false;
  const active = !!membership && membership.member.leftOn === null;
  return {
    year,
    cadre: header,
    team: team ? { id: team.id, name: team.name, termStart: team.termStart, termEnd: team.termEnd, role: membership.member.role } : null,
    village: team ? { divisionCode: team.divisionCode, name: await work.villageName(ctx.db, team.divisionCode) } : null,
    work: workLines,
    commitments,
    commitmentCounts: {
      total: commitments.length,
      kept: commitments.filter((c) => c.state === 'kept').length,
      notKept: commitments.filter((c) => c.state === 'not_kept').length,
      open: commitments.filter((c) => c.state === 'open').length,
      overdue: commitments.filter((c) => c.overdue).length,
    },
    mass: team ? massSummaryOf(await work.massRatingCounts(ctx.db, team.id, year)) : null,
    inspections: await work.inspectionCounts(ctx.db, cadreId, year),
    abilities: {
      addCommitment: active && !!team && mayKeepCommitment(ctx.principal, team.divisionCode, leads),
      settle: !!team && maySettle(ctx.principal, team.divisionCode),
      export: can(ctx.principal, 'ledgers.export'),
    },
  };
}

const endOfDay = (day: string) => new Date(`${day}T23:59:59+08:00`).toISOString();

/** A team leader is reminded of his team's commitments past their due day and not yet settled. */
export const ledgerTodos: TodoSource = async (ctx) => {
  const { principal } = ctx;
  if (!principal.cadreId || !principal.permissions.has('ledgers.write')) return [];
  const rows = await repo.overdueForLeader(ctx.db, principal.cadreId, ledgerToday());
  return rows.map((r) => ({
    key: `ledgers:commitment:${r.id}`,
    kind: 'commitment_overdue',
    title: `承诺事项已到期未兑现：${r.content.slice(0, 30)}`,
    link: `/ledgers/${r.cadreId}`,
    menuPath: '/ledgers',
    since: endOfDay(r.dueOn),
    dueAt: endOfDay(r.dueOn),
    overdue: true,
  }));
};
