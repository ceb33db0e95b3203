import type { ZodApp } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';

export function ledgersRoutes(app: ZodApp, deps: AppDeps): void {
  void app;
  void deps;
}
