import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { inChunks } from '../../platform/db/paging.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { partyOrgKindLabels, type PartyOrgExportQuery, type PartyOrgView } from '../../../contracts/party-orgs.ts';
import * as repo from './party-orgs.repository.ts';
import { presentPartyOrgs } from './party-orgs.present.ts';
import { visibleTo } from './party-orgs.service.ts';

const columns: ExcelColumn<PartyOrgView>[] = [
  { header: '党组织名称', width: 36, value: (o) => o.name },
  { header: '类别', width: 12, value: (o) => partyOrgKindLabels[o.kind].zh },
  { header: '上级党组织', width: 30, value: (o) => o.parentName },
  { header: '所在地', width: 16, value: (o) => o.divisionName },
  { header: '所属单位', width: 30, value: (o) => o.unitName },
  { header: '成立日期', width: 12, value: (o) => o.establishedOn },
  { header: '在册党员', width: 10, value: (o) => o.memberCount },
  { header: '下级组织', width: 10, value: (o) => o.childCount },
  { header: '备注', width: 30, value: (o) => o.note },
];

/** The filtered list of the organizations the caller sees, a chunk at a time. */
export async function exportPartyOrgs(ctx: Ctx, query: PartyOrgExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'party_orgs.export');
  const visible = visibleTo(ctx);
  const body = await exportList(ctx, {
    action: 'party_orgs.export',
    entityType: 'party_org',
    sheetName: '党组织',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readPartyOrgs(ctx.db, visible, query, window)),
    present: (rows) => presentPartyOrgs(ctx, rows),
  });
  return { fileName: datedFileName('党组织'), body };
}
