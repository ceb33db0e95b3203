import { ApartmentOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const LiaisonGroupListPage = lazyPage(() => import('./pages/liaison-group-list-page.tsx'), 'LiaisonGroupListPage');
const LiaisonGroupDetailPage = lazyPage(() => import('./pages/liaison-group-detail-page.tsx'), 'LiaisonGroupDetailPage');

export const routes: ModuleRoute[] = [
  {
    path: '/liaison-groups',
    element: <LiaisonGroupListPage />,
    menu: { key: 'liaison-groups', label: { zh: '联络小组', en: 'Liaison groups' }, icon: <ApartmentOutlined />, ability: 'liaison_groups.read', group: 'publishing' },
  },
  { path: '/liaison-groups/:id', element: <LiaisonGroupDetailPage /> },
];
