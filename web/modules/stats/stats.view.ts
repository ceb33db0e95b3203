import { metrics, type Metric, type MetricGroup, metricKeys } from '../../../contracts/stats-metrics.ts';
import type { StatsChild } from '../../../contracts/stats.ts';

const code = /^\d{12}$/;

/** The division in the page's URL (`/stats?division=…`); anything else means the caller's own region. */
export function divisionOf(params: URLSearchParams): string | null {
  const value = params.get('division') ?? params.get('divisionCode');
  return value && code.test(value) ? value : null;
}

export function withDivision(params: URLSearchParams, division: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('divisionCode');
  if (division && division !== '000000000000') next.set('division', division);
  else next.delete('division');
  return next;
}

export function metricsOf(group: MetricGroup): Metric[] {
  return metricKeys.filter((key) => metrics[key].group === group);
}

/** Money in 万元 above ten thousand yuan, other figures as they are, grouped by thousands. */
export function formatFigure(metric: Metric, value: number, locale: 'zh-CN' | 'en'): string {
  const unit: string = 'unit' in metrics[metric] ? metrics[metric].unit : '';
  if (unit === '元' && Math.abs(value) >= 10_000) return `${(value / 10_000).toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 })} ${locale === 'zh-CN' ? '万元' : '×10k yuan'}`;
  const text = value.toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
  return locale === 'zh-CN' ? `${text} ${unit}` : text;
}

export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** The children compared on one metric, largest first: places, never people. */
export function rankChildren(children: readonly StatsChild[], metric: Metric): { name: string; code: string; value: number }[] {
  return children
    .map((c) => ({ name: c.name, code: c.code, value: c.figures[metric] ?? 0 }))
    .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
}

export const rankableMetrics: Metric[] = metricKeys.filter((k) => k !== 'villages');
