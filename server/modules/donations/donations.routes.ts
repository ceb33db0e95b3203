import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  donationBody,
  donationExportQuery,
  donationList,
  donationListQuery,
  donationPatchBody,
  donationSummary,
  donationSummaryQuery,
  donationView,
} from '../../../contracts/donations.ts';
import * as service from './donations.service.ts';
import { donationSummary as summarize } from './donations-summary.service.ts';
import { exportDonations, exportDonationSummary } from './donations-export.service.ts';

const tags = ['donations 捐款捐物'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function donationsRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/donations',
    { schema: { tags, summary: '捐款捐物列表（含筛选结果的合计）', querystring: donationListQuery, response: { 200: donationList, ...errors } } },
    (request) => service.listDonations(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/donations/export',
    { schema: { tags, summary: '导出捐款捐物列表（Excel）', querystring: donationExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportDonations(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/donations/summary',
    {
      schema: {
        tags,
        summary: '捐款捐物汇总：下一级地区逐行及合计，按捐赠方类型分列',
        querystring: donationSummaryQuery,
        response: { 200: donationSummary, ...errors },
      },
    },
    (request) => summarize(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/donations/summary/export',
    { schema: { tags, summary: '导出捐款捐物汇总（Excel）', querystring: donationSummaryQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportDonationSummary(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/donations/:id', { schema: { tags, summary: '捐赠记录详情', params: idParam, response: { 200: donationView, ...errors } } }, (request) =>
    service.getDonation(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/donations', { schema: { tags, summary: '登记捐款捐物', body: donationBody, response: { 201: donationView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await service.createDonation(ctxOf(request, deps), request.body)),
  );
  app.patch(
    '/api/donations/:id',
    { schema: { tags, summary: '修改捐赠记录（只传要改的字段，null 清空可选项）', params: idParam, body: donationPatchBody, response: { 200: donationView, ...errors } } },
    (request) => service.updateDonation(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete(
    '/api/donations/:id',
    { schema: { tags, summary: '删除捐赠记录（仅登记人，登记后 7 天内）', params: idParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await service.deleteDonation(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
