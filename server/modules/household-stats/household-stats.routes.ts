import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody } from '../../../contracts/common.ts';
import { householdStats, householdStatsQuery } from '../../../contracts/household-stats.ts';
import { getHouseholdStats } from './household-stats.service.ts';
import { exportHouseholdStats } from './household-stats-export.service.ts';

const tags = ['household-stats 帮扶对象统计'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

export function householdStatsRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/household-stats',
    {
      schema: {
        tags,
        summary: '帮扶对象统计：按状态、致贫原因、监测类型、指标缺口、走访覆盖、诉求和转移就业，下一级地区逐行及合计',
        querystring: householdStatsQuery,
        response: { 200: householdStats, ...errors },
      },
    },
    (request) => getHouseholdStats(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/household-stats/export',
    { schema: { tags, summary: '导出帮扶对象统计（Excel）', querystring: householdStatsQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportHouseholdStats(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
}
