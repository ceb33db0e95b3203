import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import type { CoverageHouseholdList, CoverageHouseholdsQuery, CoverageQuery, CoverageReport } from '../../../contracts/visits.ts';
import * as repo from './visits.repository.ts';
import { beijingDay, coverageRule, coverageShare, quarterOf, quarterRange } from './visits.rules.ts';

/** Per village: the households that count, how many were visited in the quarter (this one by default), and the share. */
export async function coverage(ctx: Ctx, query: CoverageQuery): Promise<CoverageReport> {
  requirePermission(ctx.principal, 'visits.read');
  const quarter = query.quarter ?? quarterOf(beijingDay());
  const range = quarterRange(quarter);
  const rows = await repo.coverageByVillage(ctx.db, ctx.principal.scope, coverageRule, range, query.divisionCode);
  const households = rows.reduce((sum, r) => sum + r.households, 0);
  const visited = rows.reduce((sum, r) => sum + r.visited, 0);
  return {
    quarter,
    ...range,
    items: rows.map((r) => ({ ...r, share: coverageShare(r.visited, r.households) })),
    totals: { households, visited, share: coverageShare(visited, households) },
  };
}

/** The households behind the figures, those nobody visited this quarter first. */
export async function coverageHouseholds(ctx: Ctx, query: CoverageHouseholdsQuery): Promise<CoverageHouseholdList> {
  requirePermission(ctx.principal, 'visits.read');
  const quarter = query.quarter ?? quarterOf(beijingDay());
  const result = await repo.coverageHouseholds(ctx.db, ctx.principal.scope, coverageRule, quarterRange(quarter), query.divisionCode, {
    limit: query.pageSize,
    offset: offsetOf(query),
  });
  return { quarter, ...result };
}
