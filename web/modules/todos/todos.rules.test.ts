import { describe, expect, test } from 'vitest';
import type { TodoItem, TodoList } from '../../../contracts/todos.ts';
import { badgeCount, groupTitle, groupTodos } from './todos.rules.ts';

const item = (key: string, kind: string, menuPath: string, overdue = false): TodoItem => ({
  key,
  kind,
  title: key,
  link: `${menuPath}/${key}`,
  menuPath,
  since: null,
  dueAt: null,
  overdue,
});

// In the server's order: overdue first.
const items = [item('r1', 'rectification', '/inspections', true), item('l1', 'leave', '/leave'), item('r2', 'rectification', '/inspections'), item('p1', 'presence.below', '/presence')];
const list: TodoList = { items, total: 4, overdue: 1, counts: { '/inspections': 2, '/leave': 1, '/presence': 1 } };

describe('to-do grouping and badges', () => {
  test('groups by kind, keeping the server’s order, and counts the overdue of each group', () => {
    const groups = groupTodos(items);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.key), g.overdue])).toEqual([
      ['rectification', ['r1', 'r2'], 1],
      ['leave', ['l1'], 0],
      ['presence.below', ['p1'], 0],
    ]);
    expect(groupTodos([])).toEqual([]);
  });

  test('each menu entry shows the count of its own path; 待办事项 shows the total', () => {
    expect(badgeCount(list, '/inspections')).toBe(2);
    expect(badgeCount(list, '/leave')).toBe(1);
    expect(badgeCount(list, '/teams')).toBe(0);
    expect(badgeCount(list, '/todos')).toBe(4);
    expect(badgeCount(undefined, '/todos')).toBe(0);
  });

  test('a group is titled by its kind, else by the menu entry of its page, else by the kind as sent', () => {
    const kinds: Record<string, string> = { leave: '请假审批' };
    const menus: Record<string, string> = { '/presence': '在岗登记' };
    const title = (kind: string, menuPath: string) => groupTitle({ kind, menuPath }, (k) => kinds[k], (p) => menus[p]);
    expect(title('leave', '/leave')).toBe('请假审批');
    expect(title('presence.below', '/presence')).toBe('在岗登记');
    expect(title('mystery', '/nowhere')).toBe('mystery');
  });
});
