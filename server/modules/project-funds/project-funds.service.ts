import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors, type AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { AllocationBody, AllocationView, FundListQuery, LedgerView, PaymentBody, PaymentView } from '../../../contracts/project-funds.ts';
import * as repo from './project-funds.repository.ts';
import { fundErrors } from './project-funds.errors.ts';
import { presentAllocation, presentPayments } from './project-funds.present.ts';
import { adjustableStates, allocatableStates, allocationRoom, checkPayment, formatYuan, fromCents, ledgerFigures, payableStates, toCents } from './project-funds.rules.ts';

export async function projectOrNotFound(ctx: Ctx, executor: Executor, id: string): Promise<repo.ProjectRow> {
  const project = await repo.findProjectInScope(executor, ctx.principal.scope, id);
  if (!project) throw commonErrors.NOT_FOUND();
  return project;
}

export async function getLedger(ctx: Ctx, projectId: string): Promise<LedgerView> {
  requirePermission(ctx.principal, 'funds.read');
  const project = await projectOrNotFound(ctx, ctx.db, projectId);
  const sources = await repo.fundSourcesOf(ctx.db, projectId);
  const paid = await repo.paidBySource(ctx.db, [projectId]);
  const allocated = await repo.allocatedBySource(ctx.db, projectId);
  const figures = ledgerFigures(
    project.approvedBudget,
    sources.map((s) => ({ fundSourceId: s.id, amount: s.amount, allocated: allocated.get(s.id) ?? '0', paid: paid.get(s.id) ?? '0' })),
  );
  return {
    projectId,
    projectState: project.state,
    approvedBudget: project.approvedBudget,
    sources: sources.map((s, i) => {
      const row = figures.rows[i]!;
      return {
        fundSourceId: s.id,
        kind: s.kind,
        funder: s.funder,
        amount: fromCents(row.amount),
        allocated: fromCents(row.allocated),
        paid: fromCents(row.paid),
        remaining: fromCents(row.remaining),
      };
    }),
    totals: {
      amount: fromCents(figures.totals.amount),
      allocated: fromCents(figures.totals.allocated),
      paid: fromCents(figures.totals.paid),
      remaining: fromCents(figures.budgetRemaining),
    },
    reconciles: figures.reconciles,
    abilities: {
      record: can(ctx.principal, 'funds.record') && allocatableStates.includes(project.state),
      pay: can(ctx.principal, 'funds.record') && payableStates.includes(project.state),
      adjust: can(ctx.principal, 'funds.adjust') && adjustableStates.includes(project.state) && project.approvedBudget !== null,
    },
  };
}

export async function listAllocations(ctx: Ctx, projectId: string): Promise<AllocationView[]> {
  requirePermission(ctx.principal, 'funds.read');
  await projectOrNotFound(ctx, ctx.db, projectId);
  return (await repo.allocationsOf(ctx.db, projectId)).map(presentAllocation);
}

function unknownSource(): AppError {
  return fundErrors.PAYMENT_SOURCE_UNKNOWN([{ path: 'fundSourceId', message: '资金来源不属于本项目' }]);
}

export async function recordAllocation(ctx: Ctx, projectId: string, body: AllocationBody): Promise<AllocationView> {
  requirePermission(ctx.principal, 'funds.record');
  const id = await ctx.db.transaction(async (tx) => {
    const project = await projectOrNotFound(ctx, tx, projectId);
    if (!allocatableStates.includes(project.state)) throw fundErrors.PROJECT_NOT_ALLOCATABLE();
    // Allocations of one project queue on its row, so two cannot both take a source's last yuan.
    await repo.lockProject(tx, projectId);
    const source = (await repo.fundSourcesOf(tx, projectId)).find((s) => s.id === body.fundSourceId);
    if (!source) throw unknownSource();
    const room = allocationRoom(source.amount, (await repo.allocatedBySource(tx, projectId)).get(source.id) ?? '0');
    if (toCents(body.amount) > room) {
      const remaining = formatYuan(Math.max(0, room));
      throw fundErrors.ALLOCATION_OVER_SOURCE([{ path: 'amount', message: `超出该资金来源额度：尚可下达 ${remaining}` }], { remaining });
    }
    const row = await repo.insertAllocation(tx, {
      projectId,
      fundSourceId: body.fundSourceId,
      divisionCode: project.divisionCode,
      allocatedOn: body.allocatedOn,
      amount: body.amount,
      document: body.document?.trim() || null,
      recordedBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'funds.allocate', entityType: 'project_allocation', entityId: row.id, divisionCode: project.divisionCode, after: row });
    return row.id;
  });
  const all = await repo.allocationsOf(ctx.db, projectId);
  return presentAllocation(all.find((a) => a.allocation.id === id)!);
}

export async function listProjectPayments(ctx: Ctx, projectId: string): Promise<PaymentView[]> {
  requirePermission(ctx.principal, 'funds.read');
  await projectOrNotFound(ctx, ctx.db, projectId);
  const rows = await repo.readPayments(ctx.db, ctx.principal.scope, { projectId, sort: 'paidOn', order: 'desc' }, { limit: 1000, offset: 0 });
  return presentPayments(ctx.db, rows);
}

export async function listFunds(ctx: Ctx, query: FundListQuery): Promise<ListResult<PaymentView>> {
  requirePermission(ctx.principal, 'funds.read');
  const result = await repo.listPayments(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentPayments(ctx.db, result.items), total: result.total };
}

/** The constraint the payment trigger names when it refuses, whichever driver carried the error. */
export function checkViolation(error: unknown): string | null {
  for (const candidate of [error, (error as { cause?: unknown } | null)?.cause]) {
    const e = candidate as { code?: string; constraint?: string } | null | undefined;
    if (e?.code === '23514') return e.constraint ?? '';
  }
  return null;
}

async function remainingFor(executor: Executor, projectId: string, fundSourceId: string) {
  const project = await repo.findProject(executor, projectId);
  const sources = await repo.fundSourcesOf(executor, projectId);
  const paid = await repo.paidBySource(executor, [projectId]);
  const totalPaid = [...paid.values()].reduce((t, v) => t + toCents(v), 0);
  const budget = project?.approvedBudget ? toCents(project.approvedBudget) - totalPaid : 0;
  const source = sources.find((s) => s.id === fundSourceId);
  const fromSource = source ? toCents(source.amount) - toCents(paid.get(source.id) ?? '0') : 0;
  return { budget: Math.max(0, budget), source: Math.max(0, fromSource) };
}

function overBudget(cents: number): AppError {
  const remaining = formatYuan(cents);
  return fundErrors.PAYMENT_OVER_BUDGET([{ path: 'amount', message: `超出批复预算：尚可拨付 ${remaining}` }], { remaining });
}

function overSource(cents: number): AppError {
  const remaining = formatYuan(cents);
  return fundErrors.PAYMENT_OVER_SOURCE([{ path: 'amount', message: `超出该资金来源额度：尚可拨付 ${remaining}` }], { remaining });
}

/**
 * 记录拨付. The service checks first for a clear message; the database's trigger, which locks the
 * project row, is what holds when two payments race for the last of a budget.
 */
export async function recordPayment(ctx: Ctx, projectId: string, body: PaymentBody): Promise<PaymentView> {
  requirePermission(ctx.principal, 'funds.record');
  let id: string;
  try {
    id = await ctx.db.transaction(async (tx) => {
      const project = await projectOrNotFound(ctx, tx, projectId);
      if (!payableStates.includes(project.state)) throw fundErrors.PROJECT_NOT_PAYABLE();
      const sources = await repo.fundSourcesOf(tx, projectId);
      const source = sources.find((s) => s.id === body.fundSourceId);
      if (!source) throw unknownSource();
      const paid = await repo.paidBySource(tx, [projectId]);
      const totalPaid = fromCents([...paid.values()].reduce((t, v) => t + toCents(v), 0));
      const check = checkPayment(body.amount, { approved: project.approvedBudget, paid: totalPaid }, { amount: source.amount, paid: paid.get(source.id) ?? '0' });
      if (!check.ok) throw check.reason === 'over_budget' ? overBudget(check.remainingCents) : overSource(check.remainingCents);
      const row = await repo.insertPayment(tx, {
        projectId,
        fundSourceId: body.fundSourceId,
        divisionCode: project.divisionCode,
        paidOn: body.paidOn,
        amount: body.amount,
        payee: body.payee,
        purpose: body.purpose,
        voucherNo: body.voucherNo?.trim() || null,
        recordedBy: ctx.principal.accountId,
      });
      await recordAudit(tx, ctx.actor, { action: 'funds.pay', entityType: 'project_payment', entityId: row.id, divisionCode: project.divisionCode, after: row });
      return row.id;
    });
  } catch (error) {
    const constraint = checkViolation(error);
    if (constraint === null) throw error;
    if (constraint === 'project_payments_source') throw unknownSource();
    const remaining = await remainingFor(ctx.db, projectId, body.fundSourceId);
    if (constraint === 'project_payments_within_source') throw overSource(remaining.source);
    throw overBudget(remaining.budget);
  }
  const row = await repo.findPayment(ctx.db, id);
  const [view] = await presentPayments(ctx.db, [row!]);
  return view!;
}
