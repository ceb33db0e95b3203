import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import {
  inspectionMethodLabels,
  rectificationStateLabels,
  type CriticismExportQuery,
  type CriticismItem,
  type InspectionExportQuery,
  type InspectionListItem,
  type RectificationExportQuery,
  type RectificationListItem,
} from '../../../contracts/inspections.ts';
import * as repo from './inspections.repository.ts';
import * as orders from './rectifications.repository.ts';
import { presentCriticisms, presentInspectionList, presentRectifications } from './inspections.present.ts';
import { todayInBeijing } from './inspections.rules.ts';
import { sweepBeforeReading } from './sweep.service.ts';

const inspectionColumns: ExcelColumn<InspectionListItem>[] = [
  { header: '督查日期', width: 12, value: (i) => i.inspectedOn },
  { header: '督查方式', width: 12, value: (i) => inspectionMethodLabels[i.method].zh },
  { header: '督查范围', width: 16, value: (i) => i.divisionName ?? i.divisionCode },
  { header: '牵头单位', width: 24, value: (i) => i.leadUnit },
  { header: '参加人员', width: 30, value: (i) => i.participants },
  { header: '检查人数', width: 10, value: (i) => i.checked },
  { header: '在岗人数', width: 10, value: (i) => i.atPost },
  { header: '无故脱岗', width: 10, value: (i) => i.absent },
];

export async function exportInspections(ctx: Ctx, query: InspectionExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'inspections.export');
  const body = await exportList(ctx, {
    action: 'inspections.export',
    entityType: 'inspection',
    sheetName: '督查记录',
    columns: inspectionColumns,
    filters: query,
    chunks: inChunks((window) => repo.readInspections(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentInspectionList(ctx.db, rows),
  });
  return { fileName: datedFileName('督查记录'), body };
}

const rectificationColumns: ExcelColumn<RectificationListItem>[] = [
  { header: '干部', width: 12, value: (r) => r.cadreName },
  { header: '工作队', width: 30, value: (r) => r.teamName },
  { header: '驻村村庄', width: 20, value: (r) => r.villageName ?? r.divisionCode },
  { header: '督查日期', width: 12, value: (r) => r.inspectedOn },
  { header: '督查方式', width: 12, value: (r) => inspectionMethodLabels[r.method].zh },
  { header: '整改要求', width: 40, value: (r) => r.requirement },
  { header: '整改期限', width: 12, value: (r) => r.deadline },
  { header: '状态', width: 16, value: (r) => rectificationStateLabels[r.state].zh },
  { header: '是否逾期', width: 10, value: (r) => (r.overdue ? '是' : '否') },
  { header: '整改情况', width: 40, value: (r) => r.response },
];

export async function exportRectifications(ctx: Ctx, query: RectificationExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'inspections.export');
  await sweepBeforeReading(ctx);
  const today = todayInBeijing();
  const body = await exportList(ctx, {
    action: 'rectifications.export',
    entityType: 'rectification',
    sheetName: '限期整改',
    columns: rectificationColumns,
    filters: query,
    chunks: inChunks((window) => orders.readRectifications(ctx.db, ctx.principal.scope, query, today, window)),
    present: (rows) => presentRectifications(ctx.db, rows, today),
  });
  return { fileName: datedFileName('限期整改'), body };
}

const criticismColumns: ExcelColumn<CriticismItem>[] = [
  { header: '通报日期', width: 12, value: (c) => c.issuedOn },
  { header: '年度', width: 8, value: (c) => c.year },
  { header: '干部', width: 12, value: (c) => c.cadreName },
  { header: '工作队', width: 30, value: (c) => c.teamName },
  { header: '驻村村庄', width: 20, value: (c) => c.villageName ?? c.divisionCode },
  { header: '通报内容', width: 60, value: (c) => c.content },
];

export async function exportCriticisms(ctx: Ctx, query: CriticismExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'inspections.export');
  await sweepBeforeReading(ctx);
  const body = await exportList(ctx, {
    action: 'criticisms.export',
    entityType: 'criticism',
    sheetName: '通报批评',
    columns: criticismColumns,
    filters: query,
    chunks: inChunks((window) => orders.readCriticisms(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentCriticisms(ctx.db, rows),
  });
  return { fileName: datedFileName('通报批评'), body };
}
