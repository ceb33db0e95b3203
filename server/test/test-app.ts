import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../config.ts';
import { buildApp } from '../app.ts';
import type { AppDeps } from '../platform/http/context.ts';
import type { Database } from '../platform/db/client.ts';
import { createTestDatabase } from './test-database.ts';

export type TestApp = { app: FastifyInstance; deps: AppDeps; database: Database; close: () => Promise<void> };

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOAD_DEMO: 'false', ...env });
  const { app, deps } = await buildApp(config, database, { logger: false });
  await app.ready();
  return {
    app,
    deps,
    database,
    close: async () => {
      await deps.jobs.stop();
      await app.close();
      await database.close();
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A signed-in browser: carries the session cookie and the CSRF token like the web client does. */
export class Session {
  constructor(private readonly app: FastifyInstance, readonly cookie: string, readonly csrfToken: string) {}

  request(method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrfToken, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  put(url: string, body: unknown) {
    return this.request('PUT', url, body);
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

export async function signIn(app: FastifyInstance, username: string, password: string): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0]! : String(setCookie);
  const cookie = raw.split(';')[0]!;
  return new Session(app, cookie, response.json().csrfToken as string);
}
