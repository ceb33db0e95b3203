import { formatYuan, fromCents, sumCents, toCents } from '../../../contracts/project-funds.ts';

export { formatYuan, fromCents, sumCents, toCents };

/** Payments only once work has begun; the money stays frozen before and after. */
export const payableStates: readonly string[] = ['in_progress', 'completed', 'accepted'];
/** Allocations from approval on: money may reach the account before work starts. */
export const allocatableStates: readonly string[] = ['approved', 'in_progress', 'completed', 'accepted', 'handed_over'];
/** A budget may be adjusted while the project still spends. */
export const adjustableStates: readonly string[] = ['approved', 'in_progress', 'completed'];

export type SourceFigures = { fundSourceId: string; amount: string; allocated: string; paid: string };

/** Per-source remaining and the totals of a project's ledger, all in cents. */
export function ledgerFigures(approvedBudget: string | null, sources: readonly SourceFigures[]) {
  const rows = sources.map((s) => {
    const amount = toCents(s.amount);
    const paid = toCents(s.paid);
    return { fundSourceId: s.fundSourceId, amount, allocated: toCents(s.allocated), paid, remaining: amount - paid };
  });
  const totals = rows.reduce(
    (t, r) => ({ amount: t.amount + r.amount, allocated: t.allocated + r.allocated, paid: t.paid + r.paid, remaining: t.remaining + r.remaining }),
    { amount: 0, allocated: 0, paid: 0, remaining: 0 },
  );
  const budget = approvedBudget === null ? null : toCents(approvedBudget);
  return { rows, totals, budgetRemaining: budget === null ? 0 : budget - totals.paid, reconciles: budget !== null && budget === totals.amount };
}

export type PaymentCheck =
  | { ok: true }
  | { ok: false; reason: 'over_budget' | 'over_source'; remainingCents: number };

/** The friendly check before the database's trigger, which alone holds under concurrency. */
export function checkPayment(amount: string, budget: { approved: string | null; paid: string }, source: { amount: string; paid: string }): PaymentCheck {
  const cents = toCents(amount);
  const budgetLeft = budget.approved === null ? 0 : toCents(budget.approved) - toCents(budget.paid);
  if (cents > budgetLeft) return { ok: false, reason: 'over_budget', remainingCents: Math.max(0, budgetLeft) };
  const sourceLeft = toCents(source.amount) - toCents(source.paid);
  if (cents > sourceLeft) return { ok: false, reason: 'over_source', remainingCents: Math.max(0, sourceLeft) };
  return { ok: true };
}

export type AdjustmentSource = { fundSourceId?: string | undefined; amount: string };
export type AdjustmentIssue = { path: string; message: string };

/**
 * The new sources must add up to the new budget, name only sources of this project, each once, and
 * leave no budget or source below what has already been paid from it (a source left out goes to zero).
 */
export function checkAdjustment(newBudget: string, sources: readonly AdjustmentSource[], paidBySource: ReadonlyMap<string, string>): AdjustmentIssue[] {
  const issues: AdjustmentIssue[] = [];
  const total = sumCents(sources.map((s) => s.amount));
  const budget = toCents(newBudget);
  if (total !== budget) {
    issues.push({ path: 'sources', message: `各资金来源合计 ${formatYuan(total)}，与调整后预算 ${formatYuan(budget)} 不符` });
  }
  const paidTotal = sumCents([...paidBySource.values()]);
  if (budget < paidTotal) issues.push({ path: 'newBudget', message: `不能低于已拨付的 ${formatYuan(paidTotal)}` });
  const seen = new Set<string>();
  sources.forEach((s, i) => {
    if (!s.fundSourceId) return;
    if (!paidBySource.has(s.fundSourceId)) issues.push({ path: `sources.${i}.fundSourceId`, message: '不是本项目的资金来源' });
    else if (seen.has(s.fundSourceId)) issues.push({ path: `sources.${i}.fundSourceId`, message: '资金来源重复' });
    else {
      const paid = toCents(paidBySource.get(s.fundSourceId)!);
      if (toCents(s.amount) < paid) issues.push({ path: `sources.${i}.amount`, message: `不能低于该来源已拨付的 ${formatYuan(paid)}` });
    }
    seen.add(s.fundSourceId);
  });
  for (const [id, paid] of paidBySource) {
    if (!seen.has(id) && toCents(paid) > 0) issues.push({ path: 'sources', message: `已有拨付的资金来源不能删除（已拨付 ${formatYuan(toCents(paid))}）` });
  }
  return issues;
}

/** An allocation may bring a source's money in full, never more than the source holds. */
export function allocationRoom(sourceAmount: string, allocated: string): number {
  return toCents(sourceAmount) - toCents(allocated);
}
