import { LikeOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { PublicRatingPage } from './pages/public-rating-page.tsx';

const RatingListPage = lazyPage(() => import('./pages/rating-list-page.tsx'), 'RatingListPage');
const SlipsPage = lazyPage(() => import('./pages/slips-page.tsx'), 'SlipsPage');

export const routes: ModuleRoute[] = [
  {
    path: '/mass-ratings',
    element: <RatingListPage />,
    menu: { key: 'mass-ratings', label: { zh: '群众评议', en: 'Mass evaluation' }, icon: <LikeOutlined />, ability: 'mass_ratings.read', group: 'evaluation' },
  },
  { path: '/mass-ratings/teams/:teamId/slips', element: <SlipsPage /> },
];

/** Pages anyone may open without an account: what a slip's QR code opens. */
export const publicRoutes: { path: string; element: ModuleRoute['element'] }[] = [{ path: '/r/:token', element: <PublicRatingPage /> }];
