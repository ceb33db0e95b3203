import type { Ctx } from '../http/context.ts';
import type { TodoItem } from '../../../contracts/todos.ts';
import { pendingWorkflows } from './workflow.ts';

/** What a module contributes to the to-do list of the signed-in account (reports due, rectifications…). */
export type TodoSource = (ctx: Ctx) => Promise<TodoItem[]>;

export function menuPathOf(link: string): string {
  const first = link.split(/[/?#]/).filter(Boolean)[0];
  return first ? `/${first}` : '/';
}

/** Every approval waiting for this account, from the one workflow table. */
export const workflowTodos: TodoSource = async (ctx) => {
  const now = Date.now();
  const rows = await pendingWorkflows(ctx.db, ctx.principal);
  return rows.map((row) => ({
    key: `workflow:${row.id}`,
    kind: row.kind,
    title: row.title,
    link: row.link,
    menuPath: menuPathOf(row.link),
    since: row.updatedAt.toISOString(),
    dueAt: row.dueAt ? row.dueAt.toISOString() : null,
    overdue: row.dueAt !== null && row.dueAt.getTime() < now,
  }));
};
