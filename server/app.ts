import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Config } from './config.ts';
import type { Database } from './platform/db/client.ts';
import { PermissionCatalog } from './platform/access/permissions.ts';
import { JobRunner } from './platform/jobs/job-runner.ts';
import { handleError } from './platform/http/error-handler.ts';
import { registerSessionHook } from './platform/http/request-context.ts';
import type { AppDeps } from './platform/http/context.ts';
import { modules } from './modules.ts';
import { SensitiveCipher } from './platform/crypto/sensitive.ts';
import { redactText } from './platform/audit/redact.ts';

export type App = { app: FastifyInstance; deps: AppDeps };

const webDist = fileURLToPath(new URL('../dist/web', import.meta.url));

export async function buildApp(config: Config, database: Database, options: { logger?: boolean } = {}): Promise<App> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
            serializers: { req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: redactText(req.url), id: req.id }) },
          },
    genReqId: () => randomUUID(),
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const catalog = new PermissionCatalog();
  for (const module of modules) catalog.add(module.permissions, module.grants);
  const jobs = new JobRunner(database.db, app.log);
  const deps: AppDeps = { config, db: database.db, dbMode: database.mode, catalog, jobs, cipher: new SensitiveCipher(config.dataKey) };

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'zhucun 驻村 API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zc_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerSessionHook(app, deps);

  app.get('/api/health', { schema: { hide: true } }, async () => ({ status: 'ok', db: database.mode }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(async (api) => {
    for (const module of modules) {
      await module.routes?.(api, deps);
      module.jobs?.(deps);
    }
  });

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/') || request.method !== 'GET') {
        return reply.status(404).send({ code: 'NOT_FOUND', message: '接口不存在' });
      }
      return reply.sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler((_request, reply) => reply.status(404).send({ code: 'NOT_FOUND', message: '接口不存在' }));
  }

  return { app, deps };
}
