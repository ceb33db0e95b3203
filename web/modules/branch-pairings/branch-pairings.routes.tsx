import { ApartmentOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const PairingListPage = lazyPage(() => import('./pages/pairing-list-page.tsx'), 'PairingListPage');
const PairingDetailPage = lazyPage(() => import('./pages/pairing-detail-page.tsx'), 'PairingDetailPage');

export const routes: ModuleRoute[] = [
  {
    path: '/branch-pairings',
    element: <PairingListPage />,
    menu: { key: 'branch-pairings', label: { zh: '结对共建', en: 'Branch pairing' }, icon: <ApartmentOutlined />, ability: 'branch_pairings.read', group: 'party' },
  },
  { path: '/branch-pairings/:id', element: <PairingDetailPage /> },
];
