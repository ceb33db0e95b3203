import { IdcardOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { CadreListPage } from './pages/cadre-list-page.tsx';
import { CadreFormPage } from './pages/cadre-form-page.tsx';
import { CadreDetailPage } from './pages/cadre-detail-page.tsx';

export const routes: ModuleRoute[] = [
  {
    path: '/cadres',
    element: <CadreListPage />,
    menu: { key: 'cadres', label: { zh: '干部', en: 'Cadres' }, icon: <IdcardOutlined />, ability: 'cadres.read', group: 'basics' },
  },
  { path: '/cadres/new', element: <CadreFormPage /> },
  { path: '/cadres/:id', element: <CadreDetailPage /> },
  { path: '/cadres/:id/edit', element: <CadreFormPage /> },
];
