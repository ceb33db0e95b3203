import type { ModuleRoute } from '../../app/module-route.ts';
import { HandbookPage } from './pages/handbook-page.tsx';
import { PublicHouseholdPage } from './pages/public-household-page.tsx';
import { QrCardPage } from './pages/qr-card-page.tsx';

/** Print pages reached from a household's archive tab; the server decides who may read them. */
export const routes: ModuleRoute[] = [
  { path: '/households/:id/qr-card', element: <QrCardPage /> },
  { path: '/households/:id/handbook', element: <HandbookPage /> },
];

/** Pages outside the sign-in: what scanning a household's card opens. */
export const publicRoutes: { path: string; element: ModuleRoute['element'] }[] = [{ path: '/q/:token', element: <PublicHouseholdPage /> }];
