import { CarOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const LabourListPage = lazyPage(() => import('./pages/labour-list-page.tsx'), 'LabourListPage');
const LabourFormPage = lazyPage(() => import('./pages/labour-form-page.tsx'), 'LabourFormPage');

export const routes: ModuleRoute[] = [
  {
    path: '/labour-transfers',
    element: <LabourListPage />,
    menu: { key: 'labour-transfers', label: { zh: '转移就业', en: 'Labour transfer' }, icon: <CarOutlined />, ability: 'labour.read', group: 'work' },
  },
  { path: '/labour-transfers/new', element: <LabourFormPage /> },
  { path: '/labour-transfers/:id/edit', element: <LabourFormPage /> },
];
