import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  cooperativeBody,
  cooperativeExportQuery,
  cooperativeList,
  cooperativeListQuery,
  cooperativePatch,
  cooperativeView,
  coreFarmerBody,
  coreFarmerExportQuery,
  coreFarmerList,
  coreFarmerListQuery,
  coreFarmerPatch,
  coreFarmerView,
  demoBaseBody,
  demoBaseExportQuery,
  demoBaseList,
  demoBaseListQuery,
  demoBasePatch,
  demoBaseView,
  demoHouseholdBody,
  demoHouseholdExportQuery,
  demoHouseholdList,
  demoHouseholdListQuery,
  demoHouseholdPatch,
  demoHouseholdView,
  industrySummary,
  industrySummaryQuery,
  pioneerPostBody,
  pioneerPostExportQuery,
  pioneerPostList,
  pioneerPostListQuery,
  pioneerPostPatch,
  pioneerPostView,
} from '../../../contracts/industry.ts';
import * as records from './industry.service.ts';
import * as people from './industry-people.service.ts';
import * as exports from './industry-export.service.ts';
import * as summary from './industry-summary.service.ts';

const tags = ['industry 产业五个一'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function industryRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/industry',
    { schema: { tags, summary: '产业“五个一”汇总（按村或下一级区划）及驻村工作队示范园、示范户落实情况', querystring: industrySummaryQuery, response: { 200: industrySummary, ...errors } } },
    (request) => summary.industrySummary(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/industry/export',
    { schema: { tags, summary: '导出产业“五个一”汇总（Excel）', querystring: industrySummaryQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportIndustrySummary(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/industry/cooperatives', { schema: { tags, summary: '特色产业合作社列表', querystring: cooperativeListQuery, response: { 200: cooperativeList, ...errors } } }, (request) =>
    records.listCooperatives(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/industry/cooperatives/export',
    { schema: { tags, summary: '导出特色产业合作社（Excel）', querystring: cooperativeExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportCooperatives(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/industry/cooperatives/:id', { schema: { tags, summary: '特色产业合作社详情', params: idParam, response: { 200: cooperativeView, ...errors } } }, (request) =>
    records.getCooperative(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/industry/cooperatives', { schema: { tags, summary: '登记特色产业合作社', body: cooperativeBody, response: { 201: cooperativeView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await records.createCooperative(ctxOf(request, deps), request.body)),
  );
  app.patch(
    '/api/industry/cooperatives/:id',
    { schema: { tags, summary: '修改特色产业合作社（只传要改的字段）', params: idParam, body: cooperativePatch, response: { 200: cooperativeView, ...errors } } },
    (request) => records.updateCooperative(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete('/api/industry/cooperatives/:id', { schema: { tags, summary: '删除特色产业合作社', params: idParam, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await records.deleteCooperative(ctxOf(request, deps), request.params.id);
    return reply.status(204).send(null);
  });
  app.get('/api/industry/demo-bases', { schema: { tags, summary: '产业示范基地、帮扶示范园列表', querystring: demoBaseListQuery, response: { 200: demoBaseList, ...errors } } }, (request) =>
    records.listDemoBases(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/industry/demo-bases/export',
    { schema: { tags, summary: '导出产业示范基地、帮扶示范园（Excel）', querystring: demoBaseExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportDemoBases(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/industry/demo-bases/:id', { schema: { tags, summary: '产业示范基地、帮扶示范园详情', params: idParam, response: { 200: demoBaseView, ...errors } } }, (request) =>
    records.getDemoBase(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/industry/demo-bases', { schema: { tags, summary: '登记产业示范基地、帮扶示范园', body: demoBaseBody, response: { 201: demoBaseView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await records.createDemoBase(ctxOf(request, deps), request.body)),
  );
  app.patch(
    '/api/industry/demo-bases/:id',
    { schema: { tags, summary: '修改产业示范基地、帮扶示范园（只传要改的字段）', params: idParam, body: demoBasePatch, response: { 200: demoBaseView, ...errors } } },
    (request) => records.updateDemoBase(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete('/api/industry/demo-bases/:id', { schema: { tags, summary: '删除产业示范基地、帮扶示范园', params: idParam, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await records.deleteDemoBase(ctxOf(request, deps), request.params.id);
    return reply.status(204).send(null);
  });
  app.get('/api/industry/demo-households', { schema: { tags, summary: '帮扶示范户列表', querystring: demoHouseholdListQuery, response: { 200: demoHouseholdList, ...errors } } }, (request) =>
    people.listDemoHouseholds(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/industry/demo-households/export',
    { schema: { tags, summary: '导出帮扶示范户（Excel）', querystring: demoHouseholdExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportDemoHouseholds(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/industry/demo-households/:id', { schema: { tags, summary: '帮扶示范户详情', params: idParam, response: { 200: demoHouseholdView, ...errors } } }, (request) =>
    people.getDemoHousehold(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/industry/demo-households', { schema: { tags, summary: '登记帮扶示范户', body: demoHouseholdBody, response: { 201: demoHouseholdView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await people.createDemoHousehold(ctxOf(request, deps), request.body)),
  );
  app.patch(
    '/api/industry/demo-households/:id',
    { schema: { tags, summary: '修改帮扶示范户（只传要改的字段）', params: idParam, body: demoHouseholdPatch, response: { 200: demoHouseholdView, ...errors } } },
    (request) => people.updateDemoHousehold(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete('/api/industry/demo-households/:id', { schema: { tags, summary: '删除帮扶示范户', params: idParam, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await people.deleteDemoHousehold(ctxOf(request, deps), request.params.id);
    return reply.status(204).send(null);
  });
  app.get('/api/industry/pioneer-posts', { schema: { tags, summary: '先锋示范岗列表', querystring: pioneerPostListQuery, response: { 200: pioneerPostList, ...errors } } }, (request) =>
    people.listPioneerPosts(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/industry/pioneer-posts/export',
    { schema: { tags, summary: '导出先锋示范岗（Excel）', querystring: pioneerPostExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportPioneerPosts(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/industry/pioneer-posts/:id', { schema: { tags, summary: '先锋示范岗详情', params: idParam, response: { 200: pioneerPostView, ...errors } } }, (request) =>
    people.getPioneerPost(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/industry/pioneer-posts', { schema: { tags, summary: '登记先锋示范岗', body: pioneerPostBody, response: { 201: pioneerPostView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await people.createPioneerPost(ctxOf(request, deps), request.body)),
  );
  app.patch(
    '/api/industry/pioneer-posts/:id',
    { schema: { tags, summary: '修改先锋示范岗（只传要改的字段）', params: idParam, body: pioneerPostPatch, response: { 200: pioneerPostView, ...errors } } },
    (request) => people.updatePioneerPost(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete('/api/industry/pioneer-posts/:id', { schema: { tags, summary: '删除先锋示范岗', params: idParam, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await people.deletePioneerPost(ctxOf(request, deps), request.params.id);
    return reply.status(204).send(null);
  });
  app.get('/api/industry/core-farmers', { schema: { tags, summary: '特色产业骨干农户列表', querystring: coreFarmerListQuery, response: { 200: coreFarmerList, ...errors } } }, (request) =>
    people.listCoreFarmers(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/industry/core-farmers/export',
    { schema: { tags, summary: '导出特色产业骨干农户（Excel）', querystring: coreFarmerExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportCoreFarmers(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/industry/core-farmers/:id', { schema: { tags, summary: '特色产业骨干农户详情', params: idParam, response: { 200: coreFarmerView, ...errors } } }, (request) =>
    people.getCoreFarmer(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/industry/core-farmers', { schema: { tags, summary: '登记特色产业骨干农户', body: coreFarmerBody, response: { 201: coreFarmerView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await people.createCoreFarmer(ctxOf(request, deps), request.body)),
  );
  app.patch(
    '/api/industry/core-farmers/:id',
    { schema: { tags, summary: '修改特色产业骨干农户（只传要改的字段）', params: idParam, body: coreFarmerPatch, response: { 200: coreFarmerView, ...errors } } },
    (request) => people.updateCoreFarmer(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete('/api/industry/core-farmers/:id', { schema: { tags, summary: '删除特色产业骨干农户', params: idParam, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await people.deleteCoreFarmer(ctxOf(request, deps), request.params.id);
    return reply.status(204).send(null);
  });
}
