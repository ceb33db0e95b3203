import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { errorBody } from '../../../contracts/common.ts';
import {
  divisionChildrenQuery,
  divisionCodeParam,
  divisionDetail,
  divisionNodeList,
  divisionSearchList,
  divisionSearchQuery,
  loadAllJob,
  localVillageBody,
  villageProfileBody,
} from '../../../contracts/divisions.ts';
import * as service from './divisions.service.ts';

const tags = ['divisions 行政区划'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function divisionRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/divisions',
    { schema: { tags, summary: '行政区划下级列表（不带 parent 时为本辖区顶层）', querystring: divisionChildrenQuery, response: { 200: divisionNodeList, ...errors } } },
    (request) => service.listDivisionChildren(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/divisions/search',
    { schema: { tags, summary: '按名称、拼音首字母或代码搜索行政区划', querystring: divisionSearchQuery, response: { 200: divisionSearchList, ...errors } } },
    (request) => service.searchDivisions(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/divisions/:code',
    { schema: { tags, summary: '行政区划详情（村含村情）', params: divisionCodeParam, response: { 200: divisionDetail, ...errors } } },
    (request) => service.getDivision(ctxOf(request, deps), request.params.code),
  );
  app.put(
    '/api/divisions/:code/profile',
    { schema: { tags, summary: '修改村情', params: divisionCodeParam, body: villageProfileBody, response: { 200: divisionDetail, ...errors } } },
    (request) => service.updateVillageProfile(ctxOf(request, deps), request.params.code, request.body),
  );
  app.post(
    '/api/divisions',
    { schema: { tags, summary: '新增本地村（国家代码库已不含的村）', body: localVillageBody, response: { 201: divisionDetail, ...errors } } },
    async (request, reply) => {
      const view = await service.addLocalVillage(ctxOf(request, deps), request.body);
      return reply.status(201).send(view);
    },
  );
  app.post(
    '/api/divisions/load-all',
    { schema: { tags, summary: '导入全国行政区划（至村级，后台任务）', response: { 202: loadAllJob, ...errors } } },
    async (request, reply) => {
      const job = await service.startLoadAll(ctxOf(request, deps));
      return reply.status(202).send(job);
    },
  );
}
