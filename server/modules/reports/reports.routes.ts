import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { receiveUpload, sendStoredFile } from '../../platform/http/file-transfer.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  attachmentParams,
  attachmentView,
  reportCreateBody,
  reportExportQuery,
  reportList,
  reportListQuery,
  reportStatusExportQuery,
  reportStatusList,
  reportStatusQuery,
  reportUpdateBody,
  reportView,
  reportRules,
} from '../../../contracts/reports.ts';
import * as service from './reports.service.ts';
import * as files from './reports-files.service.ts';
import * as status from './reports-status.service.ts';
import * as exports from './reports-export.service.ts';
import { reportErrors } from './reports.errors.ts';

const tags = ['reports 工作报告'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function reportRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/reports', { schema: { tags, summary: '工作报告列表（月报、工作小结、信息简报）', querystring: reportListQuery, response: { 200: reportList, ...errors } } }, (request) =>
    service.listReports(ctxOf(request, deps), request.query),
  );
  app.get('/api/reports/export', { schema: { tags, summary: '导出工作报告列表（Excel）', querystring: reportExportQuery, response: { 200: xlsx, ...errors } } }, async (request, reply) => {
    const file = await exports.exportReports(ctxOf(request, deps), request.query);
    return sendXlsx(reply, file.fileName, file.body);
  });
  app.get(
    '/api/reports/status',
    { schema: { tags, summary: '各工作队某月报送情况（按时、逾期、未报）', querystring: reportStatusQuery, response: { 200: reportStatusList, ...errors } } },
    (request) => status.reportStatus(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/reports/status/export',
    { schema: { tags, summary: '导出报送情况（Excel）', querystring: reportStatusExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportReportStatus(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/reports/rules', { schema: { tags, summary: '报送规则（附件类型与大小、应报日）', response: { 200: reportRules, ...errors } } }, async (request) =>
    files.reportRulesOf(ctxOf(request, deps)),
  );
  app.get('/api/reports/:id', { schema: { tags, summary: '工作报告详情', params: idParam, response: { 200: reportView, ...errors } } }, (request) =>
    service.getReport(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/reports', { schema: { tags, summary: '报送工作报告', body: reportCreateBody, response: { 201: reportView, ...errors } } }, async (request, reply) => {
    const view = await service.createReport(ctxOf(request, deps), request.body);
    return reply.status(201).send(view);
  });
  app.put(
    '/api/reports/:id',
    { schema: { tags, summary: '修改工作报告（乡镇已阅前）', params: idParam, body: reportUpdateBody, response: { 200: reportView, ...errors } } },
    (request) => service.updateReport(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post('/api/reports/:id/read', { schema: { tags, summary: '标记已阅', params: idParam, response: { 200: reportView, ...errors } } }, (request) =>
    service.markReportRead(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/reports/:id/attachments',
    { schema: { tags, summary: '上传附件（PDF、Word、Excel、JPG、PNG、TXT）', consumes: ['multipart/form-data'], params: idParam, response: { 201: attachmentView, ...errors } } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      await files.checkAttachable(ctx, request.params.id);
      const file = await receiveUpload(request, deps.config.uploadMaxBytes, () => reportErrors.REPORT_FILE_MISSING([{ path: 'file', message: '请选择要上传的文件' }]));
      const view = await files.uploadAttachment(ctx, request.params.id, { fileName: file.fileName, content: file.content });
      return reply.status(201).send(view);
    },
  );
  app.get(
    '/api/reports/:id/attachments/:fileId',
    { schema: { tags, summary: '下载附件', params: attachmentParams, response: { 200: z.any().describe('file'), ...errors } } },
    async (request, reply) => {
      const file = await files.downloadAttachment(ctxOf(request, deps), request.params.id, request.params.fileId);
      return sendStoredFile(reply, file);
    },
  );
  app.delete(
    '/api/reports/:id/attachments/:fileId',
    { schema: { tags, summary: '删除附件（乡镇已阅前）', params: attachmentParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await files.deleteAttachment(ctxOf(request, deps), request.params.id, request.params.fileId);
      return reply.status(204).send(null);
    },
  );
}
