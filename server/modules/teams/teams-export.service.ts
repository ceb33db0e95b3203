import ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { teamRoleLabels, teamStatusLabels, type TeamExportQuery, type TeamListItem, type TeamMemberView } from '../../../contracts/teams.ts';
import { genderLabels, partyStatusLabels } from '../../../contracts/cadres.ts';
import * as repo from './teams.repository.ts';
import { presentMembers, presentTeamList } from './teams.present.ts';

function unitList(item: TeamListItem): string {
  return item.units.map((u) => (u.isLead ? `${u.name}（牵头）` : u.name)).join('、');
}

const listColumns: ExcelColumn<TeamListItem>[] = [
  { header: '工作队', width: 30, value: (t) => t.name },
  { header: '驻村村庄', width: 36, value: (t) => t.villages.map((v) => v.name ?? v.code).join('、') },
  { header: '派出单位', width: 40, value: unitList },
  { header: '队长', width: 12, value: (t) => t.leaderName },
  { header: '在队人数', width: 10, value: (t) => t.memberCount },
  { header: '任期开始', width: 12, value: (t) => t.termStart },
  { header: '任期结束', width: 12, value: (t) => t.termEnd },
  { header: '状态', width: 10, value: (t) => teamStatusLabels[t.status].zh },
];

/** The filtered list, read a chunk at a time so a province-wide export stays small in memory. */
export async function exportTeams(ctx: Ctx, query: TeamExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'teams.export');
  const body = await exportList(ctx, {
    action: 'teams.export',
    entityType: 'team',
    sheetName: '驻村工作队',
    columns: listColumns,
    filters: query,
    detail: { kind: 'list' },
    chunks: inChunks((window) => repo.readTeams(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentTeamList(ctx.db, rows),
  });
  return { fileName: datedFileName('驻村工作队'), body };
}

const rosterColumns: { header: string; width: number; value: (m: TeamMemberView, index: number) => string | number }[] = [
  { header: '序号', width: 6, value: (_m, index) => index + 1 },
  { header: '姓名', width: 12, value: (m) => m.cadre?.name ?? '' },
  { header: '性别', width: 6, value: (m) => (m.cadre ? genderLabels[m.cadre.gender].zh : '') },
  { header: '队内职务', width: 18, value: (m) => teamRoleLabels[m.role].zh },
  { header: '派出单位', width: 30, value: (m) => m.unitName ?? '' },
  { header: '政治面貌', width: 14, value: (m) => (m.cadre ? partyStatusLabels[m.cadre.partyStatus].zh : '') },
  // Masked: a roster is printed and passed around; the full number stays behind an audited unmask.
  { header: '身份证号', width: 22, value: (m) => m.cadre?.idNumber ?? '' },
  { header: '入队日期', width: 12, value: (m) => m.joinedOn },
];

/** 队员花名册: the team, its villages and units, then the members in post. */
export async function exportRoster(ctx: Ctx, teamId: string): Promise<ExportFile> {
  requirePermission(ctx.principal, 'teams.export');
  const row = await repo.findTeamInScope(ctx.db, ctx.principal.scope, teamId);
  if (!row) throw commonErrors.NOT_FOUND();
  const [team] = await presentTeamList(ctx.db, [row], { paths: true });
  const members = await presentMembers(ctx.db, await repo.membersOf(ctx.db, teamId, { activeOnly: true }));

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('队员花名册');
  sheet.columns = rosterColumns.map((c) => ({ width: c.width }));
  sheet.addRow([`${team!.name} 队员花名册`]).font = { bold: true, size: 14 };
  sheet.addRow(['驻村村庄', team!.villages.map((v) => v.path ?? v.name ?? v.code).join('、')]);
  sheet.addRow(['派出单位', unitList(team!)]);
  sheet.addRow(['任期', `${team!.termStart} 至 ${team!.termEnd ?? '—'}`]);
  sheet.addRow(['状态', teamStatusLabels[team!.status].zh]);
  sheet.addRow([]);
  sheet.addRow(rosterColumns.map((c) => c.header)).font = { bold: true };
  members.forEach((member, index) => sheet.addRow(rosterColumns.map((c) => c.value(member, index))));
  const body = Buffer.from(await workbook.xlsx.writeBuffer());

  await recordAudit(ctx.db, ctx.actor, {
    action: 'teams.export',
    entityType: 'team',
    entityId: teamId,
    divisionCode: row.divisionCode,
    after: { kind: 'roster', rows: members.length },
  });
  return { fileName: `${team!.name}-队员花名册.xlsx`, body };
}
