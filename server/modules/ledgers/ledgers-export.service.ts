import ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { neutralizeFormula } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { commitmentStates, satisfactions } from '../../../contracts/evaluation-codes.ts';
import type { CadreLedger, CommitmentExportQuery, CommitmentView } from '../../../contracts/ledgers.ts';
import * as repo from './ledgers.repository.ts';
import { ledgerToday } from './ledgers.rules.ts';
import { presentCommitment, visibleTo } from './ledgers.service.ts';
import { cadreLedger } from './ledger-view.service.ts';

const stateText = (c: CommitmentView) => (c.overdue ? '逾期未兑现' : commitmentStates.labels[c.state].zh);

const columns: ExcelColumn<CommitmentView>[] = [
  { header: '村', width: 20, value: (r) => r.villageName },
  { header: '工作队', width: 24, value: (r) => r.teamName },
  { header: '第一书记', width: 12, value: (r) => r.cadreName },
  { header: '承诺内容', width: 48, value: (r) => r.content },
  { header: '承诺日期', width: 12, value: (r) => r.promisedOn },
  { header: '兑现期限', width: 12, value: (r) => r.dueOn },
  { header: '状态', width: 12, value: stateText },
  { header: '认定日期', width: 12, value: (r) => r.settledOn },
  { header: '兑现情况', width: 40, value: (r) => r.outcome },
];

export async function exportCommitments(ctx: Ctx, query: CommitmentExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'ledgers.export');
  const visible = visibleTo(ctx);
  const today = ledgerToday();
  const body = await exportList(ctx, {
    action: 'ledgers.export',
    entityType: 'ledger_commitment',
    sheetName: '承诺事项',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readCommitments(ctx.db, visible, query, today, window)),
    present: async (rows) => rows.map((r) => presentCommitment(r, today)),
  });
  return { fileName: datedFileName('承诺事项'), body };
}

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const width = 14;

/** Writes one row across the 14 columns (label + 12 months + total), bordered. */
function put(sheet: ExcelJS.Worksheet, values: (string | number | null)[], options: { bold?: boolean; merge?: boolean } = {}): void {
  const row = sheet.addRow(values.map((v) => (typeof v === 'string' ? neutralizeFormula(v) : (v ?? ''))));
  if (options.merge) sheet.mergeCells(row.number, 1, row.number, width);
  for (let col = 1; col <= width; col += 1) {
    const cell = row.getCell(col);
    cell.border = border;
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: options.merge ? 'left' : 'center' };
    if (options.bold) cell.font = { bold: true };
  }
}

/** The ledger as counties print it: title, header block, then the three sections. */
export function ledgerWorkbook(ledger: CadreLedger): Promise<ExcelJS.Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('第一书记工作台账', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  sheet.columns = [{ width: 22 }, ...Array.from({ length: 12 }, () => ({ width: 7 })), { width: 9 }];
  const village = ledger.village?.name ?? '';
  const title = sheet.addRow([`${village}第一书记工作台账（${ledger.year}年）`]);
  sheet.mergeCells(title.number, 1, title.number, width);
  title.height = 30;
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  const term = ledger.team ? `${ledger.team.termStart} 至 ${ledger.team.termEnd ?? '今'}` : '';
  put(sheet, [`姓名：${ledger.cadre.name}　　派出单位：${ledger.cadre.unitName ?? ''}　　所在村：${village}　　任职期间：${term}`], { merge: true });
  put(sheet, ['一、工作完成情况'], { bold: true, merge: true });
  put(sheet, ['事项', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), '合计'], { bold: true });
  for (const w of ledger.work) put(sheet, [w.label, ...w.months, w.total]);
  put(sheet, [`督查查岗 ${ledger.inspections.checks} 次，不在岗 ${ledger.inspections.absent} 次，通报批评 ${ledger.inspections.criticisms} 次`], { merge: true });
  put(sheet, ['二、承诺事项及兑现情况'], { bold: true, merge: true });
  const c = ledger.commitmentCounts;
  put(sheet, [`共 ${c.total} 项：已兑现 ${c.kept} 项，未兑现 ${c.notKept} 项，未到期 ${c.open - c.overdue} 项，逾期 ${c.overdue} 项`], { merge: true });
  ledger.commitments.forEach((item, i) => {
    const state = item.overdue ? '逾期未兑现' : commitmentStates.labels[item.state].zh;
    put(sheet, [`${i + 1}. ${item.content}（承诺 ${item.promisedOn}，期限 ${item.dueOn}）—${state}${item.outcome ? `：${item.outcome}` : ''}`], { merge: true });
  });
  put(sheet, ['三、群众评议情况'], { bold: true, merge: true });
  const mass = ledger.mass;
  const massText = !mass
    ? '该年度未在工作队任职'
    : mass.sufficient && mass.counts
      ? `参评 ${mass.total} 人：${satisfactions.codes.map((s) => `${satisfactions.labels[s].zh} ${mass.counts![s]} 人`).join('，')}`
      : '评议人数不足';
  put(sheet, [massText], { merge: true });
  return workbook.xlsx.writeBuffer();
}

export async function exportLedger(ctx: Ctx, cadreId: string, year: number | undefined): Promise<ExportFile> {
  requirePermission(ctx.principal, 'ledgers.export');
  const ledger = await cadreLedger(ctx, cadreId, year);
  const body = Buffer.from(await ledgerWorkbook(ledger));
  await recordAudit(ctx.db, ctx.actor, {
    action: 'ledgers.export',
    entityType: 'cadre_ledger',
    entityId: cadreId,
    divisionCode: ledger.village?.divisionCode ?? null,
    after: { year: ledger.year },
  });
  return { fileName: datedFileName(`${ledger.village?.name ?? ''}第一书记工作台账-${ledger.cadre.name}-${ledger.year}`), body };
}
