import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../../platform/session.tsx';
import { useSelectionMessages } from '../selection.messages.ts';

/** Slots, candidates and matching are three views of one menu entry. */
export function SelectionNav() {
  const t = useSelectionMessages();
  const { can } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = [
    { key: '/selection', label: t('tabs.slots') },
    { key: '/selection/nominations', label: t('tabs.nominations') },
    ...(can('selection.manage') ? [{ key: '/selection/match', label: t('tabs.match') }] : []),
  ];
  return <Tabs activeKey={pathname} items={items} onChange={(key) => void navigate(key)} style={{ marginBottom: 8 }} />;
}
