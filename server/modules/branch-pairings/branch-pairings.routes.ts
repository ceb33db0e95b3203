import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  activityBody,
  activityList,
  activityParams,
  activityView,
  branchCandidateList,
  branchCandidateQuery,
  pairingBody,
  pairingDetail,
  pairingEndBody,
  pairingExportQuery,
  pairingList,
  pairingListQuery,
  pairingSummary,
  pairingSummaryQuery,
  pairingUpdateBody,
  redFlagBody,
} from '../../../contracts/branch-pairings.ts';
import * as service from './branch-pairings.service.ts';
import * as work from './branch-pairing-activities.service.ts';
import { exportPairings } from './branch-pairings-export.service.ts';

const tags = ['branch-pairings 结对共建'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function branchPairingRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/branch-pairings',
    { schema: { tags, summary: '结对共建列表', querystring: pairingListQuery, response: { 200: pairingList, ...errors } } },
    (request) => service.listPairings(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/branch-pairings/export',
    { schema: { tags, summary: '导出结对共建列表（Excel）', querystring: pairingExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportPairings(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/branch-pairings/summary',
    {
      schema: { tags, summary: '结对共建汇总：结对数、共建事项按类别、投入金额、红旗党支部各环节', querystring: pairingSummaryQuery, response: { 200: pairingSummary, ...errors } },
    },
    (request) => work.pairingSummary(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/branch-pairings/candidates',
    { schema: { tags, summary: '可结对的党支部：本单位或本辖区的机关党支部，或设在村里的党支部', querystring: branchCandidateQuery, response: { 200: branchCandidateList, ...errors } } },
    (request) => service.branchCandidates(ctxOf(request, deps), request.query),
  );
  app.post(
    '/api/branch-pairings',
    { schema: { tags, summary: '机关党支部与村党支部结对', body: pairingBody, response: { 201: pairingDetail, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createPairing(ctxOf(request, deps), request.body)),
  );
  app.get(
    '/api/branch-pairings/:id',
    { schema: { tags, summary: '结对详情：双方支部与红旗党支部创建进度', params: idParam, response: { 200: pairingDetail, ...errors } } },
    (request) => service.getPairing(ctxOf(request, deps), request.params.id),
  );
  app.put(
    '/api/branch-pairings/:id',
    { schema: { tags, summary: '修改结对开始日期与共建目标', params: idParam, body: pairingUpdateBody, response: { 200: pairingDetail, ...errors } } },
    (request) => service.updatePairing(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/branch-pairings/:id/end',
    { schema: { tags, summary: '结束结对', params: idParam, body: pairingEndBody, response: { 200: pairingDetail, ...errors } } },
    (request) => service.endPairing(ctxOf(request, deps), request.params.id, request.body),
  );
  app.get(
    '/api/branch-pairings/:id/activities',
    { schema: { tags, summary: '共建事项列表', params: idParam, response: { 200: activityList, ...errors } } },
    (request) => work.listActivities(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/branch-pairings/:id/activities',
    { schema: { tags, summary: '登记共建事项', params: idParam, body: activityBody, response: { 201: activityView, ...errors } } },
    async (request, reply) => reply.status(201).send(await work.addActivity(ctxOf(request, deps), request.params.id, request.body)),
  );
  app.delete(
    '/api/branch-pairings/:id/activities/:activityId',
    { schema: { tags, summary: '删除共建事项', params: activityParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await work.deleteActivity(ctxOf(request, deps), request.params.id, request.params.activityId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/branch-pairings/:id/red-flag',
    { schema: { tags, summary: '登记红旗党支部创建的下一环节', params: idParam, body: redFlagBody, response: { 200: pairingDetail, ...errors } } },
    (request) => work.recordRedFlag(ctxOf(request, deps), request.params.id, request.body),
  );
}
