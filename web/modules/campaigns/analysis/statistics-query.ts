import { campaignLines, statisticsGroupings, type StatisticsGrouping, type StatisticsRow } from '../../../../contracts/campaign-analysis.ts';
import type { CampaignLine } from '../../../../contracts/party-codes.ts';

export type StatisticsParams = {
  groupBy: StatisticsGrouping;
  unitId?: string;
  branchId?: string;
  line?: CampaignLine;
  dateFrom?: string;
  dateTo?: string;
  divisionCode?: string;
};

const keys = ['unitId', 'branchId', 'line', 'dateFrom', 'dateTo', 'divisionCode'] as const;

/** The filters live in the URL, so a drill-down is a link and the export sends the same filters. */
export function statisticsParamsOf(params: URLSearchParams): StatisticsParams {
  const groupBy = params.get('groupBy');
  const line = params.get('line');
  const out: StatisticsParams = { groupBy: (statisticsGroupings as readonly string[]).includes(groupBy ?? '') ? (groupBy as StatisticsGrouping) : 'unit' };
  for (const key of keys) {
    const value = params.get(key);
    if (value) (out as Record<string, string>)[key] = value;
  }
  if (line && !(campaignLines.codes as readonly string[]).includes(line)) delete out.line;
  return out;
}

/** `label` names the row drilled into, for the page to show; the server never sees it. */
export function searchOf(query: StatisticsParams, label?: string | null): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
  if (label && (query.unitId || query.divisionCode)) params.set('label', label);
  return params;
}

/** A click on a row: a unit opens its branches, a region its next level; other rows stay. */
export function drillOf(query: StatisticsParams, row: StatisticsRow): StatisticsParams | null {
  if (!row.drillable) return null;
  if (query.groupBy === 'unit') return { ...query, groupBy: 'branch', unitId: row.key };
  if (query.groupBy === 'region') return { ...query, divisionCode: row.key };
  return null;
}
