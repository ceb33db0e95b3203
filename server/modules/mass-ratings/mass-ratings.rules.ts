import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { keepOrAdjustChoices, massRatingMinCount, ratingCodeAlphabet, ratingCodeLength, satisfactions, type RatingSummary } from '../../../contracts/mass-ratings.ts';
import type { KeepOrAdjust, Satisfaction } from '../../../contracts/evaluation-codes.ts';

// The day kept on a rating is the day in China, whatever the server's zone.
export { beijingDay } from '../../platform/time/beijing.ts';

/*
 * Why per-household one-time codes: a public page alone would let one phone vote a hundred times,
 * and an account per villager would tie each voice to a name. A slip with a code bought nowhere
 * else gives one voice per household, and since only a keyed hash of the code is kept and the
 * rating row holds no code, no address and no time of day, nobody can tell who said what.
 */

/** 128 random bits: the public page's address cannot be guessed. */
export function newRatingToken(): string {
  return randomBytes(16).toString('base64url');
}

/** One code of the unambiguous alphabet, drawn without bias. */
export function newRatingCode(): string {
  let code = '';
  for (let i = 0; i < ratingCodeLength; i += 1) code += ratingCodeAlphabet[randomInt(ratingCodeAlphabet.length)];
  return code;
}

/** `count` distinct codes. */
export function newRatingCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newRatingCode());
  return [...codes];
}

/**
 * The keyed hash kept instead of the code. Its own key, derived from DATA_KEY, so a leaked table
 * of hashes cannot be tried against the 32⁸ codes without the key, and the ID-number MACs are not reused.
 */
export function ratingCodeHasher(dataKeyHex: string): (code: string) => string {
  const key = createHmac('sha256', Buffer.from(dataKeyHex, 'hex')).update('zhucun/mass-rating-code').digest();
  return (code) => createHmac('sha256', key).update(code).digest('hex');
}

export type Quarter = { year: number; quarter: number };


export function quarterOfDay(day: string): Quarter {
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

/** The quarter asked for, or the current one for what is missing. */
export function quarterOrCurrent(query: { year?: number; quarter?: number }, today: string): Quarter {
  const current = quarterOfDay(today);
  return { year: query.year ?? current.year, quarter: query.quarter ?? current.quarter };
}

export type RatingCounts = { count: number; satisfied: number; fairlySatisfied: number; dissatisfied: number; keep: number; adjust: number };

export const noRatings: RatingCounts = { count: 0, satisfied: 0, fairlySatisfied: 0, dissatisfied: 0, keep: 0, adjust: 0 };

export function countRatings(rows: { satisfaction: Satisfaction; keepOrAdjust: KeepOrAdjust; n: number }[]): RatingCounts {
  const counts = { ...noRatings };
  for (const row of rows) {
    counts.count += row.n;
    if (row.satisfaction === 'satisfied') counts.satisfied += row.n;
    if (row.satisfaction === 'fairly_satisfied') counts.fairlySatisfied += row.n;
    if (row.satisfaction === 'dissatisfied') counts.dissatisfied += row.n;
    if (row.keepOrAdjust === 'keep') counts.keep += row.n;
    if (row.keepOrAdjust === 'adjust') counts.adjust += row.n;
  }
  return counts;
}

export function isShown(count: number, minCount = massRatingMinCount): boolean {
  return count >= minCount;
}

/** The counts as anyone may see them: the breakdown only from the minimum on. */
export function presentSummary(counts: RatingCounts, minCount = massRatingMinCount): RatingSummary {
  if (isShown(counts.count, minCount)) return { ...counts, shown: true, hiddenReason: null };
  return {
    count: counts.count,
    shown: false,
    satisfied: null,
    fairlySatisfied: null,
    dissatisfied: null,
    keep: null,
    adjust: null,
    hiddenReason: `评议不足 ${minCount} 份，暂不公布结果，以免推断出个人意见`,
  };
}

export function questionnaire(commentMax: number) {
  return {
    satisfactions: satisfactions.codes.map((code) => ({ code, label: satisfactions.labels[code].zh })),
    keepOrAdjust: keepOrAdjustChoices.codes.map((code) => ({ code, label: keepOrAdjustChoices.labels[code].zh })),
    commentMax,
  };
}

/** The public page's address in the web app, the one the slips' QR code points at. */
export function publicPath(token: string): string {
  return `/r/${token}`;
}
