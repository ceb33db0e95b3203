import { HomeOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const VisitListPage = lazyPage(() => import('./pages/visit-list-page.tsx'), 'VisitListPage');
const VisitCoveragePage = lazyPage(() => import('./pages/visit-coverage-page.tsx'), 'VisitCoveragePage');

export const routes: ModuleRoute[] = [
  {
    path: '/visits',
    element: <VisitListPage />,
    menu: { key: 'visits', label: { zh: '入户走访', en: 'Household visits' }, icon: <HomeOutlined />, ability: 'visits.read', group: 'work' },
  },
  { path: '/visits/coverage', element: <VisitCoveragePage /> },
];
