import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  contributionBody,
  contributionExportQuery,
  contributionList,
  contributionListQuery,
  contributionParams,
  enterpriseCreateBody,
  enterpriseExportQuery,
  enterpriseList,
  enterpriseListQuery,
  enterpriseSummary,
  enterpriseSummaryQuery,
  enterpriseUpdateBody,
  enterpriseView,
  pairingBody,
  pairingEndBody,
  pairingParams,
  unmaskBody,
  unmaskResponse,
} from '../../../contracts/enterprises.ts';
import * as service from './enterprises.service.ts';
import * as pairings from './pairings.service.ts';
import * as contributions from './contributions.service.ts';
import { exportContributions, exportEnterprises } from './enterprises-export.service.ts';

const tags = ['enterprises 村企连心'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const noContent = { 204: z.null().describe('no content'), ...errors };

export function enterprisesRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/enterprises',
    { schema: { tags, summary: '结对企业名录（按名称、地区、结对村筛选）', querystring: enterpriseListQuery, response: { 200: enterpriseList, ...errors } } },
    (request) => service.listEnterprises(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/enterprises/export',
    { schema: { tags, summary: '导出结对企业名录（Excel）', querystring: enterpriseExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportEnterprises(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/enterprises/summary',
    { schema: { tags, summary: '村企连心汇总（按下级地区：结对企业、结对村、资金物资、消费帮扶、就业）', querystring: enterpriseSummaryQuery, response: { 200: enterpriseSummary, ...errors } } },
    (request) => contributions.enterpriseSummary(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/enterprises/contributions',
    { schema: { tags, summary: '企业帮扶记录（辖区内，按地区、方式、年度筛选）', querystring: contributionListQuery, response: { 200: contributionList, ...errors } } },
    (request) => contributions.listContributions(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/enterprises/contributions/export',
    { schema: { tags, summary: '导出企业帮扶记录（Excel）', querystring: contributionExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportContributions(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post('/api/enterprises', { schema: { tags, summary: '登记结对企业', body: enterpriseCreateBody, response: { 201: enterpriseView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await service.createEnterprise(ctxOf(request, deps), request.body)),
  );
  app.get(
    '/api/enterprises/:id',
    { schema: { tags, summary: '企业详情（结对村、帮扶记录与合计）', params: idParam, response: { 200: enterpriseView, ...errors } } },
    (request) => service.getEnterprise(ctxOf(request, deps), request.params.id),
  );
  app.patch(
    '/api/enterprises/:id',
    { schema: { tags, summary: '修改企业信息（只改提交的字段）', params: idParam, body: enterpriseUpdateBody, response: { 200: enterpriseView, ...errors } } },
    (request) => service.updateEnterprise(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete('/api/enterprises/:id', { schema: { tags, summary: '删除企业（已有帮扶记录的不能删除）', params: idParam, response: noContent } }, async (request, reply) => {
    await service.deleteEnterprise(ctxOf(request, deps), request.params.id);
    return reply.status(204).send(null);
  });
  app.post(
    '/api/enterprises/:id/unmask',
    { schema: { tags, summary: '查看联系人完整电话（需填写原因，留痕）', params: idParam, body: unmaskBody, response: { 200: unmaskResponse, ...errors } } },
    (request) => service.unmaskContactPhone(ctxOf(request, deps), request.params.id, request.body),
  );

  app.post(
    '/api/enterprises/:id/pairings',
    { schema: { tags, summary: '登记企业与本辖区村结对', params: idParam, body: pairingBody, response: { 201: enterpriseView, ...errors } } },
    async (request, reply) => reply.status(201).send(await pairings.addPairing(ctxOf(request, deps), request.params.id, request.body)),
  );
  app.post(
    '/api/enterprises/:id/pairings/:pairingId/end',
    { schema: { tags, summary: '结束结对（填写结束日期，帮扶记录保留）', params: pairingParams, body: pairingEndBody, response: { 200: enterpriseView, ...errors } } },
    (request) => pairings.endPairing(ctxOf(request, deps), request.params.id, request.params.pairingId, request.body),
  );
  app.delete(
    '/api/enterprises/:id/pairings/:pairingId',
    { schema: { tags, summary: '删除误登记的结对（已有帮扶记录的不能删除）', params: pairingParams, response: noContent } },
    async (request, reply) => {
      await pairings.deletePairing(ctxOf(request, deps), request.params.id, request.params.pairingId);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/enterprises/:id/contributions',
    { schema: { tags, summary: '该企业的帮扶记录', params: idParam, querystring: contributionListQuery, response: { 200: contributionList, ...errors } } },
    (request) => contributions.listEnterpriseContributions(ctxOf(request, deps), request.params.id, request.query),
  );
  app.post(
    '/api/enterprises/:id/contributions',
    { schema: { tags, summary: '登记企业帮扶（资金、物资、就业、消费帮扶等）', params: idParam, body: contributionBody, response: { 201: enterpriseView, ...errors } } },
    async (request, reply) => reply.status(201).send(await pairings.addContribution(ctxOf(request, deps), request.params.id, request.body)),
  );
  app.delete(
    '/api/enterprises/:id/contributions/:contributionId',
    { schema: { tags, summary: '删除误登记的帮扶记录', params: contributionParams, response: noContent } },
    async (request, reply) => {
      await pairings.deleteContribution(ctxOf(request, deps), request.params.id, request.params.contributionId);
      return reply.status(204).send(null);
    },
  );
}
