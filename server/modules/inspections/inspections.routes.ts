import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { workflowActionBody } from '../../../contracts/workflow.ts';
import {
  criticismExportQuery,
  criticismList,
  criticismListQuery,
  inspectionCreateBody,
  inspectionExportQuery,
  inspectionList,
  inspectionListQuery,
  inspectionRoster,
  inspectionRosterQuery,
  inspectionView,
  rectificationAnswerBody,
  rectificationExportQuery,
  rectificationList,
  rectificationListQuery,
  rectificationView,
} from '../../../contracts/inspections.ts';
import * as service from './inspections.service.ts';
import * as orders from './rectifications.service.ts';
import * as exports from './inspections-export.service.ts';

const tags = ['inspections 督查整改'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function inspectionRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/inspections', { schema: { tags, summary: '督查记录列表', querystring: inspectionListQuery, response: { 200: inspectionList, ...errors } } }, (request) =>
    service.listInspections(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/inspections/export',
    { schema: { tags, summary: '导出督查记录（Excel）', querystring: inspectionExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportInspections(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/inspections/roster',
    { schema: { tags, summary: '督查范围内在驻队员及当日请假', querystring: inspectionRosterQuery, response: { 200: inspectionRoster, ...errors } } },
    (request) => service.inspectionRoster(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/inspections/criticisms',
    { schema: { tags, summary: '通报批评列表（含每名干部年度次数）', querystring: criticismListQuery, response: { 200: criticismList, ...errors } } },
    (request) => orders.listCriticisms(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/inspections/criticisms/export',
    { schema: { tags, summary: '导出通报批评（Excel）', querystring: criticismExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportCriticisms(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/inspections/:id', { schema: { tags, summary: '督查记录详情', params: idParam, response: { 200: inspectionView, ...errors } } }, (request) =>
    service.getInspection(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/inspections',
    { schema: { tags, summary: '登记督查（无故脱岗自动下达限期整改）', body: inspectionCreateBody, response: { 201: inspectionView, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createInspection(ctxOf(request, deps), request.body)),
  );

  app.get(
    '/api/rectifications',
    { schema: { tags, summary: '限期整改列表', querystring: rectificationListQuery, response: { 200: rectificationList, ...errors } } },
    (request) => orders.listRectifications(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/rectifications/export',
    { schema: { tags, summary: '导出限期整改（Excel）', querystring: rectificationExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportRectifications(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/rectifications/:id', { schema: { tags, summary: '整改详情与流转记录', params: idParam, response: { 200: rectificationView, ...errors } } }, (request) =>
    orders.getRectification(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/rectifications/:id/answer',
    { schema: { tags, summary: '工作队反馈整改情况', params: idParam, body: rectificationAnswerBody, response: { 200: rectificationView, ...errors } } },
    (request) => orders.answerRectification(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/rectifications/:id/actions',
    { schema: { tags, summary: '验收通过或退回重新整改', params: idParam, body: workflowActionBody, response: { 200: rectificationView, ...errors } } },
    (request) => orders.actOnRectification(ctxOf(request, deps), request.params.id, request.body),
  );
}
