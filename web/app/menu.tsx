import type { ReactNode } from 'react';
import { HomeOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { LocalizedLabel, ModuleRoute } from './module-route.ts';

type MenuItem = NonNullable<MenuProps['items']>[number];
type MenuInput = {
  routes: ModuleRoute[];
  can: (ability: string) => boolean;
  text: (label: LocalizedLabel) => string;
  /** Names a group key ("basics") in the page's language; an unknown key is shown as written. */
  groupLabel: (group: string) => string;
  homeLabel: string;
  label?: (path: string, text: string) => ReactNode;
};

/** Whether the account may open a menu entry: one without an ability is every signed-in account's. */
export function menuOpen(menu: { ability?: string }, can: (ability: string) => boolean): boolean {
  return menu.ability === undefined || can(menu.ability);
}

/** The side menu: home, then each module page the account's abilities open, grouped in first-seen order. */
export function buildMenuItems({ routes, can, text, groupLabel, homeLabel, label = (_p, t) => t }: MenuInput): MenuItem[] {
  const items: MenuItem[] = [{ key: '/', icon: <HomeOutlined />, label: label('/', homeLabel) }];
  const groups = new Map<string, MenuItem[]>();
  for (const route of routes) {
    if (!route.menu || !menuOpen(route.menu, can)) continue;
    const item: MenuItem = { key: route.path, icon: route.menu.icon, label: label(route.path, text(route.menu.label)) };
    if (!route.menu.group) {
      items.push(item);
      continue;
    }
    const members = groups.get(route.menu.group) ?? [];
    if (members.length === 0) groups.set(route.menu.group, members);
    members.push(item);
  }
  for (const [group, children] of groups) items.push({ type: 'group', key: `group:${group}`, label: groupLabel(group), children });
  return items;
}

/** The menu entry a page belongs to: the longest menu path that prefixes the current one. */
export function selectedMenuKey(routes: ModuleRoute[], pathname: string): string {
  let best = '/';
  for (const route of routes) {
    if (!route.menu) continue;
    const path = route.path;
    if ((pathname === path || pathname.startsWith(`${path}/`)) && path.length > best.length) best = path;
  }
  return best;
}
