import { SolutionOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const SlotListPage = lazyPage(() => import('./pages/slot-list-page.tsx'), 'SlotListPage');
const SlotDetailPage = lazyPage(() => import('./pages/slot-detail-page.tsx'), 'SlotDetailPage');
const NominationListPage = lazyPage(() => import('./pages/nomination-list-page.tsx'), 'NominationListPage');
const NominationDetailPage = lazyPage(() => import('./pages/nomination-detail-page.tsx'), 'NominationDetailPage');
const MatchPage = lazyPage(() => import('./pages/match-page.tsx'), 'MatchPage');

export const routes: ModuleRoute[] = [
  {
    path: '/selection',
    element: <SlotListPage />,
    menu: { key: 'selection', label: { zh: '选派管理', en: 'Selection' }, icon: <SolutionOutlined />, ability: 'selection.read', group: 'teams' },
  },
  { path: '/selection/slots/:id', element: <SlotDetailPage /> },
  { path: '/selection/nominations', element: <NominationListPage /> },
  { path: '/selection/nominations/:id', element: <NominationDetailPage /> },
  { path: '/selection/match', element: <MatchPage /> },
];
