import { FundProjectionScreenOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const ProjectStatsPage = lazyPage(() => import('./pages/project-stats-page.tsx'), 'ProjectStatsPage');

export const routes: ModuleRoute[] = [
  {
    path: '/project-stats',
    element: <ProjectStatsPage />,
    menu: { key: 'project-stats', label: { zh: '项目资金统计', en: 'Project statistics' }, icon: <FundProjectionScreenOutlined />, ability: 'project-stats.read', group: 'projects' },
  },
];
