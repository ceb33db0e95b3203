import type { ContributionKind } from '../../../contracts/social-codes.ts';
import type { ContributionTotals } from '../../../contracts/enterprises.ts';
import { centsToMoney, parseMoney, toCents } from '../../../contracts/money.ts';

export { creditCodeCheckChar, creditCodeProblem, isContactPhone } from '../../../contracts/enterprises.ts';

export type FieldError = { path: string; message: string };

/** Kinds whose worth is a sum of money: given in cash, in goods, or paid to the village for what it sells. */
export const valuedKinds: readonly ContributionKind[] = ['money', 'goods', 'purchases'];

export function todayInBeijing(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function notInFuture(path: string, date: string, today: string): FieldError[] {
  return date > today ? [{ path, message: '日期不能晚于今天' }] : [];
}

type ContributionInput = { kind: ContributionKind; value?: string | undefined; quantity?: string | undefined; givenOn: string };
type PairingSpan = { since: string; until: string | null };

/**
 * Money, goods and purchases are counted by their value, so they need one above zero; jobs are
 * counted in people, so they need a whole number of them. A contribution falls within its pairing.
 */
export function contributionProblems(body: ContributionInput, pairing: PairingSpan, today: string): FieldError[] {
  const problems: FieldError[] = [...notInFuture('givenOn', body.givenOn, today)];
  if (body.givenOn < pairing.since) problems.push({ path: 'givenOn', message: `日期不能早于结对日期 ${pairing.since}` });
  else if (pairing.until && body.givenOn > pairing.until) problems.push({ path: 'givenOn', message: `日期不能晚于结对结束日期 ${pairing.until}` });
  if (valuedKinds.includes(body.kind)) {
    const cents = body.value ? parseMoney(body.value) : null;
    if (cents === null) problems.push({ path: 'value', message: '请填写金额（元）' });
    else if (cents <= 0) problems.push({ path: 'value', message: '金额应大于 0' });
  }
  if (body.kind === 'jobs') {
    const people = body.quantity === undefined ? NaN : Number(body.quantity);
    if (!Number.isInteger(people) || people < 1) problems.push({ path: 'quantity', message: '请填写安置就业人数（正整数）' });
  }
  return problems;
}

/** An end date lies between the pairing's start and today, and leaves none of its contributions outside. */
export function pairingEndProblems(until: string, pairing: PairingSpan, lastGivenOn: string | null, today: string): FieldError[] {
  const problems = notInFuture('until', until, today);
  if (until < pairing.since) problems.push({ path: 'until', message: `结束日期不能早于结对日期 ${pairing.since}` });
  else if (lastGivenOn && until < lastGivenOn) problems.push({ path: 'until', message: `结束日期不能早于最近一次帮扶日期 ${lastGivenOn}` });
  return problems;
}

type Contributed = { kind: ContributionKind; value: string | null; quantity: string | null };

/** An enterprise's contributions summed by kind, in integer cents. */
export function totalsOf(rows: readonly Contributed[]): ContributionTotals {
  const cents = { money: 0, goods: 0, purchases: 0 };
  let jobs = 0;
  for (const row of rows) {
    if (row.kind === 'money' || row.kind === 'goods' || row.kind === 'purchases') cents[row.kind] += row.value ? toCents(row.value) : 0;
    if (row.kind === 'jobs' && row.quantity) jobs += Math.round(Number(row.quantity));
  }
  return { money: centsToMoney(cents.money), goods: centsToMoney(cents.goods), purchases: centsToMoney(cents.purchases), jobs, count: rows.length };
}

const levels = [2, 4, 6, 9, 12] as const;

/** The prefix length naming a child of a region (city → counties, county → townships …); null under a village. */
export function childPrefixLength(prefixLength: number): number | null {
  return levels.find((l) => l > prefixLength) ?? null;
}
