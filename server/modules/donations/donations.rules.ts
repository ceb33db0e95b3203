import type { FieldError } from '../../platform/errors/app-error.ts';
import { centsToMoney, toCents } from '../../../contracts/money.ts';
import { DONATION_DELETE_DAYS, type DonationFigures, type DonationForm } from '../../../contracts/donations.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

export type { FieldError };

/** A gift is received on a day in China. */
export const donationToday = (now = new Date()): string => beijingDay(now);

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

type GiftFields = { form: DonationForm; goods?: string | null; quantity?: string | null; unit?: string | null; receivedOn: string };

/**
 * What one field cannot tell alone: goods are named (their value is what they are reckoned at),
 * money carries no goods, and the gift has arrived by today.
 */
export function donationProblems(gift: GiftFields, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (gift.form === 'goods' && !gift.goods) problems.push({ path: 'goods', message: '捐物请填写物资名称' });
  if (gift.form === 'money') {
    for (const path of ['goods', 'quantity', 'unit'] as const) if (gift[path]) problems.push({ path, message: '捐款不填物资名称、数量和单位' });
  }
  if (gift.form === 'goods' && gift.quantity && !gift.unit) problems.push({ path: 'unit', message: '填写数量时请填写计量单位' });
  if (!isRealDate(gift.receivedOn)) problems.push({ path: 'receivedOn', message: '没有这一天' });
  else if (gift.receivedOn > today) problems.push({ path: 'receivedOn', message: '接收日期不能晚于今天' });
  return problems;
}

/**
 * A record is struck out only by whoever made it, within a week, as a slip of the hand; after
 * that it stands in the accounts others have read, and is corrected by editing, which the trail keeps.
 */
export function mayDelete(row: { createdBy: string | null; createdAt: Date }, accountId: string | null, now = new Date()): boolean {
  if (!accountId || row.createdBy !== accountId) return false;
  return now.getTime() - row.createdAt.getTime() < DONATION_DELETE_DAYS * 24 * 3600_000;
}

export type RawFigures = { money: string; goods: string; count: number; donors: number };

/** The database's sums as the contract's figures: money and goods to the cent, and their total. */
export function figuresOf(raw: RawFigures | undefined): DonationFigures {
  const money = toCents(raw?.money ?? '0');
  const goods = toCents(raw?.goods ?? '0');
  return { money: centsToMoney(money), goods: centsToMoney(goods), total: centsToMoney(money + goods), count: raw?.count ?? 0, donors: raw?.donors ?? 0 };
}

const levels = [2, 4, 6, 9, 12] as const;

/** The prefix length naming a child of a region (county → townships, township → villages); null under a village. */
export function childPrefixLength(prefixLength: number): number | null {
  return levels.find((l) => l > prefixLength) ?? null;
}

/** The regions from the caller's own prefix down to `prefix`, each as a 12-digit code, for the breadcrumb. */
export function pathCodes(scopePrefix: string | null, prefix: string): string[] {
  const start = scopePrefix?.length ?? 0;
  return levels.filter((l) => l >= start && l <= prefix.length).map((l) => prefix.slice(0, l).padEnd(12, '0'));
}

