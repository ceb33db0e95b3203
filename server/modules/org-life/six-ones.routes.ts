import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody } from '../../../contracts/common.ts';
import {
  branchReportList,
  branchReportView,
  frequencyList,
  frequencyPutBody,
  partyOrgIdParam,
  partyOrgIdQuery,
  reportIdParam,
  reportQuery,
  sixOnesQuery,
  sixOnesSummary,
  sixOnesView,
} from '../../../contracts/org-life.ts';
import * as service from './six-ones.service.ts';
import { exportReport } from './org-life-export.service.ts';

const tags = ['six-ones 六个一'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function sixOnesRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/six-ones',
    {
      schema: {
        tags,
        summary: '临时党支部“六个一”：带 partyOrgId 为一个支部的六项，不带为辖区内各支部的概况',
        querystring: sixOnesQuery,
        response: { 200: sixOnesView.or(sixOnesSummary), ...errors },
      },
    },
    (request) => {
      const ctx = ctxOf(request, deps);
      return request.query.partyOrgId ? service.getSixOnes(ctx, request.query.partyOrgId, request.query.year) : service.sixOnesSummary(ctx, request.query.year);
    },
  );
  app.get(
    '/api/org-life/frequencies',
    { schema: { tags: ['org-life 组织生活'], summary: '支部组织生活的规定频次', querystring: partyOrgIdQuery, response: { 200: frequencyList, ...errors } } },
    (request) => service.getFrequencies(ctxOf(request, deps), request.query.partyOrgId),
  );
  app.put(
    '/api/org-life/frequencies',
    {
      schema: { tags: ['org-life 组织生活'], summary: '设置支部组织生活的规定频次（未列出的按默认）', querystring: partyOrgIdQuery, body: frequencyPutBody, response: { 200: frequencyList, ...errors } },
    },
    (request) => service.putFrequencies(ctxOf(request, deps), request.query.partyOrgId, request.body),
  );
  app.get(
    '/api/six-ones/:partyOrgId/reports',
    { schema: { tags, summary: '已发出的每周通报和每月报告', params: partyOrgIdParam, response: { 200: branchReportList, ...errors } } },
    (request) => service.listReports(ctxOf(request, deps), request.params.partyOrgId),
  );
  app.get(
    '/api/six-ones/:partyOrgId/reports/preview',
    { schema: { tags, summary: '预览某期的通报或报告（按当前记录生成）', params: partyOrgIdParam, querystring: reportQuery, response: { 200: branchReportView, ...errors } } },
    (request) => service.previewReport(ctxOf(request, deps), request.params.partyOrgId, request.query),
  );
  app.post(
    '/api/six-ones/:partyOrgId/reports',
    { schema: { tags, summary: '发出某期的通报或报告（每期一次，保存当时内容）', params: partyOrgIdParam, body: reportQuery, response: { 201: branchReportView, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.issueReport(ctxOf(request, deps), request.params.partyOrgId, request.body)),
  );
  app.get(
    '/api/six-ones/:partyOrgId/reports/:reportId',
    { schema: { tags, summary: '已发出的通报或报告', params: reportIdParam, response: { 200: branchReportView, ...errors } } },
    (request) => service.getReport(ctxOf(request, deps), request.params.partyOrgId, request.params.reportId),
  );
  app.get(
    '/api/six-ones/:partyOrgId/reports/:reportId/export',
    { schema: { tags, summary: '导出已发出的报告（Excel）', params: reportIdParam, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportReport(ctxOf(request, deps), request.params.partyOrgId, request.params.reportId);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
}
