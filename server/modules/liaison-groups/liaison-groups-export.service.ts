import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { liaisonGroupKinds, liaisonPlatforms, liaisonRoles, type LiaisonGroupExportQuery, type LiaisonGroupView } from '../../../contracts/liaison-groups.ts';
import * as repo from './liaison-groups.repository.ts';
import { liaisonToday, presentGroups } from './liaison-groups.service.ts';

type ExportRow = LiaisonGroupView & { teams: string; contacts: string };

const columns: ExcelColumn<ExportRow>[] = [
  { header: '名称', width: 30, value: (r) => r.name },
  { header: '类别', width: 14, value: (r) => liaisonGroupKinds.labels[r.kind].zh },
  { header: '平台', width: 10, value: (r) => (r.platform ? liaisonPlatforms.labels[r.platform].zh : null) },
  { header: '所属区域', width: 16, value: (r) => r.regionName },
  { header: '成立日期', width: 12, value: (r) => r.establishedOn },
  { header: '撤销日期', width: 12, value: (r) => r.dissolvedOn },
  { header: '组长单位', width: 24, value: (r) => r.leaderTeamName },
  { header: '成员工作队数', width: 12, value: (r) => r.memberCount },
  { header: '成员工作队', width: 60, value: (r) => r.teams },
  { header: '联络人', width: 40, value: (r) => r.contacts },
];

/** One row per group, its teams and their contacts by name only, in the chunk's order. */
async function presentForExport(executor: Executor, rows: repo.LiaisonGroupListRow[]): Promise<ExportRow[]> {
  const views = await presentGroups(executor, rows);
  const members = await repo.membersOfGroups(executor, views.map((v) => v.id));
  return views.map((view) => {
    const own = members.filter((m) => m.groupId === view.id);
    return {
      ...view,
      teams: own.map((m) => `${m.teamName}（${liaisonRoles.labels[m.role].zh}）`).join('、'),
      contacts: own.flatMap((m) => (m.contactName ? [`${m.contactName}（${m.teamName}）`] : [])).join('、'),
    };
  });
}

export async function exportGroups(ctx: Ctx, query: LiaisonGroupExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'liaison_groups.read');
  const today = liaisonToday();
  const body = await exportList(ctx, {
    action: 'liaison_groups.export',
    entityType: 'liaison_group',
    sheetName: '联络小组',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readGroups(ctx.db, ctx.principal.scope, query, today, window)),
    present: (rows) => presentForExport(ctx.db, rows),
  });
  return { fileName: datedFileName('联络小组'), body };
}
