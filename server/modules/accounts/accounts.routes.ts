import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  accountCadreOptions,
  accountCadreOptionsQuery,
  accountCreateBody,
  accountExportQuery,
  accountList,
  accountListQuery,
  accountUpdateBody,
  accountView,
  resetPasswordBody,
} from '../../../contracts/accounts.ts';
import * as service from './accounts.service.ts';
import { exportAccounts } from './accounts-export.service.ts';

const tags = ['accounts 账号管理'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function accountRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/accounts',
    { schema: { tags, summary: '账号列表', querystring: accountListQuery, response: { 200: accountList, ...errors } } },
    (request) => service.listAccounts(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/accounts/export',
    { schema: { tags, summary: '导出账号列表（Excel）', querystring: accountExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportAccounts(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/accounts/cadre-options',
    { schema: { tags, summary: '可关联账号的干部（系统管理员）', querystring: accountCadreOptionsQuery, response: { 200: accountCadreOptions, ...errors } } },
    (request) => service.accountCadreOptions(ctxOf(request, deps), request.query),
  );
  app.get('/api/accounts/:id', { schema: { tags, summary: '账号详情', params: idParam, response: { 200: accountView, ...errors } } }, (request) =>
    service.getAccount(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/accounts',
    { schema: { tags, summary: '新建账号（系统管理员）', body: accountCreateBody, response: { 201: accountView, ...errors } } },
    async (request, reply) => {
      const view = await service.createAccount(ctxOf(request, deps), request.body);
      return reply.status(201).send(view);
    },
  );
  app.put(
    '/api/accounts/:id',
    { schema: { tags, summary: '修改账号角色、范围或状态（系统管理员）', params: idParam, body: accountUpdateBody, response: { 200: accountView, ...errors } } },
    (request) => service.updateAccount(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/accounts/:id/reset-password',
    { schema: { tags, summary: '重置密码（安全管理员）', params: idParam, body: resetPasswordBody, response: { 200: accountView, ...errors } } },
    (request) => service.resetAccountPassword(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/accounts/:id/unlock',
    { schema: { tags, summary: '解除登录锁定（安全管理员）', params: idParam, response: { 200: accountView, ...errors } } },
    (request) => service.unlockAccount(ctxOf(request, deps), request.params.id),
  );
}
