import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody } from '../../../contracts/common.ts';
import { projectStats, projectStatsQuery, projectUnitStats, projectUnitStatsQuery } from '../../../contracts/project-stats.ts';
import { getProjectStats, getProjectUnitStats } from './project-stats.service.ts';
import { exportProjectStats, exportProjectUnitStats } from './project-stats-export.service.ts';

const tags = ['project-stats 项目资金统计'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

export function projectStatsRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/project-stats',
    {
      schema: {
        tags,
        summary: '项目资金统计：项目按状态和类别、资金按来源（计划/下达/拨付）、产出按计量单位、受益、捐赠、企业、顾问、代办和资产收益，下一级地区逐行及合计',
        querystring: projectStatsQuery,
        response: { 200: projectStats, ...errors },
      },
    },
    (request) => getProjectStats(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/project-stats/export',
    { schema: { tags, summary: '导出项目资金统计（Excel，每个分项一张工作表）', querystring: projectStatsQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportProjectStats(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/project-stats/units',
    {
      schema: {
        tags,
        summary: '按帮扶单位统计项目：项目数、涉及村、类别、资金、产出和受益（单位账号只见本单位）',
        querystring: projectUnitStatsQuery,
        response: { 200: projectUnitStats, ...errors },
      },
    },
    (request) => getProjectUnitStats(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/project-stats/units/export',
    { schema: { tags, summary: '导出按帮扶单位的项目统计（Excel）', querystring: projectUnitStatsQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportProjectUnitStats(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
}
