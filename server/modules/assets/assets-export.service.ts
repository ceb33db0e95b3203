import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import type { AssetExportQuery, AssetListItem, ShareExportQuery, ShareListItem } from '../../../contracts/assets.ts';
import { assetConditions, assetKinds } from '../../../contracts/project-codes.ts';
import * as assetRepo from './assets.repository.ts';
import * as shareRepo from './shares.repository.ts';
import { presentAssets, presentShares } from './assets.present.ts';

const assetColumns: ExcelColumn<AssetListItem>[] = [
  { header: '资产名称', width: 30, value: (a) => a.name },
  { header: '类别', width: 14, value: (a) => assetKinds.labels[a.kind].zh },
  { header: '村', width: 20, value: (a) => a.villageName ?? a.divisionCode },
  { header: '所属项目', width: 30, value: (a) => a.projectName },
  { header: '产权归属', width: 16, value: (a) => a.owner },
  { header: '管护主体', width: 16, value: (a) => a.maintainer },
  { header: '资产价值（元）', width: 14, value: (a) => a.value },
  { header: '数量规模', width: 14, value: (a) => a.quantity },
  { header: '移交日期', width: 12, value: (a) => a.handedOverOn },
  { header: '状况', width: 10, value: (a) => assetConditions.labels[a.condition].zh },
];

const shareColumns: ExcelColumn<ShareListItem>[] = [
  { header: '合作社（经营主体）', width: 36, value: (s) => s.cooperative },
  { header: '户主', width: 12, value: (s) => s.householderName },
  { header: '村', width: 20, value: (s) => s.villageName ?? s.divisionCode },
  { header: '入股金额（元）', width: 14, value: (s) => s.amount },
  { header: '股数', width: 8, value: (s) => s.units },
  { header: '入股日期', width: 12, value: (s) => s.since },
  { header: '累计分红（元）', width: 14, value: (s) => s.dividendsTotal },
  { header: '分红记录', width: 40, value: (s) => s.dividends.map((d) => `${d.year}年 ${d.amount}元`).join('；') },
];

export async function exportAssets(ctx: Ctx, query: AssetExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'assets.read');
  const body = await exportList(ctx, {
    action: 'assets.export',
    entityType: 'asset',
    sheetName: '项目资产',
    columns: assetColumns,
    filters: query,
    chunks: inChunks((window) => assetRepo.readAssets(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentAssets(ctx.db, rows),
  });
  return { fileName: datedFileName('项目资产管护'), body };
}

export async function exportShares(ctx: Ctx, query: ShareExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'assets.read');
  const body = await exportList(ctx, {
    action: 'shares.export',
    entityType: 'share',
    sheetName: '资产收益',
    columns: shareColumns,
    filters: query,
    chunks: inChunks((window) => shareRepo.readShares(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentShares(ctx.db, rows),
  });
  return { fileName: datedFileName('资产收益分红'), body };
}
