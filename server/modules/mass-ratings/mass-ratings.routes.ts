import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody } from '../../../contracts/common.ts';
import {
  codeBatchView,
  codesBody,
  massRatingExportQuery,
  massRatingList,
  massRatingListQuery,
  publicRatingBody,
  publicRatingReceipt,
  publicRatingView,
  publicTokenParam,
  quarterQuery,
  ratingLinkView,
  teamIdParam,
  teamSummaryView,
} from '../../../contracts/mass-ratings.ts';
import * as service from './mass-ratings.service.ts';
import { exportTeams } from './mass-ratings-export.service.ts';
import { publicRating, submitRating } from './mass-ratings-public.service.ts';

const tags = ['mass-ratings 群众评议'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function massRatingsRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/mass-ratings',
    { schema: { tags, summary: '群众评议：辖区工作队的评议页面、评议码发放与使用、本季度评议汇总', querystring: massRatingListQuery, response: { 200: massRatingList, ...errors } } },
    (request) => service.listTeams(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/mass-ratings/export',
    { schema: { tags, summary: '导出群众评议汇总（Excel）', querystring: massRatingExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportTeams(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post(
    '/api/mass-ratings/teams/:teamId/link',
    { schema: { tags, summary: '开启或更换工作队的评议页面（旧二维码随即失效）', params: teamIdParam, response: { 201: ratingLinkView, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.openLink(ctxOf(request, deps), request.params.teamId)),
  );
  app.post(
    '/api/mass-ratings/teams/:teamId/codes',
    {
      schema: {
        tags,
        summary: '生成一批一次性评议码（每户一张；明码仅此一次返回用于打印，系统只保存其密钥哈希）',
        params: teamIdParam,
        body: codesBody,
        response: { 201: codeBatchView, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await service.issueCodes(ctxOf(request, deps), request.params.teamId, request.body)),
  );
  app.get(
    '/api/mass-ratings/teams/:teamId/summary',
    { schema: { tags, summary: '工作队某季度评议汇总（不足最低份数时不公布分项）', params: teamIdParam, querystring: quarterQuery, response: { 200: teamSummaryView, ...errors } } },
    (request) => service.teamSummary(ctxOf(request, deps), request.params.teamId, request.query),
  );

  // The public page: no session, so no ctxOf; rate-limited per address, like signing in.
  const limited = { rateLimit: { max: deps.config.login.ratePerMinute, timeWindow: '1 minute' } };
  app.get(
    '/api/public/teams/:token/rating',
    {
      schema: { tags, summary: '群众评议公开页（无需登录）：工作队、问卷、本季度公开结果', params: publicTokenParam, response: { 200: publicRatingView, 404: errorBody, 429: errorBody } },
      config: limited,
    },
    async (request, reply) => reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex').send(await publicRating(deps, request.params.token)),
  );
  app.post(
    '/api/public/teams/:token/rating',
    {
      schema: {
        tags,
        summary: '提交群众评议（无需登录，凭一次性评议码，每码一次）',
        params: publicTokenParam,
        body: publicRatingBody,
        response: { 201: publicRatingReceipt, 400: errorBody, 404: errorBody, 409: errorBody, 429: errorBody },
      },
      config: limited,
    },
    async (request, reply) => reply.status(201).header('cache-control', 'no-store').send(await submitRating(deps, request.params.token, request.body)),
  );
}
