import type { ModuleDefinition } from './platform/http/module.ts';
import { authModule } from './modules/auth/index.ts';
import { unitsModule } from './modules/units/index.ts';

export const modules: ModuleDefinition[] = [authModule, unitsModule];
