import type { FieldError } from '../../platform/errors/app-error.ts';
import type { Satisfaction } from '../../../contracts/evaluation-codes.ts';
import { massRatingMinCount, satisfactions } from '../../../contracts/evaluation-codes.ts';
import type { MassSummary } from '../../../contracts/ledgers.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

export function ledgerToday(at = new Date()): string {
  return beijingDay(at);
}

export function isOverdue(state: string, dueOn: string, today: string): boolean {
  return state === 'open' && dueOn < today;
}

/** Twelve monthly figures from the months that had any. */
export function monthsOf(rows: { month: number; total: number }[]): number[] {
  const months = Array.from({ length: 12 }, () => 0);
  for (const row of rows) if (row.month >= 1 && row.month <= 12) months[row.month - 1] = row.total;
  return months;
}

/** A settlement happens after the promise and not in the future. */
export function settleProblems(settledOn: string, promisedOn: string, today: string): FieldError[] {
  if (settledOn < promisedOn) return [{ path: 'settledOn', message: `认定日期不能早于承诺日期 ${promisedOn}` }];
  if (settledOn > today) return [{ path: 'settledOn', message: '认定日期不能晚于今天' }];
  return [];
}

/** The counts per satisfaction, withheld below the minimum so a few voices cannot be told apart. */
export function massSummaryOf(counts: Map<Satisfaction, number>): MassSummary {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total < massRatingMinCount) return { total, sufficient: false, counts: null };
  const all = Object.fromEntries(satisfactions.codes.map((code) => [code, counts.get(code) ?? 0])) as Record<Satisfaction, number>;
  return { total, sufficient: true, counts: all };
}
