import { TeamOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const MeetingListPage = lazyPage(() => import('./pages/meeting-list-page.tsx'), 'MeetingListPage');
const MeetingDetailPage = lazyPage(() => import('./pages/meeting-detail-page.tsx'), 'MeetingDetailPage');

export const routes: ModuleRoute[] = [
  {
    path: '/meetings',
    element: <MeetingListPage />,
    menu: { key: 'meetings', label: { zh: '会议记录', en: 'Meetings' }, icon: <TeamOutlined />, ability: 'meetings.read', group: 'publishing' },
  },
  { path: '/meetings/:id', element: <MeetingDetailPage /> },
];
