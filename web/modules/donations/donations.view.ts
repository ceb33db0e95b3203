// What the donation pages show, pure so the tests pin it without rendering.
import type { DonationListItem, DonationSummaryQuery } from '../../../contracts/donations.ts';
import { formatMoney, parseMoney } from '../../../contracts/money.ts';

/** "683600.8" → "683,600.80": amounts as people read them, computed in cents. */
export function moneyText(value: string): string {
  const cents = parseMoney(value);
  return cents === null ? value : formatMoney(cents, false);
}

/** "2.00" → "2", "2.50" → "2.5": a quantity of goods without trailing zeros. */
export function quantityText(quantity: string): string {
  return quantity.includes('.') ? quantity.replace(/\.?0+$/, '') : quantity;
}

/** The goods with their quantity, or null for money. */
export function goodsParts(item: Pick<DonationListItem, 'goods' | 'quantity' | 'unit'>): { goods: string; quantity: string; unit: string } | null {
  if (!item.goods) return null;
  return { goods: item.goods, quantity: item.quantity ? quantityText(item.quantity) : '', unit: item.unit ?? '' };
}

/** The years a donation list or summary offers, newest first. */
export function recentYears(today: string, count: number): number[] {
  const current = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, index) => current - index);
}

/** The summary's region and year, from the address bar. */
export function summaryQueryOf(params: URLSearchParams): DonationSummaryQuery {
  const divisionCode = params.get('divisionCode');
  const year = Number(params.get('year'));
  return {
    ...(divisionCode && /^\d{12}$/.test(divisionCode) ? { divisionCode } : {}),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
  };
}

function paramsOf(query: DonationSummaryQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.divisionCode) params.set('divisionCode', query.divisionCode);
  if (query.year) params.set('year', String(query.year));
  return params;
}

export function withRegion(query: DonationSummaryQuery, divisionCode: string | null): URLSearchParams {
  const { divisionCode: _previous, ...rest } = query;
  return paramsOf(divisionCode ? { ...rest, divisionCode } : rest);
}

export function withYear(query: DonationSummaryQuery, year: number | null): URLSearchParams {
  const { year: _previous, ...rest } = query;
  return paramsOf(year ? { ...rest, year } : rest);
}

/** The list of a summary row's gifts: the same region and year as list filters. */
export function listLinkOf(divisionCode: string, year: number | null): string {
  const params = new URLSearchParams({ divisionCode });
  if (year) params.set('year', String(year));
  return `/donations?${params.toString()}`;
}
