import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import { todayInBeijing } from '../duty-stats/index.ts';
import { monthlyMetrics, type MonthlyMetric, type StatsQuery, type StatsRefreshAccepted, type StatsView } from '../../../contracts/stats.ts';
import { childPrefixLength, completeFigures, COUNTRY_CODE, deriveRates, lastMonths, levelOf, pathOf, significantPrefix } from './stats.rules.ts';
import { readChildren, readFigures, readMonthly } from './stats.repository.ts';
import { lastRefresh } from './stats-rollup.repository.ts';
import { enqueueRefresh } from './stats.refresh.ts';

const COUNTRY_NAME = '全国';

/**
 * Which division a caller asks for: the one named, else the caller's own region. Outside the scope it
 * does not exist (404). A unit-only account has no region of its own: the figures are by place, so it
 * must name one in scope, which it cannot — it is answered 404.
 */
export async function resolveDivision(ctx: Ctx, query: StatsQuery): Promise<{ code: string; name: string }> {
  if (query.divisionCode && query.division && query.divisionCode !== query.division) {
    throw commonErrors.VALIDATION_FAILED([{ path: 'division', message: '地区参数不一致' }]);
  }
  const scope = ctx.principal.scope;
  const code = query.divisionCode ?? query.division ?? scope.divisionCode ?? (scope.national ? COUNTRY_CODE : null);
  if (code === null) throw commonErrors.NOT_FOUND();
  if (code === COUNTRY_CODE) {
    if (!scope.national) throw commonErrors.NOT_FOUND();
    return { code, name: COUNTRY_NAME };
  }
  if (!codeInScope(scope, code)) throw commonErrors.NOT_FOUND();
  const division = await findDivision(ctx.db, code);
  if (!division) throw commonErrors.NOT_FOUND();
  return { code, name: division.name };
}

/** The dashboard of one division from the rollup tables alone (never the detail tables): figures, children, series. */
export async function getStats(ctx: Ctx, query: StatsQuery): Promise<StatsView> {
  requirePermission(ctx.principal, 'stats.read');
  const { code, name } = await resolveDivision(ctx, query);
  const scope = ctx.principal.scope;

  const found = await readFigures(ctx.db, code);
  const figures = completeFigures(found);
  const childLength = childPrefixLength(code);
  const childRows = childLength === null ? new Map<string, Map<string, number>>() : await readChildren(ctx.db, code, significantPrefix(code), childLength);
  const pathCodes = pathOf(code).filter((c) => (c === COUNTRY_CODE ? scope.national : scope.national || codeInScope(scope, c)));
  const names = await divisionNames(ctx.db, [...childRows.keys(), ...pathCodes.filter((c) => c !== COUNTRY_CODE)]);
  const nameOf = (c: string) => (c === COUNTRY_CODE ? COUNTRY_NAME : names.get(c) ?? c);

  const children = [...childRows].map(([childCode, values]) => {
    const childFigures = completeFigures(values);
    return { code: childCode, name: nameOf(childCode), level: levelOf(childCode), figures: childFigures, rates: deriveRates(childFigures) };
  });

  const refresh = await lastRefresh(ctx.db);
  const series = await readMonthly(ctx.db, code);
  // The twelve months the shown refresh counted, so a series never ends in a month it has not seen.
  const months = lastMonths(todayInBeijing(refresh?.finishedAt ?? new Date()));
  const monthly = Object.fromEntries(
    monthlyMetrics.map((metric) => [
      metric,
      months.map((month) => ({ month, value: series.find((s) => s.metric === metric && s.month === month)?.value ?? 0 })),
    ]),
  ) as Record<MonthlyMetric, { month: string; value: number }[]>;

  return {
    division: { code, name, level: levelOf(code), path: pathCodes.map((c) => ({ code: c, name: nameOf(c) })) },
    refreshedAt: refresh?.finishedAt?.toISOString() ?? null,
    figures,
    rates: deriveRates(figures),
    children,
    monthly,
  };
}

/** Queues a rebuild now; the caller follows it through /api/jobs/:id. */
export async function requestRefresh(ctx: Ctx): Promise<StatsRefreshAccepted> {
  requirePermission(ctx.principal, 'stats.refresh');
  const accountId = ctx.principal.accountId;
  const jobId = await enqueueRefresh(ctx.deps, accountId);
  await recordAudit(ctx.db, ctx.actor, { action: 'stats.refresh', entityType: 'stats_refresh', entityId: jobId });
  return { jobId };
}
