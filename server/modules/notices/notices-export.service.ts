import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { noticeStates, type NoticeExportQuery, type NoticeView } from '../../../contracts/notices.ts';
import * as repo from './notices.repository.ts';
import { audienceOf, presentNotices } from './notices.service.ts';

const when = (at: string | null) => (at ? new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : null);

const columns: ExcelColumn<NoticeView>[] = [
  { header: '标题', width: 40, value: (r) => r.title },
  { header: '下发区域', width: 16, value: (r) => r.regionName },
  { header: '状态', width: 8, value: (r) => noticeStates.labels[r.state].zh },
  { header: '下发时间', width: 20, value: (r) => when(r.issuedAt) },
  { header: '下发人', width: 16, value: (r) => r.issuedByName },
  { header: '接收工作队', width: 10, value: (r) => r.recipientCount },
  { header: '已读工作队', width: 10, value: (r) => r.readCount },
  { header: '未读工作队', width: 10, value: (r) => r.recipientCount - r.readCount },
];

export async function exportNotices(ctx: Ctx, query: NoticeExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'notices.read');
  const audience = await audienceOf(ctx);
  const body = await exportList(ctx, {
    action: 'notices.export',
    entityType: 'notice',
    sheetName: '通知',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readNotices(ctx.db, audience, query, window)),
    present: (rows) => presentNotices(ctx.db, rows),
  });
  return { fileName: datedFileName('通知'), body };
}
