import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { meetingKinds, type MeetingExportQuery, type MeetingView } from '../../../contracts/meetings.ts';
import * as repo from './meetings.repository.ts';
import { presentMeetings } from './meetings.service.ts';

const columns: ExcelColumn<MeetingView>[] = [
  { header: '会议名称', width: 40, value: (r) => r.title },
  { header: '会议类别', width: 14, value: (r) => meetingKinds.labels[r.kind].zh },
  { header: '召开日期', width: 12, value: (r) => r.heldOn },
  { header: '所属区域', width: 16, value: (r) => r.regionName },
  { header: '地点', width: 24, value: (r) => r.place },
  { header: '主持人', width: 12, value: (r) => r.host },
  { header: '参会人数', width: 10, value: (r) => r.attendeeCount },
  { header: '参会工作队', width: 10, value: (r) => r.teamCount },
  { header: '成果数', width: 8, value: (r) => r.outcomeCount },
];

export async function exportMeetings(ctx: Ctx, query: MeetingExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'meetings.read');
  const scope = ctx.principal.scope;
  const body = await exportList(ctx, {
    action: 'meetings.export',
    entityType: 'meeting',
    sheetName: '会议记录',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readMeetings(ctx.db, scope, query, window)),
    present: (rows) => presentMeetings(ctx.db, rows),
  });
  return { fileName: datedFileName('会议记录'), body };
}
