import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { errorBody } from '../../../contracts/common.ts';
import { monthlyReport, monthlyReportDownloadQuery, monthlyReportQuery } from '../../../contracts/stats-report.ts';
import { buildMonthlyReport, downloadMonthlyReport } from './stats-report.service.ts';

const tags = ['stats 统计'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };
const file = z.any().describe('application/pdf 或 xlsx');

export function statsReportRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/stats/reports/monthly/preview',
    {
      schema: { tags, summary: '月度报告预览：各部分的数字概述与下一级的分表', querystring: monthlyReportQuery, response: { 200: monthlyReport, ...errors } },
    },
    (request) => buildMonthlyReport(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/stats/reports/monthly',
    {
      schema: { tags, summary: '下载县（市、区）驻村帮扶工作月报（PDF 或 Excel）', querystring: monthlyReportDownloadQuery, response: { 200: file, ...errors } },
    },
    async (request, reply) => {
      const report = await downloadMonthlyReport(ctxOf(request, deps), request.query);
      const ascii = `monthly-report.${request.query.format}`;
      return reply
        .header('content-type', report.contentType)
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(report.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(report.body);
    },
  );
}
