import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const CampaignStatisticsPage = lazyPage(() => import('./analysis/pages/campaign-statistics-page.tsx'), 'CampaignStatisticsPage');
const CampaignAssessmentPage = lazyPage(() => import('./analysis/pages/campaign-assessment-page.tsx'), 'CampaignAssessmentPage');
const CampaignChainPage = lazyPage(() => import('./analysis/pages/campaign-chain-page.tsx'), 'CampaignChainPage');

// Reached from a campaign's page, not from the menu.
export const routes: ModuleRoute[] = [
  { path: '/campaigns/:id/statistics', element: <CampaignStatisticsPage /> },
  { path: '/campaigns/:id/assessment', element: <CampaignAssessmentPage /> },
  { path: '/campaigns/:id/chain/:unitId', element: <CampaignChainPage /> },
];
