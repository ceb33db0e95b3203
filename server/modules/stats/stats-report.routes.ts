import type { ZodApp } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';

export function statsReportRoutes(app: ZodApp, deps: AppDeps): void {
  void app;
  void deps;
}
