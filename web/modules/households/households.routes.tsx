import { TeamOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { HouseholdListPage } from './pages/household-list-page.tsx';
import { HouseholdFormPage } from './pages/household-form-page.tsx';
import { HouseholdDetailPage } from './pages/household-detail-page.tsx';

export const routes: ModuleRoute[] = [
  {
    path: '/households',
    element: <HouseholdListPage />,
    menu: { key: 'households', label: { zh: '帮扶对象', en: 'Households' }, icon: <TeamOutlined />, ability: 'households.read', group: 'households' },
  },
  { path: '/households/new', element: <HouseholdFormPage /> },
  { path: '/households/:id', element: <HouseholdDetailPage /> },
  { path: '/households/:id/edit', element: <HouseholdFormPage /> },
];
