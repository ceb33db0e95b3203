import type { DutyStatsQuery } from '../../../contracts/duty-stats.ts';

/** The page's query from its address: a region and a month, each left out when not chosen. */
export function statsQueryOf(params: URLSearchParams): DutyStatsQuery {
  const divisionCode = params.get('divisionCode');
  const month = params.get('month');
  return {
    ...(divisionCode && /^\d{12}$/.test(divisionCode) ? { divisionCode } : {}),
    ...(month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? { month } : {}),
  };
}

/** The address after choosing a region (or going back up the breadcrumb): the month stays. */
export function withRegion(query: DutyStatsQuery, divisionCode: string | null): URLSearchParams {
  const next = new URLSearchParams();
  if (divisionCode) next.set('divisionCode', divisionCode);
  if (query.month) next.set('month', query.month);
  return next;
}

export function withMonth(query: DutyStatsQuery, month: string | null): URLSearchParams {
  const next = new URLSearchParams();
  if (query.divisionCode) next.set('divisionCode', query.divisionCode);
  if (month) next.set('month', month);
  return next;
}
