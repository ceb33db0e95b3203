import { ApartmentOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { DivisionBrowserPage } from './pages/division-browser-page.tsx';

export const routes: ModuleRoute[] = [
  {
    path: '/divisions',
    element: <DivisionBrowserPage />,
    menu: { key: 'divisions', label: { zh: '行政区划', en: 'Divisions' }, icon: <ApartmentOutlined />, ability: 'divisions.read', group: 'basics' },
  },
];
