import { AuditOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const ChecksPage = lazyPage(() => import('./pages/checks-page.tsx'), 'ChecksPage');
const CheckFindingsPage = lazyPage(() => import('./pages/check-findings-page.tsx'), 'CheckFindingsPage');

export const routes: ModuleRoute[] = [
  {
    path: '/checks',
    element: <ChecksPage />,
    menu: { key: 'checks', label: { zh: '逻辑审核', en: 'Logic checks' }, icon: <AuditOutlined />, ability: 'checks.read', group: 'households' },
  },
  { path: '/checks/:code', element: <CheckFindingsPage /> },
];
