import { ShopOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const IndustrySummaryPage = lazyPage(() => import('./pages/industry-summary-page.tsx'), 'IndustrySummaryPage');
const CooperativeListPage = lazyPage(() => import('./pages/record-pages.tsx'), 'CooperativeListPage');
const DemoBaseListPage = lazyPage(() => import('./pages/record-pages.tsx'), 'DemoBaseListPage');
const DemoHouseholdListPage = lazyPage(() => import('./pages/record-pages.tsx'), 'DemoHouseholdListPage');
const PioneerPostListPage = lazyPage(() => import('./pages/record-pages.tsx'), 'PioneerPostListPage');
const CoreFarmerListPage = lazyPage(() => import('./pages/record-pages.tsx'), 'CoreFarmerListPage');

export const routes: ModuleRoute[] = [
  {
    path: '/industry',
    element: <IndustrySummaryPage />,
    menu: { key: 'industry', label: { zh: '产业“五个一”', en: 'Industry: five ones' }, icon: <ShopOutlined />, ability: 'industry.read', group: 'social' },
  },
  { path: '/industry/cooperatives', element: <CooperativeListPage /> },
  { path: '/industry/demo-bases', element: <DemoBaseListPage /> },
  { path: '/industry/demo-households', element: <DemoHouseholdListPage /> },
  { path: '/industry/pioneer-posts', element: <PioneerPostListPage /> },
  { path: '/industry/core-farmers', element: <CoreFarmerListPage /> },
];
