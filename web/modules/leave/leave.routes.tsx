import { CalendarOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const LeaveListPage = lazyPage(() => import('./pages/leave-list-page.tsx'), 'LeaveListPage');
const LeaveRequestPage = lazyPage(() => import('./pages/leave-request-page.tsx'), 'LeaveRequestPage');
const LeaveDetailPage = lazyPage(() => import('./pages/leave-detail-page.tsx'), 'LeaveDetailPage');

export const routes: ModuleRoute[] = [
  {
    path: '/leave',
    element: <LeaveListPage />,
    menu: { key: 'leave', label: { zh: '请销假', en: 'Leave' }, icon: <CalendarOutlined />, ability: 'leave.read', group: 'duty' },
  },
  { path: '/leave/new', element: <LeaveRequestPage /> },
  { path: '/leave/:id', element: <LeaveDetailPage /> },
  { path: '/leave/:id/edit', element: <LeaveRequestPage /> },
];
