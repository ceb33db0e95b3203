import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  demandAssignBody,
  demandCloseBody,
  demandCreateBody,
  demandExportQuery,
  demandList,
  demandListQuery,
  demandSolveBody,
  demandSummary,
  demandSummaryQuery,
  demandView,
} from '../../../contracts/demands.ts';
import * as service from './demands.service.ts';
import { exportDemands } from './demands-export.service.ts';

const tags = ['demands 群众诉求'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function demandRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/demands', { schema: { tags, summary: '群众诉求列表', querystring: demandListQuery, response: { 200: demandList, ...errors } } }, (request) =>
    service.listDemands(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/demands/export',
    { schema: { tags, summary: '导出群众诉求（Excel）', querystring: demandExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportDemands(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/demands/summary',
    { schema: { tags, summary: '诉求办理情况汇总（受理、解决、逾期、平均办结天数）', querystring: demandSummaryQuery, response: { 200: demandSummary, ...errors } } },
    (request) => service.demandSummary(ctxOf(request, deps), request.query),
  );
  app.get('/api/demands/:id', { schema: { tags, summary: '诉求详情与办理记录', params: idParam, response: { 200: demandView, ...errors } } }, (request) =>
    service.getDemand(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/demands', { schema: { tags, summary: '登记群众诉求', body: demandCreateBody, response: { 201: demandView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await service.raiseDemand(ctxOf(request, deps), request.body)),
  );
  app.post(
    '/api/demands/:id/assign',
    { schema: { tags, summary: '分派（或改派）承办干部', params: idParam, body: demandAssignBody, response: { 200: demandView, ...errors } } },
    (request) => service.assignDemand(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/demands/:id/solve',
    { schema: { tags, summary: '办结诉求', params: idParam, body: demandSolveBody, response: { 200: demandView, ...errors } } },
    (request) => service.solveDemand(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/demands/:id/close',
    { schema: { tags, summary: '不予受理', params: idParam, body: demandCloseBody, response: { 200: demandView, ...errors } } },
    (request) => service.closeDemand(ctxOf(request, deps), request.params.id, request.body),
  );
}
