import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Scope } from '../../platform/access/scope.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { LetterPerformance, LetterPerformanceQuery, UnitLetterPerformance } from '../../../contracts/responsibility-letters.ts';
import * as repo from './responsibility-letters.repository.ts';
import { completionRate, letterToday } from './responsibility-letters.rules.ts';

/**
 * Each unit's letters of a year within the scope: tasks promised, confirmed (on time or late),
 * reported and waiting, open past due, and the completion rate — what [002] links to the unit's
 * performance and party-building evaluation. Units with most tasks come first, then by name.
 */
export async function letterPerformanceByUnit(
  executor: Executor,
  scope: Scope,
  year: number,
  options: { divisionCode?: string; today?: string } = {},
): Promise<UnitLetterPerformance[]> {
  const rows = await repo.performanceByUnit(executor, scope, year, options.divisionCode, options.today ?? letterToday());
  const names = await repo.unitNames(executor, rows.map((r) => r.unitId));
  return rows
    .map((row) => ({ ...row, unitName: names.get(row.unitId) ?? null, completionRate: completionRate(row.confirmed, row.total) }))
    .sort((a, b) => b.total - a.total || (a.unitName ?? '').localeCompare(b.unitName ?? '', 'zh-CN') || a.unitId.localeCompare(b.unitId));
}

export async function letterPerformance(ctx: Ctx, query: LetterPerformanceQuery): Promise<LetterPerformance> {
  requirePermission(ctx.principal, 'responsibility-letters.read');
  const items = await letterPerformanceByUnit(ctx.db, ctx.principal.scope, query.year, { ...(query.divisionCode ? { divisionCode: query.divisionCode } : {}) });
  return { year: query.year, items };
}
