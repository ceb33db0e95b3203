import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  labourCreateBody,
  labourExportQuery,
  labourList,
  labourListQuery,
  labourPersons,
  labourPersonsQuery,
  labourSummary,
  labourSummaryQuery,
  labourUpdateBody,
  labourView,
} from '../../../contracts/labour-transfers.ts';
import * as service from './labour-transfers.service.ts';
import { exportTransfers } from './labour-transfers-export.service.ts';

const tags = ['labour-transfers 劳动力转移就业'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function labourTransferRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/labour-transfers',
    { schema: { tags, summary: '外出务工记录列表', querystring: labourListQuery, response: { 200: labourList, ...errors } } },
    (request) => service.listTransfers(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/labour-transfers/export',
    { schema: { tags, summary: '导出外出务工记录（Excel）', querystring: labourExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportTransfers(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/labour-transfers/summary',
    { schema: { tags, summary: '当前在外务工人数、按省份分布与平均月收入', querystring: labourSummaryQuery, response: { 200: labourSummary, ...errors } } },
    (request) => service.labourSummary(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/labour-transfers/persons',
    { schema: { tags, summary: '农户家庭成员（登记务工人员时选择）', querystring: labourPersonsQuery, response: { 200: labourPersons, ...errors } } },
    (request) => service.householdMembers(ctxOf(request, deps), request.query.householdId),
  );
  app.get('/api/labour-transfers/:id', { schema: { tags, summary: '外出务工记录详情', params: idParam, response: { 200: labourView, ...errors } } }, (request) =>
    service.getTransfer(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/labour-transfers',
    { schema: { tags, summary: '登记外出务工', body: labourCreateBody, response: { 201: labourView, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createTransfer(ctxOf(request, deps), request.body)),
  );
  app.put(
    '/api/labour-transfers/:id',
    { schema: { tags, summary: '修改外出务工记录', params: idParam, body: labourUpdateBody, response: { 200: labourView, ...errors } } },
    (request) => service.updateTransfer(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete(
    '/api/labour-transfers/:id',
    { schema: { tags, summary: '删除外出务工记录', params: idParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await service.deleteTransfer(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
