import { BankOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const UnitListPage = lazyPage(() => import('./pages/unit-list-page.tsx'), 'UnitListPage');
const UnitFormPage = lazyPage(() => import('./pages/unit-form-page.tsx'), 'UnitFormPage');

export const routes: ModuleRoute[] = [
  {
    path: '/units',
    element: <UnitListPage />,
    menu: { key: 'units', label: { zh: '单位', en: 'Units' }, icon: <BankOutlined />, ability: 'units.read', group: 'basics' },
  },
  { path: '/units/new', element: <UnitFormPage /> },
  { path: '/units/:id/edit', element: <UnitFormPage /> },
];
