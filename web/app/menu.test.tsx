import { describe, expect, test } from 'vitest';
import type { ModuleRoute } from './module-route.ts';
import { buildMenuItems, selectedMenuKey } from './menu.tsx';

const routes: ModuleRoute[] = [
  { path: '/units', element: null, menu: { key: 'units', label: { zh: '单位', en: 'Units' }, ability: 'units.read', group: 'basics' } },
  { path: '/units/new', element: null },
  { path: '/cadres', element: null, menu: { key: 'cadres', label: { zh: '干部', en: 'Cadres' }, ability: 'cadres.read', group: 'basics' } },
  { path: '/accounts', element: null, menu: { key: 'accounts', label: { zh: '账号', en: 'Accounts' }, ability: 'accounts.read', group: 'system' } },
];

describe('side menu', () => {
  test('shows only what the abilities open, grouped', () => {
    const items = buildMenuItems({
      routes,
      can: (ability) => ability !== 'accounts.read',
      text: (label) => label.zh,
      groupLabel: (group) => (group === 'basics' ? '基础信息' : group),
      homeLabel: '首页',
    });
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ type: 'group', label: '基础信息' });
    const group = items[1] as { children: { key: string; label: string }[] };
    expect(group.children.map((item) => [item.key, item.label])).toEqual([
      ['/units', '单位'],
      ['/cadres', '干部'],
    ]);
  });

  test('an entry without an ability is open to every signed-in account, before the groups', () => {
    const items = buildMenuItems({
      routes: [...routes, { path: '/todos', element: null, menu: { key: 'todos', label: { zh: '待办事项', en: 'To-do' } } }],
      can: () => false,
      text: (label) => label.zh,
      groupLabel: (group) => group,
      homeLabel: '首页',
      label: (path, text) => `${text}:${path}`,
    });
    expect(items.map((item) => (item as { label: string }).label)).toEqual(['首页:/', '待办事项:/todos']);
  });

  test('a sub-page highlights its module entry', () => {
    expect(selectedMenuKey(routes, '/units/3f2/edit')).toBe('/units');
    expect(selectedMenuKey(routes, '/unitsx')).toBe('/');
  });
});
