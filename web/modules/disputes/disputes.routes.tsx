import { TeamOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const DisputeListPage = lazyPage(() => import('./pages/dispute-list-page.tsx'), 'DisputeListPage');
const DisputeFormPage = lazyPage(() => import('./pages/dispute-form-page.tsx'), 'DisputeFormPage');
const DisputeDetailPage = lazyPage(() => import('./pages/dispute-detail-page.tsx'), 'DisputeDetailPage');

export const routes: ModuleRoute[] = [
  {
    path: '/disputes',
    element: <DisputeListPage />,
    menu: { key: 'disputes', label: { zh: '矛盾纠纷', en: 'Disputes' }, icon: <TeamOutlined />, ability: 'disputes.read', group: 'work' },
  },
  { path: '/disputes/new', element: <DisputeFormPage /> },
  { path: '/disputes/:id', element: <DisputeDetailPage /> },
  { path: '/disputes/:id/edit', element: <DisputeFormPage /> },
];
