import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  assetCheckBody,
  assetCreateBody,
  assetExportQuery,
  assetList,
  assetListQuery,
  assetUpdateBody,
  assetView,
  dividendBody,
  shareCreateBody,
  shareExportQuery,
  shareList,
  shareListItem,
  shareListQuery,
  shareSummary,
  shareSummaryQuery,
} from '../../../contracts/assets.ts';
import * as assets from './assets.service.ts';
import * as shares from './shares.service.ts';
import { exportAssets, exportShares } from './assets-export.service.ts';

const tags = ['assets 资产管护与资产收益'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function assetRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/assets', { schema: { tags, summary: '项目资产列表', querystring: assetListQuery, response: { 200: assetList, ...errors } } }, (request) =>
    assets.listAssets(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/assets/export',
    { schema: { tags, summary: '导出项目资产（Excel）', querystring: assetExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportAssets(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/assets/:id', { schema: { tags, summary: '资产详情（含管护记录）', params: idParam, response: { 200: assetView, ...errors } } }, (request) =>
    assets.getAsset(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/assets', { schema: { tags, summary: '登记项目资产', body: assetCreateBody, response: { 201: assetView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await assets.createAsset(ctxOf(request, deps), request.body)),
  );
  app.put(
    '/api/assets/:id',
    { schema: { tags, summary: '修改项目资产', params: idParam, body: assetUpdateBody, response: { 200: assetView, ...errors } } },
    (request) => assets.updateAsset(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/assets/:id/checks',
    { schema: { tags, summary: '登记管护检查（资产状况随最近一次检查）', params: idParam, body: assetCheckBody, response: { 201: assetView, ...errors } } },
    async (request, reply) => reply.status(201).send(await assets.addCheck(ctxOf(request, deps), request.params.id, request.body)),
  );

  app.get('/api/shares', { schema: { tags, summary: '资产收益（入股）列表，含累计分红', querystring: shareListQuery, response: { 200: shareList, ...errors } } }, (request) =>
    shares.listShares(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/shares/export',
    { schema: { tags, summary: '导出资产收益（Excel）', querystring: shareExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportShares(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/shares/summary',
    { schema: { tags, summary: '按合作社汇总：入股户数、股金、当年分红', querystring: shareSummaryQuery, response: { 200: shareSummary, ...errors } } },
    (request) => shares.shareSummary(ctxOf(request, deps), request.query),
  );
  app.post('/api/shares', { schema: { tags, summary: '登记入股', body: shareCreateBody, response: { 201: shareListItem, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await shares.createShare(ctxOf(request, deps), request.body)),
  );
  app.post(
    '/api/shares/:id/dividends',
    { schema: { tags, summary: '登记分红（每股每年一次）', params: idParam, body: dividendBody, response: { 201: shareListItem, ...errors } } },
    async (request, reply) => reply.status(201).send(await shares.recordDividend(ctxOf(request, deps), request.params.id, request.body)),
  );
}
