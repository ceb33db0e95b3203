// Demo money is reckoned in integer cents: every figure below reaches the statistics to the cent.

export function yuanToCents(yuan: number): number {
  const cents = Math.round(yuan * 100);
  if (!Number.isSafeInteger(cents) || cents < 0) throw new Error(`not an amount of money: ${yuan}`);
  return cents;
}

// "1234.50" ↔ cents, as the numeric(14,2) columns take and give them back.
export { centsToMoney as formatCents, toCents as centsOf } from '../../contracts/money.ts';

/**
 * Splits total into shares proportional to the weights, each a whole multiple of step (a budget
 * is shared out in hundreds of yuan, as a finance office writes it) except where the total itself
 * is not; largest remainder, so the shares always add up to the total exactly.
 */
export function splitCents(total: number, weights: readonly number[], step = 10_000): number[] {
  if (weights.length === 0) throw new Error('nothing to split into');
  if (weights.some((w) => !(w > 0))) throw new Error(`weights must be positive: ${weights.join()}`);
  const unit = total % step === 0 ? step : 1;
  const units = total / unit;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * units);
  const shares = exact.map(Math.floor);
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = units - shares.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k += 1) shares[order[k % order.length]![1]]! += 1;
  return shares.map((share) => share * unit);
}
