import { CalendarOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const PresencePage = lazyPage(() => import('./pages/presence-page.tsx'), 'PresencePage');

export const routes: ModuleRoute[] = [
  {
    path: '/presence',
    element: <PresencePage />,
    menu: { key: 'presence', label: { zh: '在岗登记', en: 'In-post register' }, icon: <CalendarOutlined />, ability: 'presence.read', group: 'duty' },
  },
];
