import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { workflowActionBody } from '../../../contracts/workflow.ts';
import {
  serviceRequestBody,
  serviceRequestExportQuery,
  serviceRequestList,
  serviceRequestListQuery,
  serviceRequestView,
} from '../../../contracts/service-requests.ts';
import * as service from './service-requests.service.ts';
import { exportServiceRequests } from './service-requests-export.service.ts';

const tags = ['service-requests 代办服务'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function serviceRequestRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/service-requests',
    { schema: { tags, summary: '代办服务列表', querystring: serviceRequestListQuery, response: { 200: serviceRequestList, ...errors } } },
    (request) => service.listServiceRequests(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/service-requests/export',
    { schema: { tags, summary: '导出代办服务列表（Excel）', querystring: serviceRequestExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportServiceRequests(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/service-requests/:id',
    { schema: { tags, summary: '代办服务详情（含办理记录）', params: idParam, response: { 200: serviceRequestView, ...errors } } },
    (request) => service.getServiceRequest(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/service-requests',
    { schema: { tags, summary: '申请代办服务', body: serviceRequestBody, response: { 201: serviceRequestView, ...errors } } },
    async (request, reply) => {
      const view = await service.requestService(ctxOf(request, deps), request.body);
      return reply.status(201).send(view);
    },
  );
  app.post(
    '/api/service-requests/:id/actions',
    {
      schema: {
        tags,
        summary: '办理操作（受理、开始办理、办结、退回、重新提交、撤回）',
        params: idParam,
        body: workflowActionBody,
        response: { 200: serviceRequestView, ...errors },
      },
    },
    (request) => service.actOnServiceRequest(ctxOf(request, deps), request.params.id, request.body),
  );
}
