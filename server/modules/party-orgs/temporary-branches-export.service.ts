import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { inChunks } from '../../platform/db/paging.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { approvalLevels, branchStatuses } from '../../../contracts/party-codes.ts';
import type { TemporaryBranchExportQuery, TemporaryBranchView } from '../../../contracts/temporary-branches.ts';
import * as branches from './temporary-branches.repository.ts';
import { presentBranches } from './temporary-branches.present.ts';
import { visibleTo } from './party-orgs.service.ts';

const columns: ExcelColumn<TemporaryBranchView>[] = [
  { header: '临时党支部名称', width: 36, value: (b) => b.name },
  { header: '状态', width: 10, value: (b) => branchStatuses.labels[b.status].zh },
  { header: '审批部门', width: 16, value: (b) => (b.approvalLevel ? approvalLevels.labels[b.approvalLevel].zh : null) },
  { header: '所在地', width: 16, value: (b) => b.divisionName },
  { header: '成立日期', width: 12, value: (b) => b.establishedOn },
  { header: '选举日期', width: 12, value: (b) => b.electedOn },
  { header: '在册党员', width: 10, value: (b) => b.memberCount },
  { header: '撤销日期', width: 12, value: (b) => b.dissolvedOn },
  { header: '撤销原因', width: 30, value: (b) => b.dissolvedReason },
];

export async function exportTemporaryBranches(ctx: Ctx, query: TemporaryBranchExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'party_orgs.export');
  const visible = visibleTo(ctx);
  const body = await exportList(ctx, {
    action: 'party_orgs.export_branches',
    entityType: 'party_org',
    sheetName: '临时党支部',
    columns,
    filters: query,
    chunks: inChunks((window) => branches.readBranches(ctx.db, visible, query, window)),
    present: (rows) => presentBranches(ctx, rows),
  });
  return { fileName: datedFileName('临时党支部'), body };
}
