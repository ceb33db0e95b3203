import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  attendanceAddBody,
  attendanceParams,
  attendancePatch,
  cadreParam,
  cadreTrainingView,
  materialExportQuery,
  materialIssueBody,
  materialIssueResult,
  materialList,
  materialListQuery,
  materialSummary,
  materialSummaryQuery,
  trainingExportQuery,
  trainingList,
  trainingListQuery,
  trainingSessionBody,
  trainingView,
} from '../../../contracts/trainings.ts';
import * as service from './trainings.service.ts';
import * as materials from './materials.service.ts';
import * as exports from './trainings-export.service.ts';

const tags = ['trainings 培训与物资发放'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

function materialRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/trainings/materials',
    { schema: { tags, summary: '物资发放台账（含各类合计）', querystring: materialListQuery, response: { 200: materialList, ...errors } } },
    (request) => materials.listMaterials(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/trainings/materials/summary',
    { schema: { tags, summary: '地区物资发放合计', querystring: materialSummaryQuery, response: { 200: materialSummary, ...errors } } },
    (request) => materials.materialSummary(ctxOf(request, deps), request.query.divisionCode),
  );
  app.get(
    '/api/trainings/materials/export',
    { schema: { tags, summary: '导出物资发放台账（Excel）', querystring: materialExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportMaterials(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post(
    '/api/trainings/materials',
    { schema: { tags, summary: '向工作队发放提醒牌、提醒卡、民情日记或工作手册', body: materialIssueBody, response: { 201: materialIssueResult, ...errors } } },
    async (request, reply) => reply.status(201).send(await materials.issueMaterials(ctxOf(request, deps), request.body)),
  );
}

export function trainingRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/trainings', { schema: { tags, summary: '培训列表', querystring: trainingListQuery, response: { 200: trainingList, ...errors } } }, (request) =>
    service.listSessions(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/trainings/export',
    { schema: { tags, summary: '导出培训台账（Excel）', querystring: trainingExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportSessions(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/trainings/cadres/:cadreId',
    { schema: { tags, summary: '干部参训记录与学时', params: cadreParam, response: { 200: cadreTrainingView, ...errors } } },
    (request) => service.cadreTraining(ctxOf(request, deps), request.params.cadreId),
  );
  materialRoutes(app, deps);
  app.get('/api/trainings/:id', { schema: { tags, summary: '培训详情（含参训名单）', params: idParam, response: { 200: trainingView, ...errors } } }, (request) =>
    service.getSession(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/trainings', { schema: { tags, summary: '登记培训', body: trainingSessionBody, response: { 201: trainingView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await service.createSession(ctxOf(request, deps), request.body)),
  );
  app.put(
    '/api/trainings/:id',
    { schema: { tags, summary: '修改培训', params: idParam, body: trainingSessionBody, response: { 200: trainingView, ...errors } } },
    (request) => service.updateSession(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/trainings/:id/attendance',
    { schema: { tags, summary: '添加参训干部', params: idParam, body: attendanceAddBody, response: { 200: trainingView, ...errors } } },
    (request) => service.addAttendees(ctxOf(request, deps), request.params.id, request.body),
  );
  app.patch(
    '/api/trainings/:id/attendance/:cadreId',
    { schema: { tags, summary: '登记到课情况', params: attendanceParams, body: attendancePatch, response: { 200: trainingView, ...errors } } },
    (request) => service.changeAttendance(ctxOf(request, deps), request.params.id, request.params.cadreId, request.body),
  );
  app.delete(
    '/api/trainings/:id/attendance/:cadreId',
    { schema: { tags, summary: '移出参训名单', params: attendanceParams, response: { 200: trainingView, ...errors } } },
    (request) => service.removeAttendee(ctxOf(request, deps), request.params.id, request.params.cadreId),
  );
}
