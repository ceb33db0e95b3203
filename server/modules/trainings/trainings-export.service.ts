import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import {
  materialKindLabels,
  trainingLevelLabels,
  trainingStageLabels,
  type MaterialExportQuery,
  type MaterialItem,
  type TrainingExportQuery,
  type TrainingListItem,
} from '../../../contracts/trainings.ts';
import * as sessions from './trainings.repository.ts';
import * as materials from './materials.repository.ts';
import { presentSessionList } from './trainings.present.ts';
import { presentMaterials } from './materials.service.ts';
import { failOn } from './trainings.service.ts';
import { checkDateRange } from './trainings.rules.ts';

const sessionColumns: ExcelColumn<TrainingListItem>[] = [
  { header: '培训日期', width: 12, value: (s) => s.heldOn },
  { header: '培训主题', width: 40, value: (s) => s.topic },
  { header: '层级', width: 16, value: (s) => trainingLevelLabels[s.level].zh },
  { header: '阶段', width: 12, value: (s) => trainingStageLabels[s.stage].zh },
  { header: '举办地区', width: 16, value: (s) => s.divisionName ?? s.divisionCode },
  { header: '地点', width: 24, value: (s) => s.place },
  { header: '学时', width: 8, value: (s) => s.hours },
  { header: '参训人数', width: 10, value: (s) => s.attendeeCount },
  { header: '实到人数', width: 10, value: (s) => s.attendedCount },
  { header: '备注', width: 30, value: (s) => s.note },
];

export async function exportSessions(ctx: Ctx, query: TrainingExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'trainings.read');
  failOn(checkDateRange(query.from, query.to));
  const body = await exportList(ctx, {
    action: 'trainings.export',
    entityType: 'training_session',
    sheetName: '培训台账',
    columns: sessionColumns,
    filters: query,
    detail: { kind: 'sessions' },
    chunks: inChunks((window) => sessions.readSessions(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentSessionList(ctx.db, rows),
  });
  return { fileName: datedFileName('培训台账'), body };
}

const materialColumns: ExcelColumn<MaterialItem>[] = [
  { header: '发放日期', width: 12, value: (m) => m.issuedOn },
  { header: '物资', width: 14, value: (m) => materialKindLabels[m.kind].zh },
  { header: '工作队', width: 32, value: (m) => m.teamName },
  { header: '领取人', width: 12, value: (m) => m.cadreName ?? '（工作队）' },
  { header: '数量', width: 8, value: (m) => m.quantity },
  { header: '备注', width: 30, value: (m) => m.note },
];

export async function exportMaterials(ctx: Ctx, query: MaterialExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'trainings.read');
  failOn(checkDateRange(query.from, query.to));
  const body = await exportList(ctx, {
    action: 'trainings.materials.export',
    entityType: 'issued_material',
    sheetName: '物资发放台账',
    columns: materialColumns,
    filters: query,
    detail: { kind: 'materials' },
    chunks: inChunks((window) => materials.readMaterials(ctx.db, ctx.principal.scope, query, window)),
    present: async (rows) => presentMaterials(rows),
  });
  return { fileName: datedFileName('物资发放台账'), body };
}
