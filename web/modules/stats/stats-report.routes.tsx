import type { ModuleRoute } from '../../app/module-route.ts';

export const routes: ModuleRoute[] = [];
