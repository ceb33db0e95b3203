import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  presenceCreateBody,
  presenceExportQuery,
  presenceList,
  presenceListQuery,
  presenceMine,
  presenceMineQuery,
  presenceMonthly,
  presenceMonthlyExportQuery,
  presenceMonthlyQuery,
  presenceView,
  teamMonthlyParams,
  teamMonthlyQuery,
} from '../../../contracts/presence.ts';
import * as service from './presence.service.ts';
import * as exports from './presence-export.service.ts';

const tags = ['presence 在岗登记'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function presenceRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/presence', { schema: { tags, summary: '在村登记列表', querystring: presenceListQuery, response: { 200: presenceList, ...errors } } }, (request) =>
    service.listPresence(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/presence/export',
    { schema: { tags, summary: '导出在村登记（Excel）', querystring: presenceExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportPresence(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/presence/monthly',
    { schema: { tags, summary: '队员月度在村天数', querystring: presenceMonthlyQuery, response: { 200: presenceMonthly, ...errors } } },
    (request) => service.monthly(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/presence/monthly/export',
    { schema: { tags, summary: '导出队员月度在村天数（Excel）', querystring: presenceMonthlyExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportMonthly(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/presence/mine',
    { schema: { tags, summary: '队员在村日历（本人或本队队员）', querystring: presenceMineQuery, response: { 200: presenceMine, ...errors } } },
    (request) => service.mine(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/presence/teams/:teamId/monthly',
    { schema: { tags, summary: '工作队本月在村天数', params: teamMonthlyParams, querystring: teamMonthlyQuery, response: { 200: presenceMonthly, ...errors } } },
    (request) => service.teamMonthly(ctxOf(request, deps), request.params.teamId, request.query.month),
  );
  app.post('/api/presence', { schema: { tags, summary: '登记在村日', body: presenceCreateBody, response: { 201: presenceView, ...errors } } }, async (request, reply) => {
    const view = await service.recordPresence(ctxOf(request, deps), request.body);
    return reply.status(201).send(view);
  });
  app.delete('/api/presence/:id', { schema: { tags, summary: '撤销在村登记（本月）', params: idParam, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await service.deletePresence(ctxOf(request, deps), request.params.id);
    return reply.status(204).send(null);
  });
}
