import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { receiveUpload, sendStoredFile } from '../../platform/http/file-transfer.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  coverageHouseholdList,
  coverageHouseholdsQuery,
  coverageQuery,
  coverageReport,
  visitCreateBody,
  visitExportQuery,
  visitList,
  visitListQuery,
  visitPhotoParams,
  visitPhotoView,
  visitUpdateBody,
  visitView,
} from '../../../contracts/visits.ts';
import * as service from './visits.service.ts';
import * as photos from './visits-photos.service.ts';
import * as coverage from './visits-coverage.service.ts';
import * as exports from './visits-export.service.ts';
import { visitErrors } from './visits.errors.ts';

const tags = ['visits 入户走访'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function visitRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/visits', { schema: { tags, summary: '入户走访列表', querystring: visitListQuery, response: { 200: visitList, ...errors } } }, (request) =>
    service.listVisits(ctxOf(request, deps), request.query),
  );
  app.get('/api/visits/export', { schema: { tags, summary: '导出入户走访（Excel）', querystring: visitExportQuery, response: { 200: xlsx, ...errors } } }, async (request, reply) => {
    const file = await exports.exportVisits(ctxOf(request, deps), request.query);
    return sendXlsx(reply, file.fileName, file.body);
  });
  app.get(
    '/api/visits/coverage',
    { schema: { tags, summary: '季度走访覆盖率（按村）', querystring: coverageQuery, response: { 200: coverageReport, ...errors } } },
    (request) => coverage.coverage(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/visits/coverage/households',
    { schema: { tags, summary: '季度走访覆盖（按户，未走访在前）', querystring: coverageHouseholdsQuery, response: { 200: coverageHouseholdList, ...errors } } },
    (request) => coverage.coverageHouseholds(ctxOf(request, deps), request.query),
  );
  app.get('/api/visits/:id', { schema: { tags, summary: '走访记录详情', params: idParam, response: { 200: visitView, ...errors } } }, (request) =>
    service.getVisit(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/visits', { schema: { tags, summary: '记录入户走访', body: visitCreateBody, response: { 201: visitView, ...errors } } }, async (request, reply) => {
    const view = await service.createVisit(ctxOf(request, deps), request.body);
    return reply.status(201).send(view);
  });
  app.put(
    '/api/visits/:id',
    { schema: { tags, summary: '修改走访记录（记录人或村工作队队长）', params: idParam, body: visitUpdateBody, response: { 200: visitView, ...errors } } },
    (request) => service.updateVisit(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete('/api/visits/:id', { schema: { tags, summary: '删除走访记录', params: idParam, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await service.deleteVisit(ctxOf(request, deps), request.params.id);
    return reply.status(204).send(null);
  });
  app.post(
    '/api/visits/:id/photos',
    { schema: { tags, summary: '上传走访照片（可选，JPG 或 PNG）', consumes: ['multipart/form-data'], params: idParam, response: { 201: visitPhotoView, ...errors } } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      await photos.checkPhotoTarget(ctx, request.params.id);
      const file = await receiveUpload(request, deps.config.uploadMaxBytes, () => visitErrors.VISIT_PHOTO_MISSING([{ path: 'file', message: '请选择要上传的照片' }]));
      const view = await photos.uploadPhoto(ctx, request.params.id, { fileName: file.fileName, content: file.content });
      return reply.status(201).send(view);
    },
  );
  app.get(
    '/api/visits/:id/photos/:fileId',
    { schema: { tags, summary: '下载走访照片', params: visitPhotoParams, response: { 200: z.any().describe('file'), ...errors } } },
    async (request, reply) => {
      const file = await photos.downloadPhoto(ctxOf(request, deps), request.params.id, request.params.fileId);
      return sendStoredFile(reply, file);
    },
  );
  app.delete(
    '/api/visits/:id/photos/:fileId',
    { schema: { tags, summary: '删除走访照片', params: visitPhotoParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await photos.deletePhoto(ctxOf(request, deps), request.params.id, request.params.fileId);
      return reply.status(204).send(null);
    },
  );
}
