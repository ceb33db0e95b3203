import type { FastifyRequest } from 'fastify';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, pageQuery } from '../../../contracts/common.ts';
import { importAccepted, importJobList, importJobParam, importJobView, importPreview } from '../../../contracts/household-imports.ts';
import * as service from './household-imports.service.ts';
import { importErrors } from './household-imports.errors.ts';

const tags = ['imports 帮扶对象导入'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/**
 * A county ledger of 35,000 households (122,500 person rows, the template's 38 columns) is
 * 20 MB as .xlsx (bench/household-import.ts); the limit leaves room for wider ledgers and
 * larger counties without letting an upload grow without bound.
 */
export const IMPORT_MAX_MB = 60;

type Upload = { file: service.UploadedFile | null; fields: Record<string, string> };

/** The file and the text fields of a multipart form, in whatever order the client sent them. */
async function readUpload(request: FastifyRequest): Promise<Upload> {
  const upload: Upload = { file: null, fields: {} };
  if (!request.isMultipart()) return upload;
  for await (const part of request.parts({ limits: { fileSize: IMPORT_MAX_MB * 1024 * 1024, files: 1, fields: 10, fieldSize: 64 * 1024 } })) {
    if (part.type === 'file') {
      const data = await part.toBuffer().catch((error: { code?: string }) => {
        throw error.code === 'FST_REQ_FILE_TOO_LARGE' ? importErrors.IMPORT_FILE_TOO_LARGE([{ path: 'file', message: `文件不能超过 ${IMPORT_MAX_MB} MB` }], { mb: IMPORT_MAX_MB }) : error;
      });
      upload.file = { fileName: part.filename, data };
    } else if (typeof part.value === 'string') {
      upload.fields[part.fieldname] = part.value;
    }
  }
  return upload;
}

function requireFile(upload: Upload): service.UploadedFile {
  if (!upload.file) throw importErrors.IMPORT_FILE([{ path: 'file', message: '请选择要导入的 Excel 文件' }]);
  return upload.file;
}

export function importRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/imports/template', { schema: { tags, summary: '下载帮扶对象导入模板（一人一行）', response: { 200: xlsx, ...errors } } }, async (request, reply) => {
    const workbook = await service.importTemplate(ctxOf(request, deps));
    return sendXlsx(reply, '帮扶对象导入模板.xlsx', workbook);
  });
  app.post(
    '/api/imports/preview',
    { schema: { tags, summary: '上传台账，识别表头并建议各列对应的字段', consumes: ['multipart/form-data'], response: { 200: importPreview, ...errors } } },
    async (request) => {
      const ctx = ctxOf(request, deps);
      service.requireImporter(ctx);
      return service.previewImport(ctx, requireFile(await readUpload(request)));
    },
  );
  app.post(
    '/api/imports',
    {
      schema: {
        tags,
        summary: '导入帮扶对象（Excel，后台任务）；表单字段 file、mapping（JSON）、mode（all 全部成功才导入 | valid 只导入无误的户）',
        consumes: ['multipart/form-data'],
        response: { 202: importAccepted, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      service.requireImporter(ctx);
      const upload = await readUpload(request);
      const accepted = await service.startImport(ctx, requireFile(upload), { mapping: upload.fields.mapping, mode: upload.fields.mode });
      return reply.status(202).send(accepted);
    },
  );
  app.get('/api/imports', { schema: { tags, summary: '我的导入记录', querystring: pageQuery, response: { 200: importJobList, ...errors } } }, (request) =>
    service.listImports(ctxOf(request, deps), request.query),
  );
  app.get('/api/imports/:jobId', { schema: { tags, summary: '导入进度与结果', params: importJobParam, response: { 200: importJobView, ...errors } } }, (request) =>
    service.getImport(ctxOf(request, deps), request.params.jobId),
  );
  app.get(
    '/api/imports/:jobId/errors',
    { schema: { tags, summary: '下载未导入的行（含错误原因）', params: importJobParam, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const workbook = await service.importErrorReport(ctxOf(request, deps), request.params.jobId);
      return sendXlsx(reply, '帮扶对象导入错误报告.xlsx', workbook);
    },
  );
}
