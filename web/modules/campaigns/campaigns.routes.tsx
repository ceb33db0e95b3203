import { FlagOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const CampaignListPage = lazyPage(() => import('./pages/campaign-list-page.tsx'), 'CampaignListPage');
const CampaignDetailPage = lazyPage(() => import('./pages/campaign-detail-page.tsx'), 'CampaignDetailPage');

export const routes: ModuleRoute[] = [
  {
    path: '/campaigns',
    element: <CampaignListPage />,
    menu: { key: 'campaigns', label: { zh: '结对帮扶行动', en: 'Pairing campaigns' }, icon: <FlagOutlined />, ability: 'campaigns.read', group: 'party' },
  },
  { path: '/campaigns/:id', element: <CampaignDetailPage /> },
  { path: '/campaigns/:id/plan', element: <CampaignDetailPage /> },
  { path: '/campaigns/:id/tasks', element: <CampaignDetailPage /> },
  { path: '/campaigns/:id/ledger', element: <CampaignDetailPage /> },
];
