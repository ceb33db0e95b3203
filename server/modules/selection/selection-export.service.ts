import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import {
  nominationStateLabels,
  slotStatusLabels,
  type NominationExportQuery,
  type NominationListItem,
  type SlotExportQuery,
  type SlotListItem,
} from '../../../contracts/selection.ts';
import { teamRoleLabels } from '../../../contracts/teams.ts';
import * as repo from './selection.repository.ts';
import { presentNominations, presentSlots } from './selection.present.ts';

const slotColumns: ExcelColumn<SlotListItem>[] = [
  { header: '村庄', width: 36, value: (s) => s.villagePath ?? s.villageName ?? s.divisionCode },
  { header: '派出单位', width: 30, value: (s) => s.unitName },
  { header: '工作队', width: 30, value: (s) => s.teamName },
  { header: '队内职务', width: 18, value: (s) => teamRoleLabels[s.role].zh },
  { header: '需求说明', width: 40, value: (s) => s.needs },
  { header: '推荐截止', width: 12, value: (s) => s.nominateBy },
  { header: '任期开始', width: 12, value: (s) => s.termStart },
  { header: '任期结束', width: 12, value: (s) => s.termEnd },
  { header: '状态', width: 10, value: (s) => slotStatusLabels[s.status].zh },
];

export async function exportSlots(ctx: Ctx, query: SlotExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'selection.export');
  const body = await exportList(ctx, {
    action: 'selection.export',
    entityType: 'selection_slot',
    sheetName: '选派岗位',
    columns: slotColumns,
    filters: query,
    detail: { kind: 'slots' },
    chunks: inChunks((window) => repo.readSlots(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentSlots(ctx.db, rows, { paths: true }),
  });
  return { fileName: datedFileName('选派岗位'), body };
}

const nominationColumns: ExcelColumn<NominationListItem>[] = [
  { header: '姓名', width: 12, value: (n) => n.cadreName },
  { header: '派出单位', width: 30, value: (n) => n.unitName },
  { header: '村庄', width: 24, value: (n) => n.villageName ?? n.divisionCode },
  { header: '队内职务', width: 18, value: (n) => teamRoleLabels[n.role].zh },
  { header: '状态', width: 12, value: (n) => nominationStateLabels[n.state].zh },
  { header: '派驻日期', width: 12, value: (n) => n.effectiveDate },
  { header: '离岗日期', width: 12, value: (n) => n.endDate },
  { header: '退回/召回原因', width: 40, value: (n) => n.reason },
  { header: '重派', width: 8, value: (n) => (n.replacesId ? '是' : '') },
];

export async function exportNominations(ctx: Ctx, query: NominationExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'selection.export');
  const body = await exportList(ctx, {
    action: 'selection.export',
    entityType: 'selection_nomination',
    sheetName: '选派人选',
    columns: nominationColumns,
    filters: query,
    detail: { kind: 'nominations' },
    chunks: inChunks((window) => repo.readNominations(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentNominations(ctx.db, rows),
  });
  return { fileName: datedFileName('选派人选'), body };
}
