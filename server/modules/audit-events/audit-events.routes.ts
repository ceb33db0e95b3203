import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody } from '../../../contracts/common.ts';
import { auditEventFilters, auditEventList, auditEventListQuery } from '../../../contracts/audit-events.ts';
import * as service from './audit-events.service.ts';

const tags = ['audit-events 审计日志'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody };

export function auditEventRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/audit-events',
    { schema: { tags, summary: '审计日志（安全审计员）', querystring: auditEventListQuery, response: { 200: auditEventList, ...errors } } },
    (request) => service.listAuditEvents(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/audit-events/export',
    // No response schema: the body is the workbook's bytes, which a JSON serializer must not touch.
    { schema: { tags, summary: '导出审计日志 Excel（安全审计员）', querystring: auditEventFilters } },
    async (request, reply) => {
      const file = await service.exportAuditEvents(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
}
