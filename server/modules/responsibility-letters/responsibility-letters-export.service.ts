import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import type { LetterExportQuery, LetterListItem, LetterPerformanceQuery, UnitLetterPerformance } from '../../../contracts/responsibility-letters.ts';
import * as repo from './responsibility-letters.repository.ts';
import { presentLetterList } from './responsibility-letters.present.ts';
import { letterToday } from './responsibility-letters.rules.ts';
import { letterPerformanceByUnit } from './responsibility-letters-performance.service.ts';

const letterColumns: ExcelColumn<LetterListItem>[] = [
  { header: '年度', width: 8, value: (r) => r.year },
  { header: '责任状', width: 36, value: (r) => r.title },
  { header: '牵头后盾单位', width: 30, value: (r) => r.unitName },
  { header: '村', width: 20, value: (r) => r.villageName },
  { header: '签订方', width: 24, value: (r) => r.signedWith },
  { header: '签订日期', width: 12, value: (r) => r.signedOn },
  { header: '任务数', width: 8, value: (r) => r.tasks.total },
  { header: '未完成', width: 8, value: (r) => r.tasks.open },
  { header: '已报完成', width: 10, value: (r) => r.tasks.reported },
  { header: '已确认完成', width: 10, value: (r) => r.tasks.confirmed },
  { header: '逾期未完成', width: 10, value: (r) => r.tasks.overdue },
];

export async function exportLetters(ctx: Ctx, query: LetterExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'responsibility-letters.export');
  const today = letterToday();
  const body = await exportList(ctx, {
    action: 'responsibility-letters.export',
    entityType: 'responsibility_letter',
    sheetName: '责任状',
    columns: letterColumns,
    filters: query,
    chunks: inChunks((window) => repo.readLetters(ctx.db, ctx.principal.scope, query, today, window)),
    present: (rows) => presentLetterList(ctx.db, rows, today),
  });
  return { fileName: datedFileName('责任状'), body };
}

const performanceColumns: ExcelColumn<UnitLetterPerformance>[] = [
  { header: '牵头后盾单位', width: 32, value: (r) => r.unitName },
  { header: '责任状', width: 8, value: (r) => r.letters },
  { header: '任务数', width: 8, value: (r) => r.total },
  { header: '已确认完成', width: 10, value: (r) => r.confirmed },
  { header: '按期完成', width: 10, value: (r) => r.confirmedOnTime },
  { header: '待确认', width: 8, value: (r) => r.reported },
  { header: '逾期未完成', width: 10, value: (r) => r.openOverdue },
  { header: '完成率（%）', width: 12, value: (r) => r.completionRate },
];

export async function exportLetterPerformance(ctx: Ctx, query: LetterPerformanceQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'responsibility-letters.export');
  const items = await letterPerformanceByUnit(ctx.db, ctx.principal.scope, query.year, { ...(query.divisionCode ? { divisionCode: query.divisionCode } : {}) });
  async function* once() {
    yield items;
  }
  const body = await exportList(ctx, {
    action: 'responsibility-letters.export',
    entityType: 'responsibility_letter',
    sheetName: `${query.year}年责任状完成情况`,
    columns: performanceColumns,
    filters: query,
    detail: { report: 'performance' },
    chunks: once(),
    present: async (rows) => rows,
  });
  return { fileName: datedFileName(`${query.year}年责任状完成情况`), body };
}
