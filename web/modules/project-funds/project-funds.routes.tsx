import { AccountBookOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const FundsListPage = lazyPage(() => import('./pages/funds-list-page.tsx'), 'FundsListPage');

export const routes: ModuleRoute[] = [
  {
    path: '/funds',
    element: <FundsListPage />,
    menu: { key: 'funds', label: { zh: '资金台账', en: 'Funds ledger' }, icon: <AccountBookOutlined />, ability: 'funds.read', group: 'projects' },
  },
];
