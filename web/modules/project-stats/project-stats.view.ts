import { formatMoney, toCents } from '../../../contracts/money.ts';
import { outputKinds, type OutputKind } from '../../../contracts/project-codes.ts';
import type { OutputSum, ProjectStatsFigures, ProjectStatsQuery, StatsColumn } from '../../../contracts/project-stats.ts';

/** The page's query from its address: a region, left out when none is chosen or the code is malformed. */
export function statsQueryOf(params: URLSearchParams): ProjectStatsQuery {
  const division = params.get('divisionCode');
  return division && /^\d{12}$/.test(division) ? { divisionCode: division } : {};
}

/** The address after choosing a region (a row, the breadcrumb, the picker); '' or null is the default region. */
export function withRegion(division: string | null): URLSearchParams {
  const next = new URLSearchParams();
  if (division) next.set('divisionCode', division);
  return next;
}

/** Amounts as "1,234,567.89" (the column says 元), quantities without a bare ".00". */
export function formatAmount(kind: StatsColumn['kind'], value: number | string): string {
  if (typeof value === 'number') return String(value);
  if (kind === 'money') return formatMoney(toCents(value), false);
  return value.endsWith('.00') ? value.slice(0, -3) : value.replace(/(\.\d)0$/, '$1');
}

export function cellText(column: StatsColumn, figures: ProjectStatsFigures): string {
  return formatAmount(column.kind, column.value(figures));
}

/** An output's name with its unit of measure; `other` outputs carry the unit they were written with. */
export function outputLabel(output: Pick<OutputSum, 'kind' | 'unit'>): { zh: string; en: string } {
  const kind: OutputKind = output.kind;
  return kind === 'other' ? { zh: `其他（${output.unit}）`, en: `Other (${output.unit})` } : outputKinds.labels[kind];
}

/** The outputs a table of units shows: every kind and unit of measure any row has, in the code list order. */
export function outputColumnsOf(rows: readonly { outputs: readonly OutputSum[] }[]): Pick<OutputSum, 'kind' | 'unit'>[] {
  const seen = new Map<string, Pick<OutputSum, 'kind' | 'unit'>>();
  for (const o of rows.flatMap((r) => r.outputs)) seen.set(`${o.kind}\u0000${o.unit}`, { kind: o.kind, unit: o.unit });
  const order = new Map<string, number>(outputKinds.codes.map((c, i) => [c, i]));
  return [...seen.values()].sort((a, b) => (order.get(a.kind) ?? 99) - (order.get(b.kind) ?? 99) || a.unit.localeCompare(b.unit));
}
