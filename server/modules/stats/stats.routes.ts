import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody } from '../../../contracts/common.ts';
import { statsQuery, statsRefreshAccepted, statsView } from '../../../contracts/stats.ts';
import { statsReportRoutes } from './stats-report.routes.ts';
import * as service from './stats.service.ts';
import { exportStats } from './stats-export.service.ts';

const tags = ['stats 统计分析'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

export function statsRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/stats',
    {
      schema: {
        tags,
        summary: '统计看板：本级各项指标、下一级各地区指标与近 12 个月趋势（读取汇总表）',
        querystring: statsQuery,
        response: { 200: statsView, ...errors },
      },
    },
    (request) => service.getStats(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/stats/export',
    { schema: { tags, summary: '导出统计数据（Excel：本级汇总、下级明细）', querystring: statsQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportStats(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post(
    '/api/stats/refresh',
    { schema: { tags, summary: '立即重新汇总统计数据（后台任务，进度见 /api/jobs/:id）', response: { 202: statsRefreshAccepted, ...errors } } },
    async (request, reply) => reply.status(202).send(await service.requestRefresh(ctxOf(request, deps))),
  );
  statsReportRoutes(app, deps);
}
