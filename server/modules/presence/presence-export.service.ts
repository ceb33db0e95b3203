import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import type { PresenceExportQuery, PresenceMonthlyExportQuery, PresenceMonthlyItem, PresenceView } from '../../../contracts/presence.ts';
import * as repo from './presence.repository.ts';
import { presentPresence } from './presence.present.ts';
import { monthFigures } from './presence.figures.ts';
import { filtersOf, reachOf } from './presence.service.ts';
import { monthOf, todayInBeijing } from './presence.rules.ts';

const rowColumns: ExcelColumn<PresenceView>[] = [
  { header: '日期', width: 12, value: (r) => r.day },
  { header: '队员', width: 12, value: (r) => r.cadreName },
  { header: '工作队', width: 30, value: (r) => r.teamName },
  { header: '驻村村庄', width: 24, value: (r) => r.villageName ?? r.divisionCode },
  { header: '位置', width: 24, value: (r) => (r.latitude === null ? '未附位置' : `${r.latitude.toFixed(5)}, ${r.longitude?.toFixed(5)}`) },
  { header: '距村（公里）', width: 12, value: (r) => r.distanceKm },
  { header: '距村较远', width: 10, value: (r) => (r.far ? '是' : '') },
  { header: '备注', width: 30, value: (r) => r.note },
];

export async function exportPresence(ctx: Ctx, query: PresenceExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'presence.read');
  const reach = await reachOf(ctx);
  const filters = filtersOf(query);
  const body = await exportList(ctx, {
    action: 'presence.export',
    entityType: 'presence_day',
    sheetName: '在岗登记',
    columns: rowColumns,
    filters: query,
    detail: { kind: 'days' },
    chunks: inChunks((window) => repo.readPresence(ctx.db, reach, filters, query.order, window)),
    present: async (rows) => presentPresence(ctx, rows),
  });
  return { fileName: datedFileName('在岗登记'), body };
}

const monthlyColumns: ExcelColumn<PresenceMonthlyItem>[] = [
  { header: '驻村村庄', width: 24, value: (i) => i.villageName ?? i.divisionCode },
  { header: '工作队', width: 30, value: (i) => i.teamName },
  { header: '队员', width: 12, value: (i) => i.cadreName },
  { header: '在村天数', width: 10, value: (i) => i.daysInVillage },
  { header: '请假天数（已批准）', width: 18, value: (i) => i.leaveDays },
  { header: '应在村天数', width: 12, value: (i) => i.required },
  { header: '未达标', width: 8, value: (i) => (i.belowMinimum ? '是' : '') },
  { header: '距村较远天数', width: 14, value: (i) => i.farDays },
];

async function* once<T>(rows: T[]): AsyncGenerator<T[]> {
  if (rows.length > 0) yield rows;
}

/** The monthly figures as the township reads them, in roster order (village, team, name). */
export async function exportMonthly(ctx: Ctx, query: PresenceMonthlyExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'presence.read');
  const today = todayInBeijing();
  const month = query.month ?? monthOf(today);
  const { items } = await monthFigures(ctx.db, await reachOf(ctx), ctx.deps.config.duty, month, today, query);
  const shown = query.belowMinimum ? items.filter((i) => i.belowMinimum) : items;
  const body = await exportList(ctx, {
    action: 'presence.export',
    entityType: 'presence_day',
    sheetName: `${month} 在村天数`,
    columns: monthlyColumns,
    filters: { ...query, month },
    detail: { kind: 'monthly' },
    chunks: once(shown),
    present: async (rows) => rows,
  });
  return { fileName: datedFileName(`在村天数-${month}`), body };
}
