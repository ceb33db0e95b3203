import { ProjectOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const ProjectListPage = lazyPage(() => import('./pages/project-list-page.tsx'), 'ProjectListPage');
const ProjectFormPage = lazyPage(() => import('./pages/project-form-page.tsx'), 'ProjectFormPage');
const ProjectDetailPage = lazyPage(() => import('./pages/project-detail-page.tsx'), 'ProjectDetailPage');

export const routes: ModuleRoute[] = [
  {
    path: '/projects',
    element: <ProjectListPage />,
    menu: { key: 'projects', label: { zh: '项目库', en: 'Projects' }, icon: <ProjectOutlined />, ability: 'projects.read', group: 'projects' },
  },
  { path: '/projects/new', element: <ProjectFormPage /> },
  { path: '/projects/:id', element: <ProjectDetailPage /> },
  { path: '/projects/:id/edit', element: <ProjectFormPage /> },
];
