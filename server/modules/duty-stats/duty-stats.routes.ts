import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody } from '../../../contracts/common.ts';
import { dutyStats, dutyStatsQuery } from '../../../contracts/duty-stats.ts';
import { getDutyStats } from './duty-stats.service.ts';
import { exportDutyStats } from './duty-stats-export.service.ts';

const tags = ['duty-stats 在岗统计'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

export function dutyStatsRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/duty-stats',
    { schema: { tags, summary: '在岗统计：下一级地区逐行及合计', querystring: dutyStatsQuery, response: { 200: dutyStats, ...errors } } },
    (request) => getDutyStats(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/duty-stats/export',
    { schema: { tags, summary: '导出在岗统计（Excel）', querystring: dutyStatsQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportDutyStats(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
}
