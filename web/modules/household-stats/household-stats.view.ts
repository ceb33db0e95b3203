import { householdStatuses, indicators, povertyCauses, type Label } from '../../../contracts/household-codes.ts';
import { monitoringColumnLabels, monitoringColumns, type HouseholdStatsFigures, type HouseholdStatsQuery } from '../../../contracts/household-stats.ts';

const quarterPattern = /^\d{4}-Q[1-4]$/;

/** The page's query from its address: a region and a quarter, each left out when not chosen. */
export function statsQueryOf(params: URLSearchParams): HouseholdStatsQuery {
  const divisionCode = params.get('divisionCode');
  const quarter = params.get('quarter');
  return {
    ...(divisionCode && /^\d{12}$/.test(divisionCode) ? { divisionCode } : {}),
    ...(quarter && quarterPattern.test(quarter) ? { quarter } : {}),
  };
}

/** The address after choosing a region (or going back up the breadcrumb): the quarter stays. */
export function withRegion(query: HouseholdStatsQuery, divisionCode: string | null): URLSearchParams {
  const next = new URLSearchParams();
  if (divisionCode) next.set('divisionCode', divisionCode);
  if (query.quarter) next.set('quarter', query.quarter);
  return next;
}

export function withQuarter(query: HouseholdStatsQuery, quarter: string | null): URLSearchParams {
  const next = new URLSearchParams();
  if (query.divisionCode) next.set('divisionCode', query.divisionCode);
  if (quarter) next.set('quarter', quarter);
  return next;
}

/** The quarter of `day` (YYYY-MM-DD) and the `count - 1` before it, newest first. */
export function recentQuarters(day: string, count: number): string[] {
  let year = Number(day.slice(0, 4));
  let q = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  const quarters: string[] = [];
  for (let i = 0; i < count; i += 1) {
    quarters.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return quarters;
}

export type BreakdownKind = 'status' | 'cause' | 'monitoring' | 'indicators';
export type BreakdownCell = { households: number; persons: number | null };
export type BreakdownColumn = { key: string; label: Label; value: (f: HouseholdStatsFigures) => BreakdownCell };

function columnsOf<K extends string>(codes: readonly K[], labels: Record<K, Label>, value: (f: HouseholdStatsFigures, k: K) => BreakdownCell): BreakdownColumn[] {
  return codes.map((k) => ({ key: k, label: labels[k], value: (f) => value(f, k) }));
}

/** The columns of a breakdown tab: one per code, each giving households (and persons where counted). */
export function breakdownColumns(kind: BreakdownKind): BreakdownColumn[] {
  switch (kind) {
    case 'status':
      return columnsOf(householdStatuses.codes, householdStatuses.labels, (f, k) => f.byStatus[k]);
    case 'cause':
      return columnsOf(povertyCauses.codes, povertyCauses.labels, (f, k) => f.byCause[k]);
    case 'monitoring':
      return columnsOf(monitoringColumns, monitoringColumnLabels, (f, k) => f.byMonitoring[k]);
    case 'indicators':
      return columnsOf(indicators.codes, indicators.labels, (f, k) => ({ households: f.indicatorGaps[k], persons: null }));
  }
}
