import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, divisionPrefix } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { campaignLines } from '../../../contracts/party-codes.ts';
import type { CampaignFigures, StatisticsQuery, StatisticsRow, StatisticsView } from '../../../contracts/campaign-analysis.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './campaign-statistics.repository.ts';

/**
 * How far a caller sees into a campaign: the committee that runs it sees every unit; a unit's party
 * committee its own unit; an organization department what was done in its region's villages.
 */
export type Reach = { campaign: repo.CampaignRow } & ({ kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'region'; prefix: string });

export async function reachOf(ctx: Ctx, campaignId: string): Promise<Reach> {
  requirePermission(ctx.principal, 'campaigns.read');
  const campaign = await repo.findCampaign(ctx.db, campaignId);
  if (!campaign) throw commonErrors.NOT_FOUND();
  const { roles, scope } = ctx.principal;
  if (roles.includes('campaign_admin') && codeInScope(scope, campaign.divisionCode)) return { campaign, kind: 'all' };
  if (roles.includes('unit_party') && scope.unitId && (await repo.unitTakesPart(ctx.db, campaign.id, scope.unitId))) {
    return { campaign, kind: 'unit', unitId: scope.unitId };
  }
  const prefix = scope.divisionPrefix;
  const ownPrefix = divisionPrefix(campaign.divisionCode);
  // A county inside a provincial campaign, or a province holding a city's campaign: the regions overlap.
  // Leaders (viewer) read the same figures for their region as its organization department.
  if ((roles.includes('county_org') || roles.includes('city_org') || roles.includes('viewer')) && prefix && (prefix.startsWith(ownPrefix) || ownPrefix.startsWith(prefix))) {
    return { campaign, kind: 'region', prefix };
  }
  throw commonErrors.NOT_FOUND();
}

export function reachFilter(reach: Reach): Pick<repo.LedgerFilter, 'campaignId' | 'reachUnitId' | 'reachPrefix'> {
  return {
    campaignId: reach.campaign.id,
    reachUnitId: reach.kind === 'unit' ? reach.unitId : undefined,
    reachPrefix: reach.kind === 'region' ? reach.prefix : undefined,
  };
}

export function presentFigures(raw: repo.RawFigures): CampaignFigures {
  return { ...raw, funds: Number(raw.funds).toFixed(2) };
}

/** The next level down of a region prefix: province → city → county → township → village. */
export function childKeyLength(prefixLength: number): number {
  if (prefixLength < 4) return 4;
  if (prefixLength < 6) return 6;
  if (prefixLength < 9) return 9;
  return 12;
}

export async function campaignStatistics(ctx: Ctx, campaignId: string, query: StatisticsQuery): Promise<StatisticsView> {
  return (await statisticsOf(ctx, campaignId, query)).view;
}

/** The statistics with the campaign they belong to, for the export's title. */
export async function statisticsOf(ctx: Ctx, campaignId: string, query: StatisticsQuery): Promise<{ reach: Reach; view: StatisticsView }> {
  const reach = await reachOf(ctx, campaignId);
  const filter: repo.LedgerFilter = {
    ...reachFilter(reach),
    unitId: query.unitId,
    branchId: query.branchId,
    line: query.line,
    dateFrom: query.dateFrom,
    dateTo: query.dateTo,
    divisionPrefix: query.divisionCode ? divisionPrefix(query.divisionCode) : undefined,
  };
  const basePrefix = filter.divisionPrefix ?? (reach.kind === 'region' && reach.prefix.length > divisionPrefix(reach.campaign.divisionCode).length ? reach.prefix : divisionPrefix(reach.campaign.divisionCode));
  const keyLength = childKeyLength(basePrefix.length);
  const grouping: repo.Grouping = query.groupBy === 'region' ? { kind: 'region', keyLength } : { kind: query.groupBy };
  // One query after another: the embedded database has one connection.
  const totals = await repo.figuresOf(ctx.db, filter);
  const grouped = await repo.figuresBy(ctx.db, filter, grouping);
  const labels = await labelsOf(ctx, query, grouped.map((g) => g.key));
  const rows: StatisticsRow[] = grouped.map(({ key, ...raw }) => ({
    key: query.groupBy === 'region' ? key.padEnd(12, '0') : key,
    label: labels(key),
    drillable: query.groupBy === 'unit' || (query.groupBy === 'region' && key.length < 12),
    figures: presentFigures(raw),
  }));
  return { reach, view: { groupBy: query.groupBy, totals: presentFigures(totals), rows } };
}

async function labelsOf(ctx: Ctx, query: StatisticsQuery, keys: string[]): Promise<(key: string) => string> {
  switch (query.groupBy) {
    case 'unit': {
      const names = await repo.unitNames(ctx.db, keys);
      return (key) => names.get(key) ?? key;
    }
    case 'branch': {
      const names = await repo.orgNames(ctx.db, keys.filter(Boolean));
      // Leading cadres stay in villages for the unit, not for a branch (党组统领), so their entries name none.
      return (key) => (key === '' ? '单位层面（不属具体支部）' : (names.get(key) ?? key));
    }
    case 'line':
      return (key) => campaignLines.labels[key as keyof typeof campaignLines.labels]?.zh ?? key;
    case 'month':
      return (key) => `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;
    case 'region': {
      const names = await divisionNames(ctx.db, keys.map((k) => k.padEnd(12, '0')));
      return (key) => names.get(key.padEnd(12, '0')) ?? key.padEnd(12, '0');
    }
  }
}
