export { teamReports } from './reports.schema.ts';
export type { ReportKind } from './reports.schema.ts';
