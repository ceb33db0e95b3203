import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  disputeCreateBody,
  disputeExportQuery,
  disputeList,
  disputeListQuery,
  disputeReferBody,
  disputeResolveBody,
  disputeUpdateBody,
  disputeView,
  mediationBody,
} from '../../../contracts/disputes.ts';
import * as service from './disputes.service.ts';
import { exportDisputes } from './disputes-export.service.ts';

const tags = ['disputes 矛盾纠纷'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function disputeRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/disputes', { schema: { tags, summary: '矛盾纠纷列表', querystring: disputeListQuery, response: { 200: disputeList, ...errors } } }, (request) =>
    service.listDisputes(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/disputes/export',
    { schema: { tags, summary: '导出矛盾纠纷（Excel）', querystring: disputeExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportDisputes(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/disputes/:id', { schema: { tags, summary: '纠纷详情与调解记录', params: idParam, response: { 200: disputeView, ...errors } } }, (request) =>
    service.getDispute(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/disputes', { schema: { tags, summary: '登记矛盾纠纷', body: disputeCreateBody, response: { 201: disputeView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await service.createDispute(ctxOf(request, deps), request.body)),
  );
  app.put('/api/disputes/:id', { schema: { tags, summary: '修改纠纷登记', params: idParam, body: disputeUpdateBody, response: { 200: disputeView, ...errors } } }, (request) =>
    service.updateDispute(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/disputes/:id/mediations',
    { schema: { tags, summary: '添加调解记录（首次调解转为调解中）', params: idParam, body: mediationBody, response: { 200: disputeView, ...errors } } },
    (request) => service.addMediation(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/disputes/:id/resolve',
    { schema: { tags, summary: '纠纷化解', params: idParam, body: disputeResolveBody, response: { 200: disputeView, ...errors } } },
    (request) => service.resolveDispute(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/disputes/:id/refer',
    { schema: { tags, summary: '移交处理', params: idParam, body: disputeReferBody, response: { 200: disputeView, ...errors } } },
    (request) => service.referDispute(ctxOf(request, deps), request.params.id, request.body),
  );
}
