import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { datedFileName, sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  cadreParams,
  endPairingBody,
  householdCreateBody,
  householdExportQuery,
  householdList,
  householdListQuery,
  householdUpdateBody,
  householdView,
  incomeBody,
  incomeView,
  indicatorBody,
  indicatorParams,
  indicatorView,
  lookupQuery,
  lookupResponse,
  measureBody,
  measureParams,
  measureView,
  memberBody,
  memberUpdateBody,
  memberView,
  pairCadreBody,
  pairedCadreView,
  personParams,
  revealBody,
  revealResponse,
  yearParams,
} from '../../../contracts/households.ts';
import * as service from './households.service.ts';
import * as members from './household-members.service.ts';
import * as records from './household-records.service.ts';
import { exportHouseholds } from './households-export.service.ts';

const tags = ['households 帮扶对象'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const noContent = { 204: z.null().describe('no content'), ...errors };

export function householdRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/households', { schema: { tags, summary: '帮扶对象名册（筛选、排序、分页）', querystring: householdListQuery, response: { 200: householdList, ...errors } } }, (request) =>
    service.listHouseholds(ctxOf(request, deps), request.query),
  );
  app.get('/api/households/export', { schema: { tags, summary: '导出帮扶对象名册（Excel）', querystring: householdExportQuery, response: { 200: xlsx, ...errors } } }, async (request, reply) => {
    const workbook = await exportHouseholds(ctxOf(request, deps), request.query);
    return sendXlsx(reply, datedFileName('帮扶对象名册'), workbook);
  });
  app.get('/api/households/lookup', { schema: { tags, summary: '按身份证号查找所在户（留痕）', querystring: lookupQuery, response: { 200: lookupResponse, ...errors } } }, (request) =>
    service.lookupByIdNumber(ctxOf(request, deps), request.query.idNumber),
  );
  app.post('/api/households', { schema: { tags, summary: '登记帮扶对象（含家庭成员）', body: householdCreateBody, response: { 201: householdView, ...errors } } }, async (request, reply) => {
    const view = await service.createHousehold(ctxOf(request, deps), request.body);
    return reply.status(201).send(view);
  });
  app.get('/api/households/:id', { schema: { tags, summary: '帮扶对象详情', params: idParam, response: { 200: householdView, ...errors } } }, (request) =>
    service.getHousehold(ctxOf(request, deps), request.params.id),
  );
  app.put('/api/households/:id', { schema: { tags, summary: '修改帮扶对象信息（状态除外）', params: idParam, body: householdUpdateBody, response: { 200: householdView, ...errors } } }, (request) =>
    service.updateHousehold(ctxOf(request, deps), request.params.id, request.body),
  );

  app.post('/api/households/:id/members', { schema: { tags, summary: '添加家庭成员', params: idParam, body: memberBody, response: { 201: memberView, ...errors } } }, async (request, reply) => {
    const view = await members.addMember(ctxOf(request, deps), request.params.id, request.body);
    return reply.status(201).send(view);
  });
  app.put('/api/households/:id/members/:personId', { schema: { tags, summary: '修改家庭成员', params: personParams, body: memberUpdateBody, response: { 200: memberView, ...errors } } }, (request) =>
    members.updateMember(ctxOf(request, deps), request.params.id, request.params.personId, request.body),
  );
  app.delete('/api/households/:id/members/:personId', { schema: { tags, summary: '删除家庭成员（户主除外）', params: personParams, response: noContent } }, async (request, reply) => {
    await members.removeMember(ctxOf(request, deps), request.params.id, request.params.personId);
    return reply.status(204).send(null);
  });
  app.post(
    '/api/households/:id/members/:personId/reveal',
    { schema: { tags, summary: '查看成员完整身份证号（需填写原因，留痕）', params: personParams, body: revealBody, response: { 200: revealResponse, ...errors } } },
    (request) => members.revealIdNumber(ctxOf(request, deps), request.params.id, request.params.personId, request.body),
  );

  app.put('/api/households/:id/incomes/:year', { schema: { tags, summary: '登记年度收入', params: yearParams, body: incomeBody, response: { 200: incomeView, ...errors } } }, (request) =>
    records.putIncome(ctxOf(request, deps), request.params.id, request.params.year, request.body),
  );
  app.put(
    '/api/households/:id/indicators/:indicator',
    { schema: { tags, summary: '核实“两不愁三保障”及饮水安全指标', params: indicatorParams, body: indicatorBody, response: { 200: indicatorView, ...errors } } },
    (request) => records.putIndicator(ctxOf(request, deps), request.params.id, request.params.indicator, request.body),
  );
  app.post('/api/households/:id/measures', { schema: { tags, summary: '添加帮扶措施', params: idParam, body: measureBody, response: { 201: measureView, ...errors } } }, async (request, reply) => {
    const view = await records.addMeasure(ctxOf(request, deps), request.params.id, request.body);
    return reply.status(201).send(view);
  });
  app.put('/api/households/:id/measures/:measureId', { schema: { tags, summary: '修改帮扶措施', params: measureParams, body: measureBody, response: { 200: measureView, ...errors } } }, (request) =>
    records.updateMeasure(ctxOf(request, deps), request.params.id, request.params.measureId, request.body),
  );
  app.delete('/api/households/:id/measures/:measureId', { schema: { tags, summary: '删除帮扶措施', params: measureParams, response: noContent } }, async (request, reply) => {
    await records.removeMeasure(ctxOf(request, deps), request.params.id, request.params.measureId);
    return reply.status(204).send(null);
  });
  app.post('/api/households/:id/cadres', { schema: { tags, summary: '确定帮扶责任人', params: idParam, body: pairCadreBody, response: { 201: pairedCadreView, ...errors } } }, async (request, reply) => {
    const view = await records.pairCadre(ctxOf(request, deps), request.params.id, request.body);
    return reply.status(201).send(view);
  });
  app.post(
    '/api/households/:id/cadres/:cadreId/end',
    { schema: { tags, summary: '结束帮扶责任人结对', params: cadreParams, body: endPairingBody, response: { 200: pairedCadreView, ...errors } } },
    (request) => records.endCadrePairing(ctxOf(request, deps), request.params.id, request.params.cadreId, request.body),
  );
}
