import ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { neutralizeFormula } from '../../platform/excel/workbook-writer.ts';
import { donationForms, donorKinds, type DonationExportQuery, type DonationFigures, type DonationListItem, type DonationSummaryQuery } from '../../../contracts/donations.ts';
import * as repo from './donations.repository.ts';
import { presentDonations } from './donations.present.ts';
import { donationSummary } from './donations-summary.service.ts';

/** Amounts go out as numbers, so the sheet can add them; they are exact to the cent at two decimals. */
const amount = (value: string | null) => (value === null ? null : Number(value));

const columns: ExcelColumn<DonationListItem>[] = [
  { header: '接收日期', width: 12, value: (r) => r.receivedOn },
  { header: '村', width: 20, value: (r) => r.villageName },
  { header: '捐赠方', width: 28, value: (r) => r.donor },
  { header: '捐赠方类型', width: 12, value: (r) => donorKinds.labels[r.donorKind].zh },
  { header: '形式', width: 8, value: (r) => donationForms.labels[r.form].zh },
  { header: '金额（折价，元）', width: 16, value: (r) => amount(r.value) },
  { header: '物资', width: 24, value: (r) => r.goods },
  { header: '数量', width: 10, value: (r) => amount(r.quantity) },
  { header: '单位', width: 8, value: (r) => r.unit },
  { header: '用途', width: 32, value: (r) => r.purpose },
  { header: '所属项目', width: 28, value: (r) => r.projectName },
  { header: '联系人（干部）', width: 14, value: (r) => r.arrangedByName },
  { header: '收据编号', width: 16, value: (r) => r.receiptNo },
];

export async function exportDonations(ctx: Ctx, query: DonationExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'donations.export');
  const body = await exportList(ctx, {
    action: 'donations.export',
    entityType: 'donation',
    sheetName: '捐款捐物',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readDonations(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentDonations(ctx.db, rows),
  });
  return { fileName: datedFileName('捐款捐物'), body };
}

const figureColumns: { header: string; value: (f: DonationFigures) => number }[] = [
  { header: '捐款（元）', value: (f) => Number(f.money) },
  { header: '捐物折价（元）', value: (f) => Number(f.goods) },
  { header: '合计（元）', value: (f) => Number(f.total) },
  { header: '笔数', value: (f) => f.count },
  { header: '捐赠方数', value: (f) => f.donors },
];

/** The summary as a sheet: a title, one row per child region and the total, then the split by kind of donor. */
export async function exportDonationSummary(ctx: Ctx, query: DonationSummaryQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'donations.export');
  const summary = await donationSummary(ctx, query);
  const title = `${summary.name}捐款捐物汇总-${summary.year ?? '全部年度'}`;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('捐款捐物汇总');
  sheet.columns = [{ width: 28 }, ...figureColumns.map(() => ({ width: 16 }))];
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow(['地区', ...figureColumns.map((c) => c.header)]).font = { bold: true };
  for (const row of summary.rows) sheet.addRow([neutralizeFormula(row.name), ...figureColumns.map((c) => c.value(row))]);
  sheet.addRow(['合计', ...figureColumns.map((c) => c.value(summary.total))]).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow(['捐赠方类型', ...figureColumns.map((c) => c.header)]).font = { bold: true };
  for (const row of summary.byKind) sheet.addRow([donorKinds.labels[row.donorKind].zh, ...figureColumns.map((c) => c.value(row))]);
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  await recordAudit(ctx.db, ctx.actor, {
    action: 'donations.export',
    entityType: 'donation_summary',
    divisionCode: summary.divisionCode,
    after: { filters: { divisionCode: summary.divisionCode, year: summary.year }, rows: summary.rows.length },
  });
  return { fileName: `${title}.xlsx`, body };
}
