import { AuditOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const TransitionListPage = lazyPage(() => import('./pages/transition-list-page.tsx'), 'TransitionListPage');
const TransitionDetailPage = lazyPage(() => import('./pages/transition-detail-page.tsx'), 'TransitionDetailPage');

export const routes: ModuleRoute[] = [
  {
    path: '/household-transitions',
    element: <TransitionListPage />,
    menu: {
      key: 'household-transitions',
      label: { zh: '识别退出与监测', en: 'Identification, exit and monitoring' },
      icon: <AuditOutlined />,
      ability: 'transitions.read',
      group: 'households',
    },
  },
  { path: '/household-transitions/:id', element: <TransitionDetailPage /> },
];
