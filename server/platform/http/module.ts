import type { Grants, Permission } from '../access/permissions.ts';
import type { AppDeps } from './context.ts';
import type { ZodApp } from './request-context.ts';
import type { TodoSource } from '../workflow/todos.ts';

/** What a domain module hands the app: its permissions, who holds them, its routes, its jobs and its to-do items. */
export type ModuleDefinition = {
  name: string;
  permissions: readonly Permission[];
  grants: Grants;
  routes?: (app: ZodApp, deps: AppDeps) => void | Promise<void>;
  jobs?: (deps: AppDeps) => void;
  /** What waits for the signed-in account in this module, beyond the approvals of the workflow table. */
  todos?: TodoSource;
};
