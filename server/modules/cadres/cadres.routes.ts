import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  cadreCreateBody,
  cadreExportQuery,
  cadreImportAccepted,
  cadreImportQuery,
  cadreList,
  cadreListQuery,
  cadreUpdateBody,
  cadreView,
  jobIdParam,
  unmaskBody,
  unmaskResponse,
} from '../../../contracts/cadres.ts';
import * as service from './cadres.service.ts';
import { exportCadres, cadreImportTemplate } from './cadres.export.ts';
import { cadreImportErrorReport, startCadreImport } from './cadres.import.ts';
import { cadreErrors } from './cadres.errors.ts';

const tags = ['cadres 干部'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function cadreRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/cadres', { schema: { tags, summary: '干部列表', querystring: cadreListQuery, response: { 200: cadreList, ...errors } } }, (request) =>
    service.listCadres(ctxOf(request, deps), request.query),
  );
  app.get('/api/cadres/export', { schema: { tags, summary: '导出干部名册（身份证号、手机号脱敏）', querystring: cadreExportQuery, response: { 200: xlsx, ...errors } } }, async (request, reply) => {
    const workbook = await exportCadres(ctxOf(request, deps), request.query);
    return sendXlsx(reply, '干部名册.xlsx', workbook);
  });
  app.get('/api/cadres/import-template', { schema: { tags, summary: '下载干部导入模板', response: { 200: xlsx, ...errors } } }, async (request, reply) => {
    const workbook = await cadreImportTemplate(ctxOf(request, deps));
    return sendXlsx(reply, '干部导入模板.xlsx', workbook);
  });
  app.post(
    '/api/cadres/import',
    { schema: { tags, summary: '导入干部（Excel，后台任务）', consumes: ['multipart/form-data'], querystring: cadreImportQuery, response: { 202: cadreImportAccepted, ...errors } } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const file = request.isMultipart() ? await request.file() : undefined;
      if (!file) throw cadreErrors.CADRE_IMPORT_FILE([{ path: 'file', message: '请选择要导入的 Excel 文件' }]);
      const accepted = await startCadreImport(ctx, { fileName: file.filename, data: await file.toBuffer() }, request.query.mode);
      return reply.status(202).send(accepted);
    },
  );
  app.get(
    '/api/cadres/import/:jobId/errors.xlsx',
    { schema: { tags, summary: '下载导入失败的行（含错误原因）', params: jobIdParam, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const workbook = await cadreImportErrorReport(ctxOf(request, deps), request.params.jobId);
      return sendXlsx(reply, '干部导入错误报告.xlsx', workbook);
    },
  );
  app.get('/api/cadres/:id', { schema: { tags, summary: '干部详情', params: idParam, response: { 200: cadreView, ...errors } } }, (request) =>
    service.getCadre(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/cadres', { schema: { tags, summary: '登记干部', body: cadreCreateBody, response: { 201: cadreView, ...errors } } }, async (request, reply) => {
    const view = await service.createCadre(ctxOf(request, deps), request.body);
    return reply.status(201).send(view);
  });
  app.put('/api/cadres/:id', { schema: { tags, summary: '修改干部信息', params: idParam, body: cadreUpdateBody, response: { 200: cadreView, ...errors } } }, (request) =>
    service.updateCadre(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/cadres/:id/unmask',
    { schema: { tags, summary: '查看完整身份证号或手机号（需填写原因，留痕）', params: idParam, body: unmaskBody, response: { 200: unmaskResponse, ...errors } } },
    (request) => service.unmaskCadreField(ctxOf(request, deps), request.params.id, request.body),
  );
}
