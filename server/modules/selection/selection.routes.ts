import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  cadreIdParam,
  cadreMatchList,
  cadreTimeline,
  matchQuery,
  nominationActionBody,
  nominationCreateBody,
  nominationExportQuery,
  nominationList,
  nominationListQuery,
  nominationView,
  replaceBody,
  slotCreateBody,
  slotExportQuery,
  slotList,
  slotListQuery,
  slotView,
  villageCodeParam,
  villageMatchList,
} from '../../../contracts/selection.ts';
import * as slots from './selection-slots.service.ts';
import * as nominations from './selection-nominations.service.ts';
import * as matching from './selection-match.service.ts';
import * as exports from './selection-export.service.ts';

const tags = ['selection 选派'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function selectionRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/selection/slots', { schema: { tags, summary: '选派岗位列表', querystring: slotListQuery, response: { 200: slotList, ...errors } } }, (request) =>
    slots.listSlots(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/selection/slots/export',
    { schema: { tags, summary: '导出选派岗位（Excel）', querystring: slotExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportSlots(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/selection/slots/:id', { schema: { tags, summary: '选派岗位详情（含推荐记录）', params: idParam, response: { 200: slotView, ...errors } } }, (request) =>
    slots.getSlot(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/selection/slots', { schema: { tags, summary: '发布选派岗位（向单位要人选）', body: slotCreateBody, response: { 201: slotView, ...errors } } }, async (request, reply) => {
    const view = await slots.createSlot(ctxOf(request, deps), request.body);
    return reply.status(201).send(view);
  });
  app.post('/api/selection/slots/:id/close', { schema: { tags, summary: '关闭选派岗位', params: idParam, response: { 200: slotView, ...errors } } }, (request) =>
    slots.closeSlot(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/selection/slots/:id/nominations',
    { schema: { tags, summary: '单位推荐人选', params: idParam, body: nominationCreateBody, response: { 201: nominationView, ...errors } } },
    async (request, reply) => {
      const view = await nominations.nominate(ctxOf(request, deps), request.params.id, request.body);
      return reply.status(201).send(view);
    },
  );
  app.get(
    '/api/selection/nominations',
    { schema: { tags, summary: '推荐人选列表', querystring: nominationListQuery, response: { 200: nominationList, ...errors } } },
    (request) => nominations.listNominations(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/selection/nominations/export',
    { schema: { tags, summary: '导出推荐人选（Excel）', querystring: nominationExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportNominations(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/selection/nominations/:id',
    { schema: { tags, summary: '推荐人选详情（含审批记录）', params: idParam, response: { 200: nominationView, ...errors } } },
    (request) => nominations.getNomination(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/selection/nominations/:id/actions',
    {
      schema: {
        tags,
        summary: '办理选派环节（审核、退回、撤回、培训、派驻、召回、期满）',
        params: idParam,
        body: nominationActionBody,
        response: { 200: nominationView, ...errors },
      },
    },
    (request) => nominations.actOnNomination(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/selection/nominations/:id/replace',
    { schema: { tags, summary: '召回后重派人选', params: idParam, body: replaceBody, response: { 201: nominationView, ...errors } } },
    async (request, reply) => {
      const view = await nominations.replaceNomination(ctxOf(request, deps), request.params.id, request.body);
      return reply.status(201).send(view);
    },
  );
  app.get(
    '/api/selection/cadres/:cadreId/timeline',
    { schema: { tags, summary: '干部选派经历', params: cadreIdParam, response: { 200: cadreTimeline, ...errors } } },
    (request) => matching.cadreTimeline(ctxOf(request, deps), request.params.cadreId),
  );
  app.get(
    '/api/selection/match/village/:code',
    { schema: { tags, summary: '因村派人：为村庄推荐干部', params: villageCodeParam, querystring: matchQuery, response: { 200: cadreMatchList, ...errors } } },
    (request) => matching.matchCadresForVillage(ctxOf(request, deps), request.params.code, request.query.limit),
  );
  app.get(
    '/api/selection/match/cadre/:id',
    { schema: { tags, summary: '因人定村：为干部推荐村庄', params: idParam, querystring: matchQuery, response: { 200: villageMatchList, ...errors } } },
    (request) => matching.matchVillagesForCadre(ctxOf(request, deps), request.params.id, request.query.limit),
  );
}

