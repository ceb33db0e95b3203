import type { TodoSource } from '../../platform/workflow/todos.ts';
import type { TodoItem } from '../../../contracts/todos.ts';
import { can } from '../../platform/access/permissions.ts';
import * as repo from './demands.repository.ts';
import { isOverdue, todayInBeijing } from './demands.rules.ts';

const LIMIT = 50;

function brief(content: string): string {
  return content.length > 30 ? `${content.slice(0, 30)}…` : content;
}

/**
 * The assigned cadre's demands being handled (overdue first, flagged) and, for those who assign,
 * the demands nobody has taken yet.
 */
export const demandTodos: TodoSource = async (ctx) => {
  if (!can(ctx.principal, 'demands.read')) return [];
  const today = todayInBeijing();
  const items: TodoItem[] = [];
  if (ctx.principal.cadreId && can(ctx.principal, 'demands.write')) {
    const mine = await repo.demandsAssignedTo(ctx.db, ctx.principal.scope, ctx.principal.cadreId, LIMIT);
    const ordered = [...mine.filter((d) => isOverdue(d, today)), ...mine.filter((d) => !isOverdue(d, today))];
    for (const demand of ordered) {
      items.push({
        key: `demand:assigned:${demand.id}`,
        kind: 'demands.assigned',
        title: `办理群众诉求：${demand.raisedBy}——${brief(demand.content)}`,
        link: `/demands/${demand.id}`,
        menuPath: '/demands',
        since: demand.assignedOn ? `${demand.assignedOn}T00:00:00+08:00` : null,
        dueAt: demand.dueOn ? `${demand.dueOn}T23:59:59+08:00` : null,
        overdue: isOverdue(demand, today),
      });
    }
  }
  if (can(ctx.principal, 'demands.assign')) {
    for (const demand of await repo.unassignedDemands(ctx.db, ctx.principal.scope, LIMIT)) {
      items.push({
        key: `demand:open:${demand.id}`,
        kind: 'demands.unassigned',
        title: `待分派群众诉求：${demand.raisedBy}——${brief(demand.content)}`,
        link: `/demands/${demand.id}`,
        menuPath: '/demands',
        since: `${demand.raisedOn}T00:00:00+08:00`,
        dueAt: null,
        overdue: false,
      });
    }
  }
  return items;
};
