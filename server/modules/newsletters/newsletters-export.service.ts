import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { newsletterKinds, newsletterStates, type NewsletterExportQuery, type NewsletterView } from '../../../contracts/newsletters.ts';
import * as repo from './newsletters.repository.ts';
import { presentNewsletters, visibleTo } from './newsletters.service.ts';

const columns: ExcelColumn<NewsletterView>[] = [
  { header: '刊物', width: 14, value: (r) => newsletterKinds.labels[r.kind].zh },
  { header: '期号', width: 8, value: (r) => r.issueNo },
  { header: '标题', width: 40, value: (r) => r.title },
  { header: '状态', width: 8, value: (r) => newsletterStates.labels[r.state].zh },
  { header: '地区', width: 18, value: (r) => r.placeName },
  { header: '工作队', width: 24, value: (r) => r.teamName },
  { header: '作者', width: 16, value: (r) => r.authorName },
  { header: '发布时间', width: 20, value: (r) => (r.publishedAt ? new Date(r.publishedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : null) },
];

export async function exportNewsletters(ctx: Ctx, query: NewsletterExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'newsletters.read');
  const visible = visibleTo(ctx);
  const body = await exportList(ctx, {
    action: 'newsletters.export',
    entityType: 'newsletter',
    sheetName: '简报刊物',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readNewsletters(ctx.db, visible, query, window)),
    present: (rows) => presentNewsletters(ctx.db, rows),
  });
  return { fileName: datedFileName('简报刊物'), body };
}
