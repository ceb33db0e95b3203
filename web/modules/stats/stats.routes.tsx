import { BarChartOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const StatsPage = lazyPage(() => import('./pages/stats-page.tsx'), 'StatsPage');

export const routes: ModuleRoute[] = [
  {
    path: '/stats',
    element: <StatsPage />,
    menu: { key: 'stats', label: { zh: '统计分析', en: 'Statistics' }, icon: <BarChartOutlined />, ability: 'stats.read', group: 'stats' },
  },
];
