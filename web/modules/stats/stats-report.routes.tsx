import { FileTextOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const MonthlyReportPage = lazyPage(() => import('./pages/monthly-report-page.tsx'), 'MonthlyReportPage');

export const routes: ModuleRoute[] = [
  {
    path: '/stats/monthly-report',
    element: <MonthlyReportPage />,
    menu: { key: 'stats-monthly-report', label: { zh: '月度报告', en: 'Monthly report' }, icon: <FileTextOutlined />, ability: 'stats.export', group: 'stats' },
  },
];
