import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { receiveUpload, sendStoredFile } from '../../platform/http/file-transfer.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  branchMembers,
  branchMembersQuery,
  orgLifeBody,
  orgLifeExportQuery,
  orgLifeList,
  orgLifeListQuery,
  orgLifePhotoParams,
  orgLifePhotoView,
  orgLifePutBody,
  orgLifeView,
  partyOrgIdParam,
} from '../../../contracts/org-life.ts';
import * as service from './org-life.service.ts';
import { exportRecords } from './org-life-export.service.ts';
import * as photos from './org-life-photos.service.ts';
import { orgLifeErrors } from './org-life.errors.ts';

const tags = ['org-life 组织生活'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function orgLifeRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/org-life',
    { schema: { tags, summary: '组织生活记录列表', querystring: orgLifeListQuery, response: { 200: orgLifeList, ...errors } } },
    (request) => service.listRecords(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/org-life/export',
    { schema: { tags, summary: '导出组织生活记录（Excel）', querystring: orgLifeExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportRecords(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/org-life/members/:partyOrgId',
    { schema: { tags, summary: '支部某日的党员（选择参加和缺席人员用）', params: partyOrgIdParam, querystring: branchMembersQuery, response: { 200: branchMembers, ...errors } } },
    (request) => service.branchMembers(ctxOf(request, deps), request.params.partyOrgId, request.query.on),
  );
  app.get('/api/org-life/:id', { schema: { tags, summary: '组织生活记录详情', params: idParam, response: { 200: orgLifeView, ...errors } } }, (request) =>
    service.getRecord(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/org-life',
    { schema: { tags, summary: '记录一次组织生活（支部书记、支委或党组织管理部门）', body: orgLifeBody, response: { 201: orgLifeView, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createRecord(ctxOf(request, deps), request.body)),
  );
  app.put(
    '/api/org-life/:id',
    { schema: { tags, summary: '修改组织生活记录', params: idParam, body: orgLifePutBody, response: { 200: orgLifeView, ...errors } } },
    (request) => service.updateRecord(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete(
    '/api/org-life/:id',
    { schema: { tags, summary: '删除组织生活记录', params: idParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await service.deleteRecord(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/org-life/:id/photos',
    { schema: { tags, summary: '上传活动照片（可选，JPG 或 PNG）', consumes: ['multipart/form-data'], params: idParam, response: { 201: orgLifePhotoView, ...errors } } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      await photos.checkPhotoTarget(ctx, request.params.id);
      const file = await receiveUpload(request, deps.config.uploadMaxBytes, () => orgLifeErrors.PHOTO_MISSING([{ path: 'file', message: '请选择要上传的照片' }]));
      return reply.status(201).send(await photos.uploadPhoto(ctx, request.params.id, { fileName: file.fileName, content: file.content }));
    },
  );
  app.get(
    '/api/org-life/:id/photos/:fileId',
    { schema: { tags, summary: '下载活动照片', params: orgLifePhotoParams, response: { 200: z.any().describe('file'), ...errors } } },
    async (request, reply) => sendStoredFile(reply, await photos.downloadPhoto(ctxOf(request, deps), request.params.id, request.params.fileId)),
  );
  app.delete(
    '/api/org-life/:id/photos/:fileId',
    { schema: { tags, summary: '删除活动照片', params: orgLifePhotoParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await photos.deletePhoto(ctxOf(request, deps), request.params.id, request.params.fileId);
      return reply.status(204).send(null);
    },
  );
}
