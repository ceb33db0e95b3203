import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { writeWorkbook, type ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import type { ExportFile } from '../../platform/http/send-xlsx.ts';
import type { AuditEventFilters, AuditEventListQuery, AuditEventView } from '../../../contracts/audit-events.ts';
import { auditOutcomeLabels } from '../../../contracts/audit-events.ts';
import * as repo from './audit-events.repository.ts';
import { AUDIT_EXPORT_LIMIT } from './audit-events.policy.ts';
import { auditEventErrors } from './audit-events.errors.ts';

function present(row: repo.AuditEventRow): AuditEventView {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    divisionCode: row.divisionCode,
    outcome: row.outcome,
    reason: row.reason,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
    ip: row.ip,
  };
}

export async function listAuditEvents(ctx: Ctx, query: AuditEventListQuery): Promise<ListResult<AuditEventView>> {
  requirePermission(ctx.principal, 'audit_events.read');
  const { page, pageSize, ...filters } = query;
  const result = await repo.listAuditEvents(ctx.db, ctx.principal.scope, filters, { page, pageSize });
  return { items: result.items.map(present), total: result.total };
}

// The trail is read in Beijing time by the people who audit it, whatever the server's zone.
const beijingTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'medium' });
// An Excel cell holds at most 32,767 characters.
const cellText = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value).slice(0, 32_000));

const columns: ExcelColumn<repo.AuditEventRow>[] = [
  { header: '时间', width: 20, value: (r) => beijingTime.format(r.at) },
  { header: '操作人', width: 16, value: (r) => r.actorName },
  { header: '操作', width: 24, value: (r) => r.action },
  { header: '对象类型', width: 14, value: (r) => r.entityType },
  { header: '对象编号', width: 38, value: (r) => r.entityId },
  { header: '行政区划', width: 14, value: (r) => r.divisionCode },
  { header: '结果', width: 8, value: (r) => auditOutcomeLabels[r.outcome].zh },
  { header: '原因', width: 20, value: (r) => r.reason },
  { header: '变更前', width: 40, value: (r) => cellText(r.before) },
  { header: '变更后', width: 40, value: (r) => cellText(r.after) },
  { header: '请求编号', width: 38, value: (r) => r.requestId },
  { header: 'IP', width: 16, value: (r) => r.ip },
];

export async function exportAuditEvents(ctx: Ctx, filters: AuditEventFilters): Promise<ExportFile> {
  requirePermission(ctx.principal, 'audit_events.export');
  const total = await repo.countAuditEvents(ctx.db, ctx.principal.scope, filters);
  if (total > AUDIT_EXPORT_LIMIT) {
    throw auditEventErrors.AUDIT_EXPORT_TOO_LARGE([{ path: 'from', message: '筛选结果过多，请缩小时间范围' }], { limit: AUDIT_EXPORT_LIMIT, total });
  }
  const body = await writeWorkbook('审计日志', columns, repo.iterateAuditEvents(ctx.db, ctx.principal.scope, filters));
  // An export of the trail is itself on the trail, with what was asked for and how much left.
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx.actor, { action: 'audit_events.export', entityType: 'audit_event', after: { filters, rows: total } }),
  );
  const stamp = beijingTime.format(new Date()).slice(0, 10).replaceAll('-', '');
  return { fileName: `审计日志-${stamp}.xlsx`, body };
}
