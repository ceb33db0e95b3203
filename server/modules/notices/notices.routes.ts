import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { noticeBody, noticeDetail, noticeExportQuery, noticeList, noticeListQuery, receiptList, receiptQuery } from '../../../contracts/notices.ts';
import * as service from './notices.service.ts';
import * as receipts from './notices-receipts.service.ts';
import { pushIssuedNotice } from './notices-push.service.ts';
import { exportNotices } from './notices-export.service.ts';

const tags = ['notices 通知'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function noticesRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/notices',
    { schema: { tags, summary: '通知列表：发文方看辖区通知与阅读情况，工作队看下发给本队的通知', querystring: noticeListQuery, response: { 200: noticeList, ...errors } } },
    (request) => service.listNotices(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/notices/export',
    { schema: { tags, summary: '导出通知列表（Excel），含各通知已读、未读工作队数', querystring: noticeExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportNotices(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post(
    '/api/notices',
    { schema: { tags, summary: '起草通知（默认下发到本辖区）', body: noticeBody, response: { 201: noticeDetail, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createNotice(ctxOf(request, deps), request.body)),
  );
  app.get(
    '/api/notices/:id',
    { schema: { tags, summary: '通知详情（工作队成员首次打开即为本队已读）', params: idParam, response: { 200: noticeDetail, ...errors } } },
    (request) => service.getNotice(ctxOf(request, deps), request.params.id),
  );
  app.put(
    '/api/notices/:id',
    { schema: { tags, summary: '修改通知草稿', params: idParam, body: noticeBody, response: { 200: noticeDetail, ...errors } } },
    (request) => service.updateNotice(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete(
    '/api/notices/:id',
    { schema: { tags, summary: '删除通知草稿', params: idParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await service.deleteNotice(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/notices/:id/issue',
    { schema: { tags, summary: '下发通知到区域内全部在驻工作队', params: idParam, response: { 200: noticeDetail, ...errors } } },
    async (request) => {
      const notice = await service.issueNotice(ctxOf(request, deps), request.params.id);
      void pushIssuedNotice(deps.config.noticeWebhookUrl, notice, request.log);
      return notice;
    },
  );
  app.get(
    '/api/notices/:id/receipts',
    { schema: { tags, summary: '阅读回执：各工作队是否已读、何时由谁阅读', params: idParam, querystring: receiptQuery, response: { 200: receiptList, ...errors } } },
    (request) => receipts.listReceipts(ctxOf(request, deps), request.params.id, request.query),
  );
  app.get(
    '/api/notices/:id/receipts/export',
    { schema: { tags, summary: '导出未读名单（Excel）', params: idParam, querystring: receiptQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await receipts.exportReceipts(ctxOf(request, deps), request.params.id, request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
}
