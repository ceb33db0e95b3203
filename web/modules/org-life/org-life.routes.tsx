import { CalendarOutlined, FlagOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const OrgLifeListPage = lazyPage(() => import('./pages/org-life-list-page.tsx'), 'OrgLifeListPage');
const OrgLifeFormPage = lazyPage(() => import('./pages/org-life-form-page.tsx'), 'OrgLifeFormPage');
const SixOnesPage = lazyPage(() => import('./pages/six-ones-page.tsx'), 'SixOnesPage');

export const routes: ModuleRoute[] = [
  {
    path: '/org-life',
    element: <OrgLifeListPage />,
    menu: { key: 'org-life', label: { zh: '组织生活', en: 'Organizational life' }, icon: <CalendarOutlined />, ability: 'org_life.read', group: 'party' },
  },
  { path: '/org-life/new', element: <OrgLifeFormPage /> },
  {
    path: '/six-ones',
    element: <SixOnesPage />,
    menu: { key: 'six-ones', label: { zh: '六个一', en: 'Six ones' }, icon: <FlagOutlined />, ability: 'org_life.read', group: 'party' },
  },
  { path: '/six-ones/:partyOrgId', element: <SixOnesPage /> },
];
