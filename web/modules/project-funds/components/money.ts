import { formatYuan, toCents } from '../../../../contracts/project-funds.ts';

/** A money string as "¥1,234.56"; no float on the way. */
export function yuan(amount: string | null | undefined): string {
  return amount === null || amount === undefined ? '—' : formatYuan(toCents(amount));
}

/** Clerks type amounts as they write them ("80,000.00", full-width commas, spaces); the field keeps the digits. */
export function normalizeAmount(value: string | undefined): string {
  return (value ?? '').replace(/[,，\s]/g, '');
}
