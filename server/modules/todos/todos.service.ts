import type { Ctx } from '../../platform/http/context.ts';
import { workflowTodos, type TodoSource } from '../../platform/workflow/todos.ts';
import type { TodoItem, TodoList } from '../../../contracts/todos.ts';

/** Overdue first, then by due date (undated last), then oldest first. */
function compareTodos(a: TodoItem, b: TodoItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueAt !== b.dueAt) return a.dueAt === null ? 1 : b.dueAt === null ? -1 : a.dueAt.localeCompare(b.dueAt);
  return (a.since ?? '').localeCompare(b.since ?? '');
}

export async function listTodos(ctx: Ctx, sources: readonly TodoSource[]): Promise<TodoList> {
  const lists = [];
  // One after another: the embedded database serves one connection, and each source is a query or two.
  for (const source of [workflowTodos, ...sources]) lists.push(await source(ctx));
  const items = lists.flat().sort(compareTodos);
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.menuPath] = (counts[item.menuPath] ?? 0) + 1;
  return { items, total: items.length, overdue: items.filter((i) => i.overdue).length, counts };
}
