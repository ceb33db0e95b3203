import type { FastifyReply } from 'fastify';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { actorOf, ctxOf, SESSION_COOKIE } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { changePassword, hashToken, login, logout } from '../../platform/auth/auth.service.ts';
import { changePasswordBody, loginBody, meResponse } from '../../../contracts/auth.ts';
import { errorBody } from '../../../contracts/common.ts';
import { z } from 'zod';
import { describeMe } from './auth.service.ts';

const tags = ['auth 登录'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 423: errorBody, 429: errorBody };

function setSessionCookie(deps: AppDeps, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.cookieSecure,
  });
}

export function authRoutes(app: ZodApp, deps: AppDeps): void {
  app.post(
    '/api/auth/login',
    {
      schema: { tags, summary: '登录', body: loginBody, response: { 200: meResponse, ...errors } },
      config: { rateLimit: { max: deps.config.login.ratePerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, account } = await login(deps, request.body, {
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      setSessionCookie(deps, reply, token);
      return describeMe(deps, account.id, hashToken(token));
    },
  );
  app.post('/api/auth/logout', { schema: { tags, summary: '退出登录', response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const ctx = ctxOf(request, deps, { allowPasswordChange: true });
    await logout(deps, ctx.principal, actorOf(request));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });
  app.get('/api/auth/me', { schema: { tags, summary: '当前用户', response: { 200: meResponse, ...errors } } }, async (request) => {
    const ctx = ctxOf(request, deps, { allowPasswordChange: true });
    return describeMe(deps, ctx.principal.accountId, ctx.principal.tokenHash);
  });
  app.post(
    '/api/auth/password',
    { schema: { tags, summary: '修改密码', body: changePasswordBody, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps, { allowPasswordChange: true });
      await changePassword(deps, ctx.principal, ctx.actor, request.body);
      return reply.status(204).send(null);
    },
  );
}
