import type { ZodApp } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';

export function branchPairingRoutes(_app: ZodApp, _deps: AppDeps): void {}
