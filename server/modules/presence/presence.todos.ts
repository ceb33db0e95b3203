import type { TodoSource } from '../../platform/workflow/todos.ts';
import type { Ctx } from '../../platform/http/context.ts';
import type { TodoItem } from '../../../contracts/todos.ts';
import { monthFigures } from './presence.figures.ts';
import { monthBounds, monthOf, previousMonth, todayInBeijing } from './presence.rules.ts';

// The township reads its members' figures daily; the county too. Team accounts see their own calendar instead.
const readers = new Set(['township_party', 'county_org']);

async function belowIn(ctx: Ctx, month: string, today: string): Promise<number> {
  const { items } = await monthFigures(ctx.db, { scope: ctx.principal.scope, teamId: null }, ctx.deps.config.duty, month, today, {});
  return items.filter((i) => i.belowMinimum).length;
}

/**
 * Members below the minimum: the last month (final) and this month so far (counted to yesterday).
 * Three grouped queries per month, scoped to the account's region.
 */
export const presenceTodos: TodoSource = async (ctx) => {
  if (!ctx.principal.roles.some((role) => readers.has(role)) || !ctx.principal.permissions.has('presence.read')) return [];
  if (ctx.principal.scope.national) return [];
  const today = todayInBeijing();
  const current = monthOf(today);
  const items: TodoItem[] = [];
  for (const [month, label] of [
    [previousMonth(current), '上月'],
    [current, '本月'],
  ] as const) {
    const below = await belowIn(ctx, month, today);
    if (below === 0) continue;
    items.push({
      key: `presence:below:${month}`,
      kind: 'presence.below_minimum',
      title: `${below} 名队员${label}在村天数不足`,
      link: `/presence?month=${month}&belowMinimum=1`,
      menuPath: '/presence',
      since: `${monthBounds(month).first}T00:00:00+08:00`,
      dueAt: null,
      overdue: false,
    });
  }
  return items;
};
