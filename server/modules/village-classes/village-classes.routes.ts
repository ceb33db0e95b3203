import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  villageClassBody,
  villageClassExportQuery,
  villageClassList,
  villageClassListQuery,
  villageClassSummary,
  villageClassSummaryQuery,
  villageClassUpdateBody,
  villageClassView,
  villageCodeParam,
  villagePage,
} from '../../../contracts/village-classes.ts';
import * as service from './village-classes.service.ts';
import { exportClasses } from './village-classes-export.service.ts';
import { villagePage as villagePageOf } from './village-page.service.ts';

const tags = ['village-classes 村情与分类'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function villageClassesRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/villages/:code/profile',
    { schema: { tags, summary: '村情页：村情、历年分类、在村工作队', params: villageCodeParam, response: { 200: villagePage, ...errors } } },
    (request) => villagePageOf(ctxOf(request, deps), request.params.code),
  );
  app.get(
    '/api/village-classes',
    { schema: { tags, summary: '村分类列表', querystring: villageClassListQuery, response: { 200: villageClassList, ...errors } } },
    (request) => service.listClasses(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/village-classes/export',
    { schema: { tags, summary: '导出村分类列表（Excel）', querystring: villageClassExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportClasses(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/village-classes/summary',
    { schema: { tags, summary: '村分类汇总：某年度各类村数', querystring: villageClassSummaryQuery, response: { 200: villageClassSummary, ...errors } } },
    (request) => service.classSummary(ctxOf(request, deps), request.query),
  );
  app.post(
    '/api/village-classes',
    { schema: { tags, summary: '村年度分类（每村每年一条）', body: villageClassBody, response: { 201: villageClassView, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createClass(ctxOf(request, deps), request.body)),
  );
  app.get(
    '/api/village-classes/:id',
    { schema: { tags, summary: '村分类详情', params: idParam, response: { 200: villageClassView, ...errors } } },
    (request) => service.getClass(ctxOf(request, deps), request.params.id),
  );
  app.put(
    '/api/village-classes/:id',
    { schema: { tags, summary: '修改村分类、分类理由、帮扶措施与责任单位', params: idParam, body: villageClassUpdateBody, response: { 200: villageClassView, ...errors } } },
    (request) => service.updateClass(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete(
    '/api/village-classes/:id',
    { schema: { tags, summary: '删除村分类', params: idParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await service.deleteClass(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
