import type { ZodApp } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { statsReportRoutes } from './stats-report.routes.ts';

export function statsRoutes(app: ZodApp, deps: AppDeps): void {
  statsReportRoutes(app, deps);
}
