import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { diaryCreateBody, diaryExportQuery, diaryList, diaryListQuery, diaryUpdateBody, diaryView } from '../../../contracts/diaries.ts';
import * as service from './diaries.service.ts';
import * as exports from './diaries-export.service.ts';

const tags = ['diaries 民情日记'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function diaryRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/diaries', { schema: { tags, summary: '民情日记列表（默认本人）', querystring: diaryListQuery, response: { 200: diaryList, ...errors } } }, (request) =>
    service.listDiaries(ctxOf(request, deps), request.query),
  );
  app.get('/api/diaries/export', { schema: { tags, summary: '导出民情日记（Excel）', querystring: diaryExportQuery, response: { 200: xlsx, ...errors } } }, async (request, reply) => {
    const file = await exports.exportDiaries(ctxOf(request, deps), request.query);
    return sendXlsx(reply, file.fileName, file.body);
  });
  app.get('/api/diaries/:id', { schema: { tags, summary: '民情日记详情', params: idParam, response: { 200: diaryView, ...errors } } }, (request) =>
    service.getDiary(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/diaries', { schema: { tags, summary: '写民情日记（本人，每天一篇）', body: diaryCreateBody, response: { 201: diaryView, ...errors } } }, async (request, reply) => {
    const view = await service.createDiary(ctxOf(request, deps), request.body);
    return reply.status(201).send(view);
  });
  app.put(
    '/api/diaries/:id',
    { schema: { tags, summary: '修改民情日记（本人）', params: idParam, body: diaryUpdateBody, response: { 200: diaryView, ...errors } } },
    (request) => service.updateDiary(ctxOf(request, deps), request.params.id, request.body),
  );
}
