import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  letterBody,
  letterExportQuery,
  letterList,
  letterListQuery,
  letterPerformance,
  letterPerformanceQuery,
  letterReportBody,
  letterReturnBody,
  letterTaskParams,
  letterUnitOptions,
  letterUnitQuery,
  letterView,
} from '../../../contracts/responsibility-letters.ts';
import * as letters from './responsibility-letters.service.ts';
import * as tasks from './responsibility-tasks.service.ts';
import { letterPerformance as performance } from './responsibility-letters-performance.service.ts';
import { exportLetterPerformance, exportLetters } from './responsibility-letters-export.service.ts';

const tags = ['responsibility-letters 责任状'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const noContent = { 204: z.null().describe('no content'), ...errors };

export function responsibilityLettersRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/responsibility-letters',
    { schema: { tags, summary: '责任状列表', querystring: letterListQuery, response: { 200: letterList, ...errors } } },
    (request) => letters.listLetters(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/responsibility-letters/export',
    { schema: { tags, summary: '导出责任状列表（Excel）', querystring: letterExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportLetters(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/responsibility-letters/performance',
    { schema: { tags, summary: '牵头后盾单位责任状完成情况（按单位）', querystring: letterPerformanceQuery, response: { 200: letterPerformance, ...errors } } },
    (request) => performance(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/responsibility-letters/performance/export',
    { schema: { tags, summary: '导出责任状完成情况（Excel）', querystring: letterPerformanceQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportLetterPerformance(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/responsibility-letters/units',
    { schema: { tags, summary: '可签订责任状的单位（含其帮扶的村）', querystring: letterUnitQuery, response: { 200: letterUnitOptions, ...errors } } },
    (request) => letters.letterUnitOptions(ctxOf(request, deps), request.query.q),
  );
  app.get(
    '/api/responsibility-letters/:id',
    { schema: { tags, summary: '责任状详情（含任务及完成情况）', params: idParam, response: { 200: letterView, ...errors } } },
    (request) => letters.getLetter(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/responsibility-letters',
    { schema: { tags, summary: '签订责任状（含任务）', body: letterBody, response: { 201: letterView, ...errors } } },
    async (request, reply) => {
      const view = await letters.createLetter(ctxOf(request, deps), request.body);
      return reply.status(201).send(view);
    },
  );
  app.patch(
    '/api/responsibility-letters/:id',
    { schema: { tags, summary: '修改责任状（尚无任务确认完成时）', params: idParam, body: letterBody, response: { 200: letterView, ...errors } } },
    (request) => letters.updateLetter(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete(
    '/api/responsibility-letters/:id',
    { schema: { tags, summary: '删除责任状（任务均未完成时）', params: idParam, response: noContent } },
    async (request, reply) => {
      await letters.deleteLetter(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/responsibility-letters/:id/tasks/:taskId/report',
    { schema: { tags, summary: '单位报告任务完成', params: letterTaskParams, body: letterReportBody, response: { 200: letterView, ...errors } } },
    (request) => tasks.reportTask(ctxOf(request, deps), request.params.id, request.params.taskId, request.body),
  );
  app.post(
    '/api/responsibility-letters/:id/tasks/:taskId/confirm',
    { schema: { tags, summary: '确认任务完成', params: letterTaskParams, response: { 200: letterView, ...errors } } },
    (request) => tasks.confirmTask(ctxOf(request, deps), request.params.id, request.params.taskId),
  );
  app.post(
    '/api/responsibility-letters/:id/tasks/:taskId/return',
    { schema: { tags, summary: '退回任务（须填写原因）', params: letterTaskParams, body: letterReturnBody, response: { 200: letterView, ...errors } } },
    (request) => tasks.returnTask(ctxOf(request, deps), request.params.id, request.params.taskId, request.body),
  );
}
