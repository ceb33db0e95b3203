import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody } from '../../../contracts/common.ts';
import { checkCodeParam, checkFindings, checkFindingsExportQuery, checkFindingsQuery, checksOverview, checksQuery } from '../../../contracts/checks.ts';
import { getCheckFindings, getChecksOverview } from './checks.service.ts';
import { exportCheckFindings } from './checks-export.service.ts';

const tags = ['checks 逻辑审核'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

export function checkRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/checks',
    { schema: { tags, summary: '运行全部逻辑审核：每项的问题数，按下一级地区分列', querystring: checksQuery, response: { 200: checksOverview, ...errors } } },
    (request) => getChecksOverview(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/checks/:code',
    {
      schema: {
        tags,
        summary: '某项逻辑审核发现的问题户（分页）',
        params: checkCodeParam,
        querystring: checkFindingsQuery,
        response: { 200: checkFindings, ...errors },
      },
    },
    (request) => getCheckFindings(ctxOf(request, deps), request.params.code, request.query),
  );
  app.get(
    '/api/checks/:code/export',
    { schema: { tags, summary: '导出某项逻辑审核的问题户（Excel）', params: checkCodeParam, querystring: checkFindingsExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportCheckFindings(ctxOf(request, deps), request.params.code, request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
}
