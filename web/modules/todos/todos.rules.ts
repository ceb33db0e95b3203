import type { TodoItem, TodoList } from '../../../contracts/todos.ts';

export const todosPath = '/todos';

export type TodoGroup = { kind: string; menuPath: string; items: TodoItem[]; overdue: number };

/**
 * Items grouped by kind, in the server's order (overdue first, then by due date): a group holding an
 * overdue item therefore comes before one that holds none.
 */
export function groupTodos(items: readonly TodoItem[]): TodoGroup[] {
  const groups = new Map<string, TodoGroup>();
  for (const item of items) {
    let group = groups.get(item.kind);
    if (!group) {
      group = { kind: item.kind, menuPath: item.menuPath, items: [], overdue: 0 };
      groups.set(item.kind, group);
    }
    group.items.push(item);
    if (item.overdue) group.overdue += 1;
  }
  return [...groups.values()];
}

/** The number beside a menu entry: the whole list on 待办事项, the items its page handles elsewhere. */
export function badgeCount(list: TodoList | undefined, path: string): number {
  if (!list) return 0;
  if (path === todosPath) return list.total;
  return list.counts[path] ?? 0;
}

/** A group's title: the kind's own name, else the menu entry that counts it, else the kind as sent. */
export function groupTitle(
  group: Pick<TodoGroup, 'kind' | 'menuPath'>,
  kindLabel: (kind: string) => string | undefined,
  menuLabel: (path: string) => string | undefined,
): string {
  return kindLabel(group.kind) ?? menuLabel(group.menuPath) ?? group.kind;
}
