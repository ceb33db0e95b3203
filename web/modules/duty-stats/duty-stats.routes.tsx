import { BarChartOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const DutyStatsPage = lazyPage(() => import('./pages/duty-stats-page.tsx'), 'DutyStatsPage');

export const routes: ModuleRoute[] = [
  {
    path: '/duty-stats',
    element: <DutyStatsPage />,
    menu: { key: 'duty-stats', label: { zh: '在岗统计', en: 'On-duty statistics' }, icon: <BarChartOutlined />, ability: 'dutyStats.read', group: 'duty' },
  },
];
