import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { fundSourceKinds } from '../../../contracts/project-codes.ts';
import type { FundExportQuery, PaymentView } from '../../../contracts/project-funds.ts';
import * as repo from './project-funds.repository.ts';
import { presentPayments } from './project-funds.present.ts';

const columns: ExcelColumn<PaymentView>[] = [
  { header: '拨付日期', width: 12, value: (p) => p.paidOn },
  { header: '项目', width: 32, value: (p) => p.projectName },
  { header: '村庄', width: 20, value: (p) => p.villageName },
  { header: '资金来源', width: 14, value: (p) => fundSourceKinds.labels[p.sourceKind].zh },
  { header: '出资方', width: 24, value: (p) => p.funder },
  { header: '金额（元）', width: 14, value: (p) => p.amount },
  { header: '收款方', width: 24, value: (p) => p.payee },
  { header: '用途', width: 32, value: (p) => p.purpose },
  { header: '凭证号', width: 14, value: (p) => p.voucherNo },
];

export async function exportFunds(ctx: Ctx, query: FundExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'funds.read');
  const body = await exportList(ctx, {
    action: 'funds.export',
    entityType: 'project_payment',
    sheetName: '资金拨付台账',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readPayments(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentPayments(ctx.db, rows),
  });
  return { fileName: datedFileName('资金拨付台账'), body };
}
