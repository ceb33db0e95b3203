import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { commonErrors } from '../errors/app-error.ts';
import type { AppDeps, Ctx } from './context.ts';
import { resolveSession, type SessionPrincipal } from '../auth/auth.service.ts';
import { authErrors } from '../auth/auth.errors.ts';
import { localeOf } from './error-handler.ts';
import type { AuditActor } from '../audit/audit.ts';

export type ZodApp = FastifyInstance<any, any, any, any, ZodTypeProvider>;
export const SESSION_COOKIE = 'zc_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    principal: SessionPrincipal | null;
    sessionError: Error | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerSessionHook(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionError', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    try {
      request.principal = await resolveSession(deps, token);
    } catch (error) {
      request.sessionError = error as Error;
    }
  });
}

export function actorOf(request: FastifyRequest): AuditActor {
  return {
    accountId: request.principal?.accountId ?? null,
    username: request.principal?.username ?? null,
    requestId: request.id,
    ip: request.ip ?? null,
  };
}

/**
 * The service context of a signed-in request. Writes must carry the session's CSRF token;
 * an account that must change its password may do nothing else until it has.
 */
export function ctxOf(request: FastifyRequest, deps: AppDeps, options: { allowPasswordChange?: boolean } = {}): Ctx & { principal: SessionPrincipal } {
  const principal = request.principal;
  if (!principal) throw request.sessionError ?? commonErrors.UNAUTHENTICATED();
  if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== principal.csrfToken) {
    throw commonErrors.CSRF_MISMATCH();
  }
  if (principal.passwordChangeRequired && !options.allowPasswordChange) throw authErrors.AUTH_PASSWORD_CHANGE_REQUIRED();
  return { db: deps.db, principal, actor: actorOf(request), locale: localeOf(request), deps };
}
