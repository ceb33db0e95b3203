import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  newsletterBody,
  newsletterDetail,
  newsletterExportQuery,
  newsletterList,
  newsletterListQuery,
  publicNewsletterList,
  publicNewsletterParams,
  publicNewsletterQuery,
  publicNewsletterView,
  returnBody,
} from '../../../contracts/newsletters.ts';
import * as service from './newsletters.service.ts';
import * as reading from './newsletters-public.service.ts';
import { exportNewsletters } from './newsletters-export.service.ts';

const tags = ['newsletters 简报刊物'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function newslettersRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/newsletters',
    { schema: { tags, summary: '简报列表（草稿仅作者可见）', querystring: newsletterListQuery, response: { 200: newsletterList, ...errors } } },
    (request) => service.listNewsletters(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/newsletters/export',
    { schema: { tags, summary: '导出简报列表（Excel）', querystring: newsletterExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportNewsletters(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post(
    '/api/newsletters',
    { schema: { tags, summary: '撰写简报草稿', body: newsletterBody, response: { 201: newsletterDetail, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createNewsletter(ctxOf(request, deps), request.body)),
  );
  app.get(
    '/api/newsletters/:id',
    { schema: { tags, summary: '简报详情：正文、审核记录与可进行的操作', params: idParam, response: { 200: newsletterDetail, ...errors } } },
    (request) => service.getNewsletter(ctxOf(request, deps), request.params.id),
  );
  app.put(
    '/api/newsletters/:id',
    { schema: { tags, summary: '修改简报（作者，草稿或被退回时）', params: idParam, body: newsletterBody, response: { 200: newsletterDetail, ...errors } } },
    (request) => service.updateNewsletter(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/newsletters/:id/submit',
    { schema: { tags, summary: '提交审核', params: idParam, response: { 200: newsletterDetail, ...errors } } },
    (request) => service.submitNewsletter(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/newsletters/:id/return',
    { schema: { tags, summary: '退回修改（须写明理由）', params: idParam, body: returnBody, response: { 200: newsletterDetail, ...errors } } },
    (request) => service.returnNewsletter(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/newsletters/:id/publish',
    { schema: { tags, summary: '审核发布：编期号并开放公开阅读页', params: idParam, response: { 200: newsletterDetail, ...errors } } },
    (request) => service.publishNewsletter(ctxOf(request, deps), request.params.id),
  );
  const rateLimit = { max: deps.config.login.ratePerMinute, timeWindow: '1 minute' };
  app.get(
    '/api/public/newsletters',
    {
      schema: { tags, summary: '公开阅读：某地区已发布的简报（无需登录）', querystring: publicNewsletterQuery, response: { 200: publicNewsletterList, 400: errorBody, 429: errorBody } },
      config: { rateLimit },
    },
    (request) => reading.publicNewsletters(deps, request.query),
  );
  app.get(
    '/api/public/newsletters/:token',
    {
      schema: { tags, summary: '公开阅读：一期已发布的简报（无需登录）', params: publicNewsletterParams, response: { 200: publicNewsletterView, 404: errorBody, 429: errorBody } },
      config: { rateLimit },
    },
    (request) => reading.publicNewsletter(deps, request.params.token),
  );
}
