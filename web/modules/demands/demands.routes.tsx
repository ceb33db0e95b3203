import { MessageOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const DemandListPage = lazyPage(() => import('./pages/demand-list-page.tsx'), 'DemandListPage');
const DemandRaisePage = lazyPage(() => import('./pages/demand-raise-page.tsx'), 'DemandRaisePage');
const DemandDetailPage = lazyPage(() => import('./pages/demand-detail-page.tsx'), 'DemandDetailPage');

export const routes: ModuleRoute[] = [
  {
    path: '/demands',
    element: <DemandListPage />,
    menu: { key: 'demands', label: { zh: '群众诉求', en: 'Demands' }, icon: <MessageOutlined />, ability: 'demands.read', group: 'work' },
  },
  { path: '/demands/new', element: <DemandRaisePage /> },
  { path: '/demands/:id', element: <DemandDetailPage /> },
];
