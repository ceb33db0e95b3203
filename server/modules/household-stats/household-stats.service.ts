import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, divisionPrefix } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import { householdStatuses, indicators, povertyCauses } from '../../../contracts/household-codes.ts';
import {
  monitoringColumns,
  type HouseholdCount,
  type HouseholdStats,
  type HouseholdStatsFigures,
  type HouseholdStatsQuery,
  type HouseholdStatsRow,
} from '../../../contracts/household-stats.ts';
import { childRegions, countByChild, type Counted, type StatsArea } from './household-stats.repository.ts';
import { average, childPrefixLength, pathCodes, percent, quarterOf, quarterRange, todayInBeijing } from './household-stats.rules.ts';

function counts<K extends string>(codes: readonly K[], found: Record<string, HouseholdCount>): Record<K, HouseholdCount> {
  return Object.fromEntries(codes.map((c) => [c, found[c] ?? { households: 0, persons: 0 }])) as Record<K, HouseholdCount>;
}

/** Sums that add up across regions; the ratios are taken from them at the end. */
type Sums = Omit<Counted, 'byStatus' | 'byCause' | 'byMonitoring' | 'indicatorGaps'> & Pick<HouseholdStatsFigures, 'byStatus' | 'byCause' | 'byMonitoring' | 'indicatorGaps'>;

function sums(counted: Counted | undefined): Sums {
  const c = counted ?? { byStatus: {}, byCause: {}, byMonitoring: {}, indicatorGaps: {}, toVisit: 0, visited: 0, demandsRaised: 0, demandsSolved: 0, demandDaysSum: 0, labourTransfers: 0 };
  return {
    ...c,
    byStatus: counts(householdStatuses.codes, c.byStatus),
    byCause: counts(povertyCauses.codes, c.byCause),
    byMonitoring: counts(monitoringColumns, c.byMonitoring),
    indicatorGaps: Object.fromEntries(indicators.codes.map((i) => [i, c.indicatorGaps[i] ?? 0])) as HouseholdStatsFigures['indicatorGaps'],
  };
}

function figures(s: Sums): HouseholdStatsFigures {
  const { demandDaysSum, ...rest } = s;
  const statuses = Object.values(s.byStatus);
  return {
    ...rest,
    households: statuses.reduce((a, c) => a + c.households, 0),
    persons: statuses.reduce((a, c) => a + c.persons, 0),
    visitCoverage: percent(s.visited, s.toVisit),
    demandDaysAverage: average(demandDaysSum, s.demandsSolved),
  };
}

function addCounts<K extends string>(into: Record<K, HouseholdCount>, from: Record<K, HouseholdCount>) {
  for (const key of Object.keys(into) as K[]) {
    into[key] = { households: into[key].households + from[key].households, persons: into[key].persons + from[key].persons };
  }
}

function total(all: Sums[]): Sums {
  const t = sums(undefined);
  for (const s of all) {
    addCounts(t.byStatus, s.byStatus);
    addCounts(t.byCause, s.byCause);
    addCounts(t.byMonitoring, s.byMonitoring);
    for (const i of indicators.codes) t.indicatorGaps[i] += s.indicatorGaps[i];
    for (const key of ['toVisit', 'visited', 'demandsRaised', 'demandsSolved', 'demandDaysSum', 'labourTransfers'] as const) t[key] += s[key];
  }
  return t;
}

/**
 * The household figures of a region, one row per child region (county → townships …) and a total.
 * The region must lie in the caller's scope; without one, the caller's own region.
 */
export async function getHouseholdStats(ctx: Ctx, query: HouseholdStatsQuery): Promise<HouseholdStats> {
  requirePermission(ctx.principal, 'household-stats.read');
  const scope = ctx.principal.scope;
  const code = query.divisionCode ?? scope.divisionCode;
  if (!code || !codeInScope(scope, code)) throw commonErrors.NOT_FOUND();
  const region = await findDivision(ctx.db, code);
  if (!region) throw commonErrors.NOT_FOUND();

  const quarter = query.quarter ?? quarterOf(todayInBeijing());
  const { from, to } = quarterRange(quarter);
  const prefix = divisionPrefix(code);
  const childLength = childPrefixLength(prefix.length);
  const area: StatsArea = { scope, prefix, keyLength: childLength ?? 12, from, to };

  const grouped = await countByChild(ctx.db, area);
  const children = childLength === null ? [{ code, name: region.name }] : await childRegions(ctx.db, code);
  const childKeys = new Set(children.map((c) => c.code.slice(0, area.keyLength)));
  const ownKey = code.slice(0, area.keyLength);
  // Households under a child the divisions table has not loaded still count, named by their code.
  const strays = [...grouped.keys()].filter((k) => !childKeys.has(k) && k !== ownKey).map((k) => k.padEnd(12, '0'));
  const strayNames = await divisionNames(ctx.db, strays);

  const rows: (HouseholdStatsRow & { sums: Sums })[] = [];
  const rowOf = (divisionCode: string, name: string, own: boolean) => {
    const s = sums(grouped.get(divisionCode.slice(0, area.keyLength)));
    return { divisionCode, name, own, drillable: !own && childLength !== null && childLength < 12, ...figures(s), sums: s };
  };
  if (childLength !== null && grouped.has(ownKey)) rows.push(rowOf(code, `${region.name}（本级）`, true));
  const listed = [...children, ...strays.map((c) => ({ code: c, name: strayNames.get(c) ?? c }))].sort((a, b) => a.code.localeCompare(b.code));
  for (const child of listed) rows.push(rowOf(child.code, child.name, false));

  const codes = pathCodes(scope.divisionPrefix, prefix);
  const names = await divisionNames(ctx.db, codes);
  return {
    divisionCode: code,
    name: region.name,
    quarter,
    from,
    to,
    path: codes.map((c) => ({ code: c, name: names.get(c) ?? c })),
    rows: rows.map(({ sums: _s, ...row }) => row),
    total: figures(total(rows.map((r) => r.sums))),
  };
}
