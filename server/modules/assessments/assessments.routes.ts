import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  assessmentBody,
  assessmentDetail,
  assessmentList,
  assessmentListQuery,
  gradeBody,
  gradeFilterQuery,
  gradeParams,
  gradeView,
  myGradeList,
} from '../../../contracts/assessments.ts';
import * as service from './assessments.service.ts';
import { exportAssessment } from './assessments-export.service.ts';

const tags = ['assessments 年度考核'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const cadreIdParam = z.object({ cadreId: z.uuid({ message: '编号格式不正确' }) });
const exportQuery = gradeFilterQuery.omit({ page: true, pageSize: true });

export function assessmentsRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/assessments',
    { schema: { tags, summary: '年度考核列表', querystring: assessmentListQuery, response: { 200: assessmentList, ...errors } } },
    (request) => service.listAssessments(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/assessments/mine',
    { schema: { tags, summary: '本人已确定的年度考核等次', response: { 200: myGradeList, ...errors } } },
    (request) => service.myGrades(ctxOf(request, deps)),
  );
  app.get(
    '/api/assessments/cadres/:cadreId',
    { schema: { tags, summary: '干部历年已确定的年度考核等次（干部档案）', params: cadreIdParam, response: { 200: myGradeList, ...errors } } },
    (request) => service.cadreGrades(ctxOf(request, deps), request.params.cadreId),
  );
  app.post(
    '/api/assessments',
    { schema: { tags, summary: '生成县年度考核：按四个季度测评、承诺兑现和通报批评提出建议等次', body: assessmentBody, response: { 201: assessmentDetail, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createAssessment(ctxOf(request, deps), request.body)),
  );
  app.get(
    '/api/assessments/:id',
    { schema: { tags, summary: '年度考核详情：等次表与各类别优秀名额使用情况', params: idParam, querystring: gradeFilterQuery, response: { 200: assessmentDetail, ...errors } } },
    (request) => service.getAssessment(ctxOf(request, deps), request.params.id, request.query),
  );
  app.put(
    '/api/assessments/:id/grades/:gradeId',
    { schema: { tags, summary: '调整等次（须填写理由，受优秀名额和工作队等次限制）', params: gradeParams, body: gradeBody, response: { 200: gradeView, ...errors } } },
    (request) => service.changeGrade(ctxOf(request, deps), request.params.id, request.params.gradeId, request.body),
  );
  app.post(
    '/api/assessments/:id/confirm',
    { schema: { tags, summary: '确定年度考核结果', params: idParam, response: { 200: assessmentDetail, ...errors } } },
    (request) => service.confirmAssessment(ctxOf(request, deps), request.params.id),
  );
  app.get(
    '/api/assessments/:id/export',
    { schema: { tags, summary: '导出年度考核等次表（Excel）', params: idParam, querystring: exportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportAssessment(ctxOf(request, deps), request.params.id, request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
}
