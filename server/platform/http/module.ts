import type { Grants, Permission } from '../access/permissions.ts';
import type { AppDeps } from './context.ts';
import type { ZodApp } from './request-context.ts';

/** What a domain module hands the app: its permissions, who holds them, its routes and its jobs. */
export type ModuleDefinition = {
  name: string;
  permissions: readonly Permission[];
  grants: Grants;
  routes?: (app: ZodApp, deps: AppDeps) => void | Promise<void>;
  jobs?: (deps: AppDeps) => void;
};
