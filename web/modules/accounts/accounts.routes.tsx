import { UserSwitchOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const AccountListPage = lazyPage(() => import('./pages/account-list-page.tsx'), 'AccountListPage');
const AccountFormPage = lazyPage(() => import('./pages/account-form-page.tsx'), 'AccountFormPage');

export const routes: ModuleRoute[] = [
  {
    path: '/accounts',
    element: <AccountListPage />,
    menu: { key: 'accounts', label: { zh: '账号管理', en: 'Accounts' }, icon: <UserSwitchOutlined />, ability: 'accounts.read', group: 'system' },
  },
  { path: '/accounts/new', element: <AccountFormPage /> },
  { path: '/accounts/:id/edit', element: <AccountFormPage /> },
];
