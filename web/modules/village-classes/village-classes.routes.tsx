import { ClusterOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const ClassListPage = lazyPage(() => import('./pages/class-list-page.tsx'), 'ClassListPage');
const VillagePage = lazyPage(() => import('./pages/village-page.tsx'), 'VillagePage');

export const routes: ModuleRoute[] = [
  {
    path: '/village-classes',
    element: <ClassListPage />,
    menu: { key: 'village-classes', label: { zh: '村情与分类', en: 'Villages and classes' }, icon: <ClusterOutlined />, ability: 'village_classes.read', group: 'evaluation' },
  },
  { path: '/villages/:code', element: <VillagePage /> },
];
