import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  cadreLedger,
  cadreParam,
  commitmentBody,
  commitmentExportQuery,
  commitmentList,
  commitmentListQuery,
  commitmentUpdateBody,
  commitmentView,
  ledgerList,
  ledgerListQuery,
  ledgerYearQuery,
  settleBody,
} from '../../../contracts/ledgers.ts';
import * as service from './ledgers.service.ts';
import * as view from './ledger-view.service.ts';
import { exportCommitments, exportLedger } from './ledgers-export.service.ts';

const tags = ['ledgers 第一书记台账'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function ledgersRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/ledgers',
    { schema: { tags, summary: '第一书记台账列表：年度内在任的第一书记及承诺事项数、已兑现数、逾期数', querystring: ledgerListQuery, response: { 200: ledgerList, ...errors } } },
    (request) => view.listLedgers(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/ledgers/commitments',
    { schema: { tags, summary: '承诺事项列表', querystring: commitmentListQuery, response: { 200: commitmentList, ...errors } } },
    (request) => service.listCommitments(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/ledgers/commitments/export',
    { schema: { tags, summary: '导出承诺事项（Excel）', querystring: commitmentExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportCommitments(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post(
    '/api/ledgers/commitments',
    { schema: { tags, summary: '登记承诺事项', body: commitmentBody, response: { 201: commitmentView, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createCommitment(ctxOf(request, deps), request.body)),
  );
  app.put(
    '/api/ledgers/commitments/:id',
    { schema: { tags, summary: '修改未认定的承诺事项', params: idParam, body: commitmentUpdateBody, response: { 200: commitmentView, ...errors } } },
    (request) => service.updateCommitment(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/ledgers/commitments/:id/settle',
    { schema: { tags, summary: '认定承诺事项是否兑现（乡镇党委、县委组织部）', params: idParam, body: settleBody, response: { 200: commitmentView, ...errors } } },
    (request) => service.settleCommitment(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete(
    '/api/ledgers/commitments/:id',
    { schema: { tags, summary: '删除未认定的承诺事项', params: idParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await service.deleteCommitment(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/ledgers/:cadreId',
    { schema: { tags, summary: '第一书记年度工作台账：工作完成情况、承诺事项及兑现、群众评议', params: cadreParam, querystring: ledgerYearQuery, response: { 200: cadreLedger, ...errors } } },
    (request) => view.cadreLedger(ctxOf(request, deps), request.params.cadreId, request.query.year),
  );
  app.get(
    '/api/ledgers/:cadreId/export',
    { schema: { tags, summary: '导出第一书记工作台账（Excel，A4 横向打印）', params: cadreParam, querystring: ledgerYearQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportLedger(ctxOf(request, deps), request.params.cadreId, request.query.year);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
}
