import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { revealBody, revealResponse } from '../../../contracts/households.ts';
import {
  advisorBody,
  advisorExportQuery,
  advisorList,
  advisorListQuery,
  advisorView,
  briefingBody,
  briefingParams,
  briefingTokenParam,
  briefingView,
  bulkBriefingBody,
  bulkBriefingResult,
  publicBriefingView,
  sendBody,
  supportBody,
  supportExportQuery,
  supportList,
  supportListQuery,
  supportView,
} from '../../../contracts/advisors.ts';
import * as service from './advisors.service.ts';
import * as briefings from './briefings.service.ts';
import { exportAdvisors, exportSupports } from './advisors-export.service.ts';

const tags = ['advisors 理村顾问'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function advisorsRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/advisors',
    { schema: { tags, summary: '理村顾问列表', querystring: advisorListQuery, response: { 200: advisorList, ...errors } } },
    (request) => service.listAdvisors(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/advisors/export',
    { schema: { tags, summary: '导出理村顾问列表（Excel，手机号脱敏）', querystring: advisorExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportAdvisors(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/advisors/supports',
    { schema: { tags, summary: '顾问支持台账（管辖范围内，含按方式合计）', querystring: supportListQuery, response: { 200: supportList, ...errors } } },
    (request) => service.listSupports(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/advisors/supports/export',
    { schema: { tags, summary: '导出顾问支持台账（Excel）', querystring: supportExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportSupports(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post(
    '/api/advisors/briefings/generate',
    {
      schema: {
        tags,
        summary: '批量生成季度通报：范围内每位在聘顾问，已有该季度通报的不变',
        body: bulkBriefingBody,
        response: { 200: bulkBriefingResult, ...errors },
      },
    },
    (request) => briefings.generateBriefings(ctxOf(request, deps), request.body),
  );
  app.get(
    '/api/advisors/:id',
    { schema: { tags, summary: '理村顾问详情（含支持记录和通报）', params: idParam, response: { 200: advisorView, ...errors } } },
    (request) => service.getAdvisor(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/advisors',
    { schema: { tags, summary: '聘请理村顾问', body: advisorBody, response: { 201: advisorView, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createAdvisor(ctxOf(request, deps), request.body)),
  );
  app.put(
    '/api/advisors/:id',
    { schema: { tags, summary: '修改理村顾问（含停聘；不传手机号则保持原号码）', params: idParam, body: advisorBody, response: { 200: advisorView, ...errors } } },
    (request) => service.updateAdvisor(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete(
    '/api/advisors/:id',
    { schema: { tags, summary: '删除误录的理村顾问（已有通报的不能删除）', params: idParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await service.deleteAdvisor(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/advisors/:id/reveal',
    { schema: { tags, summary: '查看顾问完整手机号（需填写原因，留痕）', params: idParam, body: revealBody, response: { 200: revealResponse, ...errors } } },
    (request) => service.revealPhone(ctxOf(request, deps), request.params.id, request.body),
  );
  app.get(
    '/api/advisors/:id/supports',
    { schema: { tags, summary: '该顾问的支持记录', params: idParam, response: { 200: z.array(supportView), ...errors } } },
    (request) => service.listAdvisorSupports(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/advisors/:id/supports',
    { schema: { tags, summary: '登记顾问的支持（资金、物资、项目、智力等）', params: idParam, body: supportBody, response: { 201: supportView, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.addSupport(ctxOf(request, deps), request.params.id, request.body)),
  );
  app.post(
    '/api/advisors/:id/briefings',
    {
      schema: {
        tags,
        summary: '生成季度通报（按本村数据生成并固定；已生成的季度 409，未发送时可 regenerate 重新生成）',
        params: idParam,
        body: briefingBody,
        response: { 201: briefingView, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await briefings.generateBriefing(ctxOf(request, deps), request.params.id, request.body)),
  );
  app.get(
    '/api/advisors/:id/briefings/:bid',
    { schema: { tags, summary: '查看季度通报', params: briefingParams, response: { 200: briefingView, ...errors } } },
    (request) => briefings.getBriefing(ctxOf(request, deps), request.params.id, request.params.bid),
  );
  app.post(
    '/api/advisors/:id/briefings/:bid/send',
    { schema: { tags, summary: '标记通报已发送（方式、发送人、时间）', params: briefingParams, body: sendBody, response: { 200: briefingView, ...errors } } },
    (request) => briefings.sendBriefing(ctxOf(request, deps), request.params.id, request.params.bid, request.body),
  );
  app.post(
    '/api/advisors/:id/briefings/:bid/revoke',
    { schema: { tags, summary: '撤销通报的公开链接', params: briefingParams, response: { 200: briefingView, ...errors } } },
    (request) => briefings.revokeBriefing(ctxOf(request, deps), request.params.id, request.params.bid),
  );
  app.get(
    '/api/public/briefings/:token',
    {
      schema: {
        tags,
        summary: '通报公开页（无需登录）：本村季度发展情况与困难，只有统计数字，不含任何个人信息',
        params: briefingTokenParam,
        response: { 200: publicBriefingView, 404: errorBody, 429: errorBody },
      },
      config: { rateLimit: { max: deps.config.login.ratePerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const view = await briefings.publicBriefing(deps, request.params.token);
      // A briefing's link may be revoked at any time: no cache keeps it, no search engine lists it.
      return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex').send(view);
    },
  );
}
