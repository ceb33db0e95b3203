import { CrownOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { PublicBriefingPage } from './pages/public-briefing-page.tsx';

const AdvisorListPage = lazyPage(() => import('./pages/advisor-list-page.tsx'), 'AdvisorListPage');
const AdvisorEditPage = lazyPage(() => import('./pages/advisor-edit-page.tsx'), 'AdvisorEditPage');
const AdvisorDetailPage = lazyPage(() => import('./pages/advisor-detail-page.tsx'), 'AdvisorDetailPage');
const SupportLedgerPage = lazyPage(() => import('./pages/support-ledger-page.tsx'), 'SupportLedgerPage');

export const routes: ModuleRoute[] = [
  {
    path: '/advisors',
    element: <AdvisorListPage />,
    menu: { key: 'advisors', label: { zh: '理村顾问', en: 'Village advisors' }, icon: <CrownOutlined />, ability: 'advisors.read', group: 'social' },
  },
  { path: '/advisors/new', element: <AdvisorEditPage /> },
  { path: '/advisors/supports', element: <SupportLedgerPage /> },
  { path: '/advisors/:id', element: <AdvisorDetailPage /> },
  { path: '/advisors/:id/edit', element: <AdvisorEditPage /> },
];

/** Pages outside the sign-in: what the link sent to an advisor opens. */
export const publicRoutes: { path: string; element: ModuleRoute['element'] }[] = [{ path: '/b/:token', element: <PublicBriefingPage /> }];
