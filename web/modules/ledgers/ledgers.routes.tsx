import { BookOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const LedgerListPage = lazyPage(() => import('./pages/ledger-list-page.tsx'), 'LedgerListPage');
const LedgerPage = lazyPage(() => import('./pages/ledger-page.tsx'), 'LedgerPage');

export const routes: ModuleRoute[] = [
  {
    path: '/ledgers',
    element: <LedgerListPage />,
    menu: { key: 'ledgers', label: { zh: '第一书记台账', en: 'Ledgers' }, icon: <BookOutlined />, ability: 'ledgers.read', group: 'evaluation' },
  },
  { path: '/ledgers/:cadreId', element: <LedgerPage /> },
];
