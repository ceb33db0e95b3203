import type { AssetCondition } from '../../../contracts/project-codes.ts';

export type FieldError = { path: string; message: string };

// Integer cents keep sums exact where floats would drift; the arithmetic is the contracts' own.
import { centsToMoney as fromCents, toCents } from '../../../contracts/money.ts';

export { toCents, fromCents };
export { sumMoney } from '../../../contracts/money.ts';

type CheckLike = { checkedOn: string; condition: AssetCondition; createdAt: Date };

/** The latest check decides the asset's condition; two on one day, the one recorded last. */
export function latestCondition(checks: readonly CheckLike[]): AssetCondition | null {
  let latest: CheckLike | null = null;
  for (const check of checks) {
    if (!latest || check.checkedOn > latest.checkedOn || (check.checkedOn === latest.checkedOn && check.createdAt >= latest.createdAt)) latest = check;
  }
  return latest?.condition ?? null;
}

export function todayInBeijing(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function notInFuture(path: string, date: string, today: string): FieldError[] {
  return date > today ? [{ path, message: '日期不能晚于今天' }] : [];
}

/** A dividend is paid for a year the share was held, and not before that year ends its first day. */
export function dividendProblems(body: { year: number; paidOn: string }, share: { since: string }, today: string): FieldError[] {
  const problems: FieldError[] = [...notInFuture('paidOn', body.paidOn, today)];
  if (body.year < Number(share.since.slice(0, 4))) problems.push({ path: 'year', message: '分红年度不能早于入股年份' });
  if (Number(body.paidOn.slice(0, 4)) < body.year) problems.push({ path: 'paidOn', message: '发放日期不能早于分红年度' });
  return problems;
}

type ShareLike = { cooperative: string; householdId: string; amount: string };
type DividendLike = { cooperative: string; amount: string };
export type CooperativeTotals = { cooperative: string; households: number; shareCapital: string; dividendsPaid: string };

/** Per cooperative: distinct households holding shares, their capital, and the dividends paid in the year. */
export function cooperativeTotals(shares: readonly ShareLike[], dividends: readonly DividendLike[]): CooperativeTotals[] {
  const byCooperative = new Map<string, { households: Set<string>; capital: number; paid: number }>();
  const entry = (name: string) => {
    let found = byCooperative.get(name);
    if (!found) byCooperative.set(name, (found = { households: new Set(), capital: 0, paid: 0 }));
    return found;
  };
  for (const share of shares) {
    const e = entry(share.cooperative);
    e.households.add(share.householdId);
    e.capital += toCents(share.amount);
  }
  for (const dividend of dividends) entry(dividend.cooperative).paid += toCents(dividend.amount);
  return [...byCooperative.entries()]
    .map(([cooperative, e]) => ({ cooperative, households: e.households.size, shareCapital: fromCents(e.capital), dividendsPaid: fromCents(e.paid) }))
    .sort((a, b) => b.households - a.households || a.cooperative.localeCompare(b.cooperative, 'zh-CN'));
}
