import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { serviceRequestKinds } from '../../../contracts/project-codes.ts';
import { serviceRequestStateLabels, type ServiceRequestExportQuery, type ServiceRequestListItem } from '../../../contracts/service-requests.ts';
import * as repo from './service-requests.repository.ts';
import { presentServiceRequestList } from './service-requests.present.ts';
import { serviceRequestToday } from './service-requests.rules.ts';

/** The day in China an instant falls on, as the village counts it. */
function chinaDay(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

const columns: ExcelColumn<ServiceRequestListItem>[] = [
  { header: '村', width: 20, value: (r) => r.villageName },
  { header: '事项类型', width: 14, value: (r) => serviceRequestKinds.labels[r.kind].zh },
  { header: '标题', width: 32, value: (r) => r.title },
  { header: '说明', width: 40, value: (r) => r.detail },
  { header: '申请人', width: 12, value: (r) => r.requesterName },
  { header: '申请日期', width: 12, value: (r) => chinaDay(r.createdAt) },
  { header: '办结期限', width: 12, value: (r) => r.dueOn },
  { header: '状态', width: 10, value: (r) => serviceRequestStateLabels[r.state].zh },
  { header: '受理日期', width: 12, value: (r) => r.acceptedOn },
  { header: '办结日期', width: 12, value: (r) => r.doneOn },
  { header: '办理结果', width: 40, value: (r) => r.result },
  { header: '逾期', width: 6, value: (r) => (r.overdue ? '是' : '') },
];

export async function exportServiceRequests(ctx: Ctx, query: ServiceRequestExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'service-requests.read');
  const today = serviceRequestToday();
  const body = await exportList(ctx, {
    action: 'service-requests.export',
    entityType: 'service_request',
    sheetName: '代办服务',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readServiceRequests(ctx.db, ctx.principal.scope, query, today, window)),
    present: (rows) => presentServiceRequestList(ctx.db, rows, today),
  });
  return { fileName: datedFileName('代办服务'), body };
}
