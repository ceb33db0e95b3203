import { GiftOutlined, ReadOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const TrainingListPage = lazyPage(() => import('./pages/training-list-page.tsx'), 'TrainingListPage');
const TrainingFormPage = lazyPage(() => import('./pages/training-form-page.tsx'), 'TrainingFormPage');
const TrainingDetailPage = lazyPage(() => import('./pages/training-detail-page.tsx'), 'TrainingDetailPage');
const MaterialsPage = lazyPage(() => import('./pages/materials-page.tsx'), 'MaterialsPage');

export const routes: ModuleRoute[] = [
  {
    path: '/trainings',
    element: <TrainingListPage />,
    menu: { key: 'trainings', label: { zh: '培训管理', en: 'Training' }, icon: <ReadOutlined />, ability: 'trainings.read', group: 'teams' },
  },
  {
    path: '/trainings/materials',
    element: <MaterialsPage />,
    menu: { key: 'trainings-materials', label: { zh: '物资发放', en: 'Issued materials' }, icon: <GiftOutlined />, ability: 'trainings.read', group: 'teams' },
  },
  { path: '/trainings/new', element: <TrainingFormPage /> },
  { path: '/trainings/:id', element: <TrainingDetailPage /> },
  { path: '/trainings/:id/edit', element: <TrainingFormPage /> },
];
