import { NotificationOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const NoticeListPage = lazyPage(() => import('./pages/notice-list-page.tsx'), 'NoticeListPage');
const NoticeDetailPage = lazyPage(() => import('./pages/notice-detail-page.tsx'), 'NoticeDetailPage');

export const routes: ModuleRoute[] = [
  {
    path: '/notices',
    element: <NoticeListPage />,
    menu: { key: 'notices', label: { zh: '通知', en: 'Notices' }, icon: <NotificationOutlined />, ability: 'notices.read', group: 'publishing' },
  },
  { path: '/notices/:id', element: <NoticeDetailPage /> },
];
