import { ShopOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const EnterpriseListPage = lazyPage(() => import('./pages/enterprise-list-page.tsx'), 'EnterpriseListPage');
const EnterpriseDetailPage = lazyPage(() => import('./pages/enterprise-detail-page.tsx'), 'EnterpriseDetailPage');
const EnterpriseEditPage = lazyPage(() => import('./pages/enterprise-edit-page.tsx'), 'EnterpriseEditPage');
const ContributionListPage = lazyPage(() => import('./pages/contribution-list-page.tsx'), 'ContributionListPage');

export const routes: ModuleRoute[] = [
  {
    path: '/enterprises',
    element: <EnterpriseListPage />,
    menu: { key: 'enterprises', label: { zh: '村企连心', en: 'Enterprise pairing' }, icon: <ShopOutlined />, ability: 'enterprises.read', group: 'social' },
  },
  { path: '/enterprises/new', element: <EnterpriseEditPage /> },
  { path: '/enterprises/contributions', element: <ContributionListPage /> },
  { path: '/enterprises/:id', element: <EnterpriseDetailPage /> },
  { path: '/enterprises/:id/edit', element: <EnterpriseEditPage /> },
];
