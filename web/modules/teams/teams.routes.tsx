import { TeamOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { TeamListPage } from './pages/team-list-page.tsx';
import { TeamDetailPage } from './pages/team-detail-page.tsx';
import { TeamFormPage } from './pages/team-form-page.tsx';

export const routes: ModuleRoute[] = [
  {
    path: '/teams',
    element: <TeamListPage />,
    menu: { key: 'teams', label: { zh: '工作队', en: 'Teams' }, icon: <TeamOutlined />, ability: 'teams.read', group: 'teams' },
  },
  { path: '/teams/new', element: <TeamFormPage /> },
  { path: '/teams/:id', element: <TeamDetailPage /> },
  { path: '/teams/:id/edit', element: <TeamFormPage /> },
];
