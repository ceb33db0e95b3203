import type { ModuleRoute } from '../../app/module-route.ts';

export const routes: ModuleRoute[] = [];

/** Pages anyone may open without an account. */
export const publicRoutes: { path: string; element: ModuleRoute['element'] }[] = [];
