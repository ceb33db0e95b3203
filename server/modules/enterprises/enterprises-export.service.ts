import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import type { ContributionExportQuery, ContributionItem, EnterpriseExportQuery, EnterpriseListItem } from '../../../contracts/enterprises.ts';
import { contributionKinds } from '../../../contracts/social-codes.ts';
import * as repo from './enterprises.repository.ts';
import * as contributionRepo from './contributions.repository.ts';
import { presentContributions, presentEnterprises } from './enterprises.present.ts';

// The contact's phone stays masked: a list is printed and passed around; the full number is behind an audited unmask.
const enterpriseColumns: ExcelColumn<EnterpriseListItem>[] = [
  { header: '企业名称', width: 34, value: (e) => e.name },
  { header: '统一社会信用代码', width: 22, value: (e) => e.creditCode },
  { header: '登记地区', width: 16, value: (e) => e.divisionName ?? e.divisionCode },
  { header: '所属行业', width: 14, value: (e) => e.industry },
  { header: '企业党组织', width: 26, value: (e) => e.partyOrgName },
  { header: '联系人', width: 10, value: (e) => e.contactName },
  { header: '联系电话', width: 14, value: (e) => e.contactPhone },
  { header: '结对村', width: 40, value: (e) => e.villages.map((v) => v.name ?? v.code).join('、') },
  { header: '备注', width: 30, value: (e) => e.note },
];

const contributionColumns: ExcelColumn<ContributionItem>[] = [
  { header: '日期', width: 12, value: (c) => c.givenOn },
  { header: '企业', width: 34, value: (c) => c.enterpriseName },
  { header: '结对村', width: 22, value: (c) => c.villageName ?? c.divisionCode },
  { header: '帮扶方式', width: 16, value: (c) => contributionKinds.labels[c.kind].zh },
  { header: '金额（元）', width: 14, value: (c) => (c.value === null ? null : Number(c.value)) },
  { header: '数量', width: 10, value: (c) => (c.quantity === null ? null : Number(c.quantity)) },
  { header: '单位', width: 8, value: (c) => c.unit },
  { header: '帮扶内容', width: 40, value: (c) => c.description },
  { header: '关联项目', width: 30, value: (c) => c.projectName },
];

export async function exportEnterprises(ctx: Ctx, query: EnterpriseExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'enterprises.export');
  const scope = ctx.principal.scope;
  const body = await exportList(ctx, {
    action: 'enterprises.export',
    entityType: 'enterprise',
    sheetName: '村企连心企业',
    columns: enterpriseColumns,
    filters: query,
    chunks: inChunks((window) => repo.readEnterprises(ctx.db, scope, query, window)),
    present: (rows) => presentEnterprises(ctx.db, scope, rows),
  });
  return { fileName: datedFileName('村企连心企业名录'), body };
}

export async function exportContributions(ctx: Ctx, query: ContributionExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'enterprises.export');
  const body = await exportList(ctx, {
    action: 'enterprises.contributions.export',
    entityType: 'enterprise_contribution',
    sheetName: '企业帮扶记录',
    columns: contributionColumns,
    filters: query,
    chunks: inChunks((window) => contributionRepo.readContributions(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentContributions(ctx.db, rows),
  });
  return { fileName: datedFileName('村企连心帮扶记录'), body };
}
