import { HeartOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const DonationListPage = lazyPage(() => import('./pages/donation-list-page.tsx'), 'DonationListPage');
const DonationSummaryPage = lazyPage(() => import('./pages/donation-summary-page.tsx'), 'DonationSummaryPage');

export const routes: ModuleRoute[] = [
  {
    path: '/donations',
    element: <DonationListPage />,
    menu: { key: 'donations', label: { zh: '捐款捐物', en: 'Donations' }, icon: <HeartOutlined />, ability: 'donations.read', group: 'social' },
  },
  { path: '/donations/summary', element: <DonationSummaryPage /> },
];
