import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { unitBody, unitExportQuery, unitList, unitListQuery, unitView } from '../../../contracts/units.ts';
import * as service from './units.service.ts';
import { exportUnits } from './units-export.service.ts';

const tags = ['units 单位'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function unitRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/units', { schema: { tags, summary: '单位列表', querystring: unitListQuery, response: { 200: unitList, ...errors } } }, (request) =>
    service.listUnits(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/units/export',
    { schema: { tags, summary: '导出单位名录（Excel）', querystring: unitExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportUnits(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/units/:id', { schema: { tags, summary: '单位详情', params: idParam, response: { 200: unitView, ...errors } } }, (request) =>
    service.getUnit(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/units', { schema: { tags, summary: '登记单位', body: unitBody, response: { 201: unitView, ...errors } } }, async (request, reply) => {
    const view = await service.createUnit(ctxOf(request, deps), request.body);
    return reply.status(201).send(view);
  });
  app.put('/api/units/:id', { schema: { tags, summary: '修改单位', params: idParam, body: unitBody, response: { 200: unitView, ...errors } } }, (request) =>
    service.updateUnit(ctxOf(request, deps), request.params.id, request.body),
  );
}
