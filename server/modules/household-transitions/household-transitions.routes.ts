import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  householdTransitionsView,
  transitionActionBody,
  transitionExportQuery,
  transitionList,
  transitionListQuery,
  transitionRequestBody,
  transitionView,
} from '../../../contracts/household-transitions.ts';
import * as service from './household-transitions.service.ts';
import { actOnTransition } from './household-transitions-actions.service.ts';
import { exportTransitions } from './household-transitions-export.service.ts';

const tags = ['household-transitions 识别退出与监测'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function transitionRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/households/:id/transitions',
    { schema: { tags, summary: '某户的识别、退出、监测与风险消除记录', params: idParam, response: { 200: householdTransitionsView, ...errors } } },
    (request) => service.householdTransitions(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/households/:id/transitions',
    {
      schema: {
        tags,
        summary: '提出识别、退出、纳入监测或风险消除申请',
        params: idParam,
        body: transitionRequestBody,
        response: { 201: transitionView, ...errors },
      },
    },
    async (request, reply) => {
      const view = await service.requestTransition(ctxOf(request, deps), request.params.id, request.body);
      return reply.status(201).send(view);
    },
  );
  app.get(
    '/api/household-transitions',
    { schema: { tags, summary: '识别退出与监测事项列表', querystring: transitionListQuery, response: { 200: transitionList, ...errors } } },
    (request) => service.listTransitions(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/household-transitions/export',
    { schema: { tags, summary: '导出识别退出与监测事项（Excel）', querystring: transitionExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportTransitions(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/household-transitions/:id',
    { schema: { tags, summary: '事项详情（审批记录、公示期与办理时限）', params: idParam, response: { 200: transitionView, ...errors } } },
    (request) => service.getTransition(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/household-transitions/:id/actions',
    {
      schema: {
        tags,
        summary: '办理（民主评议、核实、乡镇审核、县级审批、不予批准、退回、重新提交、撤回）',
        params: idParam,
        body: transitionActionBody,
        response: { 200: transitionView, ...errors },
      },
    },
    (request) => actOnTransition(ctxOf(request, deps), request.params.id, request.body),
  );
}
