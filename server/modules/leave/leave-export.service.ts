import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { roleLabels, isRole } from '../../../contracts/roles.ts';
import { leaveStateLabels, leaveTypeLabels, type LeaveExportQuery, type LeaveListItem } from '../../../contracts/leave.ts';
import * as repo from './leave.repository.ts';
import { presentLeaveList } from './leave.present.ts';
import { personalViewOf } from './leave.service.ts';
import { leaveToday } from './leave.rules.ts';

const columns: ExcelColumn<LeaveListItem>[] = [
  { header: '姓名', width: 12, value: (l) => l.cadreName },
  { header: '工作队', width: 32, value: (l) => l.teamName },
  { header: '驻村村庄', width: 20, value: (l) => l.villageName },
  { header: '请假类型', width: 10, value: (l) => leaveTypeLabels[l.type].zh },
  { header: '开始日期', width: 12, value: (l) => l.startDate },
  { header: '结束日期', width: 12, value: (l) => l.endDate },
  { header: '天数', width: 6, value: (l) => l.days },
  { header: '事由', width: 36, value: (l) => l.reason },
  { header: '审批层级', width: 16, value: (l) => (isRole(l.approverRole) ? roleLabels[l.approverRole].zh : l.approverRole) },
  { header: '状态', width: 10, value: (l) => leaveStateLabels[l.state].zh },
  { header: '销假日期', width: 12, value: (l) => l.reportedBackOn },
  { header: '逾期未销假', width: 10, value: (l) => (l.overdueReportBack ? '是' : '') },
];

export async function exportLeave(ctx: Ctx, query: LeaveExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'leave.export');
  const today = leaveToday();
  const personal = await personalViewOf(ctx.db, ctx.principal);
  const filter = { scope: ctx.principal.scope, personal, today, principal: ctx.principal };
  const body = await exportList(ctx, {
    action: 'leave.export',
    entityType: 'leave',
    sheetName: '请销假',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readLeave(ctx.db, filter, query, window)),
    present: (rows) => presentLeaveList(ctx.db, rows, today),
  });
  return { fileName: datedFileName('请销假'), body };
}
