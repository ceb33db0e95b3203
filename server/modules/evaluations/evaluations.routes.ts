import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  adjustmentBody,
  breakdownView,
  cadreParams,
  evaluationDetail,
  evaluationList,
  evaluationListQuery,
  mineList,
  openBody,
  rankingExportQuery,
  rankingQuery,
  rubricBody,
  rubricQuery,
  rubricView,
  scoresBody,
  scoresResult,
} from '../../../contracts/evaluations.ts';
import * as service from './evaluations.service.ts';
import * as scoring from './evaluations-scoring.service.ts';
import { exportRanking } from './evaluations-export.service.ts';

const tags = ['evaluations 季度综合测评'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function evaluationsRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/evaluations/rubric',
    { schema: { tags, summary: '测评细则：本县的，或上级设定的，或系统默认', querystring: rubricQuery, response: { 200: rubricView, ...errors } } },
    (request) => service.getRubric(ctxOf(request, deps), request.query),
  );
  app.put(
    '/api/evaluations/rubric',
    { schema: { tags, summary: '设定本县测评细则（各项分值合计 100）', body: rubricBody, response: { 200: rubricView, ...errors } } },
    (request) => service.saveRubric(ctxOf(request, deps), request.body),
  );
  app.get(
    '/api/evaluations/mine',
    { schema: { tags, summary: '我的测评：已公布季度的本人得分、名次与各项明细', response: { 200: mineList, ...errors } } },
    (request) => scoring.myEvaluations(ctxOf(request, deps)),
  );
  app.get(
    '/api/evaluations',
    { schema: { tags, summary: '季度测评列表', querystring: evaluationListQuery, response: { 200: evaluationList, ...errors } } },
    (request) => service.listEvaluations(ctxOf(request, deps), request.query),
  );
  app.post(
    '/api/evaluations',
    { schema: { tags, summary: '开启一个县的季度测评并按佐证材料计算得分', body: openBody, response: { 201: evaluationDetail, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.openEvaluation(ctxOf(request, deps), request.body)),
  );
  app.get(
    '/api/evaluations/:id',
    { schema: { tags, summary: '测评详情与排名（县、乡镇、工作队、村内名次）', params: idParam, querystring: rankingQuery, response: { 200: evaluationDetail, ...errors } } },
    (request) => service.getEvaluation(ctxOf(request, deps), request.params.id, request.query),
  );
  app.get(
    '/api/evaluations/:id/export',
    { schema: { tags, summary: '导出测评排名与各项得分（Excel）', params: idParam, querystring: rankingExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportRanking(ctxOf(request, deps), request.params.id, request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/evaluations/:id/cadres/:cadreId',
    { schema: { tags, summary: '干部得分明细：各项得分、佐证、调整记录', params: cadreParams, response: { 200: breakdownView, ...errors } } },
    (request) => service.getBreakdown(ctxOf(request, deps), request.params.id, request.params.cadreId),
  );
  app.post(
    '/api/evaluations/:id/recompute',
    { schema: { tags, summary: '按最新佐证重新计算未经调整的计算项', params: idParam, response: { 200: evaluationDetail, ...errors } } },
    (request) => service.recompute(ctxOf(request, deps), request.params.id),
  );
  app.put(
    '/api/evaluations/:id/scores',
    { schema: { tags, summary: '录入乡镇党委评分或县委组织部评分', params: idParam, body: scoresBody, response: { 200: scoresResult, ...errors } } },
    (request) => scoring.saveScores(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/evaluations/:id/adjustments',
    { schema: { tags, summary: '调整一项得分（须写明理由）', params: idParam, body: adjustmentBody, response: { 201: breakdownView, ...errors } } },
    async (request, reply) => reply.status(201).send(await scoring.adjustScore(ctxOf(request, deps), request.params.id, request.body)),
  );
  app.post(
    '/api/evaluations/:id/confirm',
    { schema: { tags, summary: '确认测评结果（各项均已评分）', params: idParam, response: { 200: evaluationDetail, ...errors } } },
    (request) => scoring.confirmEvaluation(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/evaluations/:id/publish',
    { schema: { tags, summary: '公布测评结果，干部可查看本人得分', params: idParam, response: { 200: evaluationDetail, ...errors } } },
    (request) => scoring.publishEvaluation(ctxOf(request, deps), request.params.id),
  );
}
