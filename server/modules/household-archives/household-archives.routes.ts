import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { receiveUpload, sendStoredFile } from '../../platform/http/file-transfer.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  archiveFileList,
  archiveFileView,
  handbookView,
  householdFileParams,
  householdLinkParams,
  householdLinkState,
  householdLinkView,
  publicHouseholdView,
  publicTokenParam,
} from '../../../contracts/household-archives.ts';
import * as archive from './household-archives.service.ts';
import * as links from './household-links.service.ts';
import * as handbook from './household-handbook.service.ts';
import { archiveErrors } from './household-archives.errors.ts';

const tags = ['household-archives 户档案、一户一码与明白卡'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function householdArchiveRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/households/:id/files',
    { schema: { tags, summary: '户档案文件列表（类别、大小、上传人、日期）', params: idParam, response: { 200: archiveFileList, ...errors } } },
    (request) => archive.listArchive(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/households/:id/files',
    {
      schema: {
        tags,
        summary: '上传档案文件（multipart：先 category 类别，再 file 文件；PDF、Word、Excel、JPG、PNG、TXT）',
        consumes: ['multipart/form-data'],
        params: idParam,
        response: { 201: archiveFileView, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      await archive.checkUploadable(ctx, request.params.id);
      const file = await receiveUpload(request, deps.config.uploadMaxBytes, () => archiveErrors.ARCHIVE_FILE_MISSING([{ path: 'file', message: '请选择要上传的文件' }]));
      const view = await archive.uploadArchiveFile(ctx, request.params.id, { category: file.field('category'), fileName: file.fileName, content: file.content });
      return reply.status(201).send(view);
    },
  );
  app.get(
    '/api/households/:id/files/:fileId',
    { schema: { tags, summary: '下载档案文件', params: householdFileParams, response: { 200: z.any().describe('file'), ...errors } } },
    async (request, reply) => {
      const file = await archive.downloadArchiveFile(ctxOf(request, deps), request.params.id, request.params.fileId);
      return sendStoredFile(reply, file);
    },
  );
  app.delete(
    '/api/households/:id/files/:fileId',
    { schema: { tags, summary: '删除档案文件', params: householdFileParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await archive.removeArchiveFile(ctxOf(request, deps), request.params.id, request.params.fileId);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/households/:id/links',
    { schema: { tags, summary: '一户一码：当前二维码链接及历史', params: idParam, response: { 200: householdLinkState, ...errors } } },
    (request) => links.linkState(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/households/:id/links',
    { schema: { tags, summary: '生成二维码链接（原有链接同时撤销）', params: idParam, response: { 201: householdLinkView, ...errors } } },
    async (request, reply) => {
      const view = await links.createLink(ctxOf(request, deps), request.params.id);
      return reply.status(201).send(view);
    },
  );
  app.post(
    '/api/households/:id/links/:linkId/revoke',
    { schema: { tags, summary: '撤销二维码链接', params: householdLinkParams, response: { 200: householdLinkView, ...errors } } },
    (request) => links.revokeLink(ctxOf(request, deps), request.params.id, request.params.linkId),
  );
  app.get(
    '/api/public/households/:token',
    {
      schema: {
        tags,
        summary: '扫码公开页（无需登录）：村、户主姓氏、状态、帮扶责任人、今年和去年的帮扶措施',
        params: publicTokenParam,
        response: { 200: publicHouseholdView, 404: errorBody, 429: errorBody },
      },
      config: { rateLimit: { max: deps.config.login.ratePerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const view = await links.publicHousehold(deps, request.params.token);
      // A card's page may change at any time (revoked, new measures): no cache keeps it, no search engine lists it.
      return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex').send(view);
    },
  );
  app.get(
    '/api/households/:id/handbook',
    { schema: { tags, summary: '扶贫手册（明白卡）打印内容', params: idParam, response: { 200: handbookView, ...errors } } },
    (request) => handbook.householdHandbook(ctxOf(request, deps), request.params.id),
  );
}
