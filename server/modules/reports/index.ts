import type { ModuleDefinition } from '../../platform/http/module.ts';
export { teamReports } from './reports.schema.ts';
export type { ReportKind } from './reports.schema.ts';

export const reportsModule: ModuleDefinition = {
  name: 'reports',
  permissions: [],
  grants: {},
};
