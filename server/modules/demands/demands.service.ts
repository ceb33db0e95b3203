import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope, type Scope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import {
  demandActionLabels,
  demandStates,
  type DemandAssignBody,
  type DemandCloseBody,
  type DemandCreateBody,
  type DemandListItem,
  type DemandListQuery,
  type DemandSolveBody,
  type DemandSummary,
  type DemandSummaryQuery,
  type DemandView,
} from '../../../contracts/demands.ts';
import { findHouseholdInScope } from '../households/index.ts';
import { findCadreInScope } from '../cadres/index.ts';
import * as repo from './demands.repository.ts';
import { demandErrors } from './demands.errors.ts';
import { presentDemands, presentHistory } from './demands.present.ts';
import { assignProblems, demandActionAllowed, demandStateAfter, raiseProblems, solveProblems, todayInBeijing, type FieldError } from './demands.rules.ts';

type Step = 'assign' | 'solve' | 'close';

function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
}

function isVillage(code: string | null | undefined): code is string {
  return typeof code === 'string' && /^\d{12}$/.test(code) && !code.endsWith('000');
}

function mayAssign(principal: Principal): boolean {
  return can(principal, 'demands.assign');
}

/** The assigned cadre solves his own; whoever may assign may also record the result. */
function maySolve(principal: Principal, demand: repo.DemandRow): boolean {
  if (mayAssign(principal)) return true;
  return can(principal, 'demands.write') && principal.cadreId !== null && principal.cadreId === demand.assignedCadreId;
}

function abilitiesOf(principal: Principal, demand: repo.DemandRow): DemandView['abilities'] {
  return {
    assign: mayAssign(principal) && demandActionAllowed(demand.state, 'assign'),
    solve: demandActionAllowed(demand.state, 'solve') && maySolve(principal, demand),
    close: mayAssign(principal) && demandActionAllowed(demand.state, 'close'),
  };
}

export async function listDemands(ctx: Ctx, query: DemandListQuery): Promise<ListResult<DemandListItem>> {
  requirePermission(ctx.principal, 'demands.read');
  const today = todayInBeijing();
  const result = await repo.listDemands(ctx.db, ctx.principal.scope, query, today, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentDemands(ctx.db, result.items, today), total: result.total };
}

export async function getDemand(ctx: Ctx, id: string): Promise<DemandView> {
  requirePermission(ctx.principal, 'demands.read');
  const row = await repo.findDemandInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [item] = await presentDemands(ctx.db, [row], todayInBeijing());
  const history = await presentHistory(ctx.db, await repo.demandTrail(ctx.db, id));
  return { ...item!, history, abilities: abilitiesOf(ctx.principal, row) };
}

/** The figures statistics show for a region: raised, solved, open, overdue, average days to solve. */
export function demandCounts(executor: Executor, scope: Scope, divisionCode: string | null): Promise<DemandSummary> {
  return repo.tallyDemands(executor, scope, divisionCode, todayInBeijing());
}

export async function demandSummary(ctx: Ctx, query: DemandSummaryQuery): Promise<DemandSummary> {
  requirePermission(ctx.principal, 'demands.read');
  return demandCounts(ctx.db, ctx.principal.scope, query.divisionCode ?? null);
}

/** The household's village, the village named, or the one the account serves. */
async function villageOf(ctx: Ctx, body: DemandCreateBody): Promise<{ divisionCode: string; householdId: string | null }> {
  if (body.householdId) {
    const household = await findHouseholdInScope(ctx.db, ctx.principal.scope, body.householdId);
    if (!household) throw commonErrors.NOT_FOUND();
    return { divisionCode: household.divisionCode, householdId: household.id };
  }
  const code = body.divisionCode ?? ctx.principal.scope.divisionCode;
  if (!isVillage(code)) throw commonErrors.VALIDATION_FAILED([{ path: 'divisionCode', message: '请选择诉求所属的村' }]);
  if (!codeInScope(ctx.principal.scope, code)) throw commonErrors.VALIDATION_FAILED([{ path: 'divisionCode', message: '只能登记本辖区内的村' }]);
  return { divisionCode: code, householdId: null };
}

export async function raiseDemand(ctx: Ctx, body: DemandCreateBody): Promise<DemandView> {
  requirePermission(ctx.principal, 'demands.write');
  failOn(raiseProblems(body, todayInBeijing()));
  const place = await villageOf(ctx, body);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertDemand(tx, {
      ...place,
      raisedBy: body.raisedBy,
      raisedOn: body.raisedOn,
      category: body.category,
      content: body.content,
      state: 'open',
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'demands.raise', entityType: 'demand', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getDemand(ctx, id);
}

/** One step on a locked row: 404 out of scope, 409 when the state does not allow it. */
async function step(
  ctx: Ctx,
  id: string,
  action: Step,
  change: (demand: repo.DemandRow, tx: Executor) => Promise<Partial<repo.DemandRow>> | Partial<repo.DemandRow>,
): Promise<DemandView> {
  await ctx.db.transaction(async (tx) => {
    const demand = await repo.lockDemand(tx, ctx.principal.scope, id);
    if (!demand) throw commonErrors.NOT_FOUND();
    if (!demandActionAllowed(demand.state, action)) {
      throw demandErrors.DEMAND_STATE(undefined, { state: demandStates.labels[demand.state][ctx.locale === 'en' ? 'en' : 'zh'], action: demandActionLabels[action][ctx.locale === 'en' ? 'en' : 'zh'] });
    }
    const values = await change(demand, tx);
    const after = await repo.updateDemand(tx, id, { ...values, state: demandStateAfter(action) });
    await recordAudit(tx, ctx.actor, { action: `demands.${action}`, entityType: 'demand', entityId: id, divisionCode: after.divisionCode, before: demand, after });
  });
  return getDemand(ctx, id);
}

export async function assignDemand(ctx: Ctx, id: string, body: DemandAssignBody): Promise<DemandView> {
  requirePermission(ctx.principal, 'demands.assign');
  const today = todayInBeijing();
  return step(ctx, id, 'assign', async (demand, tx) => {
    failOn(assignProblems(demand, body, today));
    // Inside the transaction: the embedded database has one connection, held by it.
    const cadre = await findCadreInScope(tx, ctx.principal.scope, body.cadreId);
    if (!cadre) failOn([{ path: 'cadreId', message: '该干部不在您的管辖范围内' }]);
    return { assignedCadreId: body.cadreId, assignedOn: today, dueOn: body.dueOn };
  });
}

export async function solveDemand(ctx: Ctx, id: string, body: DemandSolveBody): Promise<DemandView> {
  if (!can(ctx.principal, 'demands.write') && !can(ctx.principal, 'demands.assign')) throw commonErrors.FORBIDDEN();
  return step(ctx, id, 'solve', (demand) => {
    if (!maySolve(ctx.principal, demand)) throw demandErrors.DEMAND_NOT_ASSIGNEE();
    failOn(solveProblems(demand, body, todayInBeijing()));
    return { solvedOn: body.solvedOn, solution: body.solution };
  });
}

export async function closeDemand(ctx: Ctx, id: string, body: DemandCloseBody): Promise<DemandView> {
  requirePermission(ctx.principal, 'demands.assign');
  return step(ctx, id, 'close', () => ({ closedReason: body.reason }));
}
