import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { workflowActionBody } from '../../../contracts/workflow.ts';
import {
  leaveExportQuery,
  leaveList,
  leaveListQuery,
  leaveReportBackBody,
  leaveRequestBody,
  leaveRulesView,
  leaveUpdateBody,
  leaveView,
} from '../../../contracts/leave.ts';
import * as service from './leave.service.ts';
import { exportLeave } from './leave-export.service.ts';

const tags = ['leave 请销假'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function leaveRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/leave', { schema: { tags, summary: '请假列表', querystring: leaveListQuery, response: { 200: leaveList, ...errors } } }, (request) =>
    service.listLeave(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/leave/export',
    { schema: { tags, summary: '导出请假列表（Excel）', querystring: leaveExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportLeave(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/leave/rules', { schema: { tags, summary: '请假审批层级与计日规则', response: { 200: leaveRulesView, ...errors } } }, (request) =>
    service.leaveRules(ctxOf(request, deps)),
  );
  app.get('/api/leave/:id', { schema: { tags, summary: '请假详情（含审批记录）', params: idParam, response: { 200: leaveView, ...errors } } }, (request) =>
    service.getLeave(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/leave', { schema: { tags, summary: '请假申请', body: leaveRequestBody, response: { 201: leaveView, ...errors } } }, async (request, reply) => {
    const view = await service.requestLeave(ctxOf(request, deps), request.body);
    return reply.status(201).send(view);
  });
  app.put(
    '/api/leave/:id',
    { schema: { tags, summary: '修改退回的请假申请', params: idParam, body: leaveUpdateBody, response: { 200: leaveView, ...errors } } },
    (request) => service.updateLeave(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/leave/:id/actions',
    { schema: { tags, summary: '审批操作（批准、不予批准、退回、重新提交、撤回）', params: idParam, body: workflowActionBody, response: { 200: leaveView, ...errors } } },
    (request) => service.actOnLeave(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/leave/:id/report-back',
    { schema: { tags, summary: '销假', params: idParam, body: leaveReportBackBody, response: { 200: leaveView, ...errors } } },
    (request) => service.reportBack(ctxOf(request, deps), request.params.id, request.body),
  );
}
