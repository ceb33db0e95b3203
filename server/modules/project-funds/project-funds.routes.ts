import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { workflowActionBody } from '../../../contracts/workflow.ts';
import {
  allocationBody,
  allocationView,
  budgetAdjustmentBody,
  budgetAdjustmentView,
  fundExportQuery,
  fundListQuery,
  ledgerView,
  paymentBody,
  paymentList,
  paymentView,
} from '../../../contracts/project-funds.ts';
import * as service from './project-funds.service.ts';
import * as adjustments from './budget-adjustments.service.ts';
import { exportFunds } from './project-funds-export.service.ts';

const tags = ['project-funds 项目资金'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function projectFundRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/projects/:id/ledger', { schema: { tags, summary: '项目资金台账（按来源）', params: idParam, response: { 200: ledgerView, ...errors } } }, (request) =>
    service.getLedger(ctxOf(request, deps), request.params.id),
  );
  app.get(
    '/api/projects/:id/allocations',
    { schema: { tags, summary: '资金下达记录', params: idParam, response: { 200: z.array(allocationView), ...errors } } },
    (request) => service.listAllocations(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/projects/:id/allocations',
    { schema: { tags, summary: '记录资金下达', params: idParam, body: allocationBody, response: { 201: allocationView, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.recordAllocation(ctxOf(request, deps), request.params.id, request.body)),
  );
  app.get(
    '/api/projects/:id/payments',
    { schema: { tags, summary: '资金拨付记录', params: idParam, response: { 200: z.array(paymentView), ...errors } } },
    (request) => service.listProjectPayments(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/projects/:id/payments',
    { schema: { tags, summary: '记录资金拨付（不得超出批复预算）', params: idParam, body: paymentBody, response: { 201: paymentView, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.recordPayment(ctxOf(request, deps), request.params.id, request.body)),
  );
  app.get(
    '/api/projects/:id/budget-adjustments',
    { schema: { tags, summary: '预算调整记录', params: idParam, response: { 200: z.array(budgetAdjustmentView), ...errors } } },
    (request) => adjustments.listAdjustments(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/projects/:id/budget-adjustments',
    { schema: { tags, summary: '申请预算调整', params: idParam, body: budgetAdjustmentBody, response: { 201: budgetAdjustmentView, ...errors } } },
    async (request, reply) => reply.status(201).send(await adjustments.requestAdjustment(ctxOf(request, deps), request.params.id, request.body)),
  );
  app.post(
    '/api/budget-adjustments/:id/actions',
    { schema: { tags, summary: '预算调整审批操作（审核、批准、不予批准、撤回）', params: idParam, body: workflowActionBody, response: { 200: budgetAdjustmentView, ...errors } } },
    (request) => adjustments.actOnAdjustment(ctxOf(request, deps), request.params.id, request.body),
  );
  app.get('/api/funds', { schema: { tags, summary: '资金拨付台账', querystring: fundListQuery, response: { 200: paymentList, ...errors } } }, (request) =>
    service.listFunds(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/funds/export',
    { schema: { tags, summary: '导出资金拨付台账（Excel）', querystring: fundExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportFunds(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
}
