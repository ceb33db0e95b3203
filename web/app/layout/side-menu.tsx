import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useText } from '../../platform/i18n.tsx';
import { useSession } from '../../platform/session.tsx';
import { useAppMessages } from '../app.messages.ts';
import { buildMenuItems, selectedMenuKey } from '../menu.tsx';
import { moduleRoutes } from '../routes.tsx';
import { badgeCount, MenuBadgeLabel, todosPath, useTodos } from '../../modules/todos/index.ts';

const knownGroups = new Set(['basics', 'teams', 'duty', 'households', 'work', 'projects', 'social', 'party', 'evaluation', 'publishing', 'stats', 'system']);

export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useAppMessages();
  const text = useText();
  const { can } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const todos = useTodos();
  const items = buildMenuItems({
    routes: moduleRoutes,
    can,
    text,
    homeLabel: t('menu.home'),
    label: (path, label) => (
      <MenuBadgeLabel text={label} count={badgeCount(todos.data, path)} danger={path === todosPath && (todos.data?.overdue ?? 0) > 0} />
    ),
    groupLabel: (group) => (knownGroups.has(group) ? t(`menu.group.${group}` as 'menu.group.basics') : group),
  });
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedMenuKey(moduleRoutes, location.pathname)]}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
