import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { scopeCondition } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks, type ListResult } from '../../platform/db/paging.ts';
import type { ReceiptQuery, ReceiptView } from '../../../contracts/notices.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './notices.repository.ts';
import { notices } from './notices.schema.ts';

/** Receipts are the senders': the notice must be issued and in their region. */
async function issuedInReach(ctx: Ctx, id: string): Promise<repo.NoticeListRow> {
  requirePermission(ctx.principal, 'notices.write');
  const audience: repo.Audience = { kind: 'region', visible: scopeCondition(ctx.principal.scope, { division: [notices.divisionCode] }), drafts: false };
  const row = await repo.findNotice(ctx.db, audience, id);
  if (!row) throw commonErrors.NOT_FOUND();
  return row;
}

async function present(ctx: Ctx, rows: repo.ReceiptRow[]): Promise<ReceiptView[]> {
  const names = await divisionNames(ctx.db, [...new Set(rows.map((r) => r.divisionCode))]);
  return rows.map((r) => ({
    teamId: r.teamId,
    teamName: r.teamName,
    divisionCode: r.divisionCode,
    villageName: names.get(r.divisionCode) ?? null,
    readAt: r.readAt ? r.readAt.toISOString() : null,
    readByName: r.readByName,
  }));
}

export async function listReceipts(ctx: Ctx, id: string, query: ReceiptQuery): Promise<ListResult<ReceiptView>> {
  const notice = await issuedInReach(ctx, id);
  const rows = await repo.readReceipts(ctx.db, id, query.unread === 'true', { limit: 10_000, offset: 0 });
  return { items: await present(ctx, rows), total: query.unread === 'true' ? notice.recipientCount - notice.readCount : notice.recipientCount };
}

const columns: ExcelColumn<ReceiptView>[] = [
  { header: '工作队', width: 30, value: (r) => r.teamName },
  { header: '村', width: 24, value: (r) => r.villageName },
  { header: '行政区划代码', width: 14, value: (r) => r.divisionCode },
  { header: '阅读时间', width: 20, value: (r) => (r.readAt ? new Date(r.readAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '未读') },
  { header: '阅读人', width: 12, value: (r) => r.readByName },
];

/** 未读名单 by default: the teams still to be reminded. */
export async function exportReceipts(ctx: Ctx, id: string, query: ReceiptQuery): Promise<ExportFile> {
  const notice = await issuedInReach(ctx, id);
  const unreadOnly = query.unread !== 'false';
  const title = unreadOnly ? '未读名单' : '阅读回执';
  const body = await exportList(ctx, {
    action: 'notices.export',
    entityType: 'notice',
    sheetName: title,
    columns,
    filters: { noticeId: id, unread: unreadOnly },
    chunks: inChunks((window) => repo.readReceipts(ctx.db, id, unreadOnly, window)),
    present: (rows) => present(ctx, rows),
  });
  return { fileName: datedFileName(`${notice.notice.title.slice(0, 30)}-${title}`), body };
}
