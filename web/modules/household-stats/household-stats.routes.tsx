import { PieChartOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const HouseholdStatsPage = lazyPage(() => import('./pages/household-stats-page.tsx'), 'HouseholdStatsPage');

export const routes: ModuleRoute[] = [
  {
    path: '/household-stats',
    element: <HouseholdStatsPage />,
    menu: { key: 'household-stats', label: { zh: '帮扶对象统计', en: 'Household statistics' }, icon: <PieChartOutlined />, ability: 'household-stats.read', group: 'households' },
  },
];
