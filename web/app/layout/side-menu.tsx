import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useText } from '../../platform/i18n.tsx';
import { useSession } from '../../platform/session.tsx';
import { useAppMessages } from '../app.messages.ts';
import { buildMenuItems, selectedMenuKey } from '../menu.tsx';
import { moduleRoutes } from '../routes.tsx';

const knownGroups = new Set(['basics', 'teams', 'duty', 'work', 'party', 'system']);

export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useAppMessages();
  const text = useText();
  const { can } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const items = buildMenuItems({
    routes: moduleRoutes,
    can,
    text,
    homeLabel: t('menu.home'),
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
