import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { redFlagSteps, type PairingExportQuery, type PairingView } from '../../../contracts/branch-pairings.ts';
import * as repo from './branch-pairings.repository.ts';
import { presentPairings } from './branch-pairings.present.ts';
import { visibleTo } from './branch-pairings.service.ts';

const columns: ExcelColumn<PairingView>[] = [
  { header: '单位', width: 24, value: (r) => r.organBranch.unitName },
  { header: '机关党支部', width: 28, value: (r) => r.organBranch.name },
  { header: '机关支部党员数', width: 10, value: (r) => r.organBranch.memberCount },
  { header: '村', width: 20, value: (r) => r.villageBranch.villageName },
  { header: '村党支部', width: 28, value: (r) => r.villageBranch.name },
  { header: '村支部党员数', width: 10, value: (r) => r.villageBranch.memberCount },
  { header: '结对开始', width: 12, value: (r) => r.startedOn },
  { header: '结对结束', width: 12, value: (r) => r.endedOn },
  { header: '共建事项数', width: 10, value: (r) => r.activityCount },
  { header: '投入金额（元）', width: 14, value: (r) => Number(r.amount) },
  { header: '红旗党支部创建', width: 14, value: (r) => (r.redFlagStep ? redFlagSteps.labels[r.redFlagStep].zh : '未申报') },
  { header: '共建目标', width: 40, value: (r) => r.goals },
];

export async function exportPairings(ctx: Ctx, query: PairingExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'branch_pairings.export');
  const visible = visibleTo(ctx);
  const body = await exportList(ctx, {
    action: 'branch_pairings.export',
    entityType: 'branch_pairing',
    sheetName: '结对共建',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readPairings(ctx.db, visible, query, window)),
    present: (rows) => presentPairings(ctx.db, rows),
  });
  return { fileName: datedFileName('结对共建'), body };
}
