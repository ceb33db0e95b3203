import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { assessmentFormulaBody, assessmentQuery, assessmentView, chainQuery, chainView, statisticsQuery, statisticsView } from '../../../contracts/campaign-analysis.ts';
import { campaignAssessment, updateAssessmentFormula } from './campaign-assessment.service.ts';
import { campaignStatistics } from './campaign-statistics.service.ts';
import { campaignChain } from './campaign-chain.service.ts';
import { exportCampaignAssessment, exportCampaignStatistics } from './campaign-statistics.export.ts';

const tags = ['campaigns 五千行动'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

export function campaignAnalysisRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/campaigns/:id/assessment',
    {
      schema: {
        tags,
        summary: '专项目标考核：各单位逐项目标、完成数、完成率、得分与名次',
        params: idParam,
        querystring: assessmentQuery,
        response: { 200: assessmentView, ...errors },
      },
    },
    (request) => campaignAssessment(ctxOf(request, deps), request.params.id, request.query),
  );
  app.get(
    '/api/campaigns/:id/assessment/export',
    { schema: { tags, summary: '导出专项目标考核（Excel）', params: idParam, querystring: assessmentQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportCampaignAssessment(ctxOf(request, deps), request.params.id, request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.put(
    '/api/campaigns/:id/assessment/formula',
    {
      schema: {
        tags,
        summary: '设置考核办法：各帮扶类型权重、完成率上限（%）与满分',
        params: idParam,
        body: assessmentFormulaBody,
        response: { 200: assessmentView, ...errors },
      },
    },
    (request) => updateAssessmentFormula(ctxOf(request, deps), request.params.id, request.body),
  );
  app.get(
    '/api/campaigns/:id/statistics',
    {
      schema: {
        tags,
        summary: '工作情况统计：合计与按单位、支部、帮扶类型、月份或地区分组（可逐级下钻）',
        params: idParam,
        querystring: statisticsQuery,
        response: { 200: statisticsView, ...errors },
      },
    },
    (request) => campaignStatistics(ctxOf(request, deps), request.params.id, request.query),
  );
  app.get(
    '/api/campaigns/:id/statistics/export',
    { schema: { tags, summary: '导出工作情况统计（Excel）', params: idParam, querystring: statisticsQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportCampaignStatistics(ctxOf(request, deps), request.params.id, request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/campaigns/:id/chain',
    {
      schema: {
        tags,
        summary: '责任链条：单位党组、机关党委、机关支部及党员干部的帮扶情况',
        params: idParam,
        querystring: chainQuery,
        response: { 200: chainView, ...errors },
      },
    },
    (request) => campaignChain(ctxOf(request, deps), request.params.id, request.query.unitId),
  );
}
