import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { isRole } from '../../platform/access/roles.ts';
import { inChunks } from '../../platform/db/paging.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { accountStatusLabels, roleLabels, type AccountExportQuery, type AccountView } from '../../../contracts/accounts.ts';
import * as repo from './accounts.repository.ts';
import { presentAccounts } from './accounts.service.ts';

const yesNo = (flag: boolean) => (flag ? '是' : '否');

// No password material and no cadre ID: what an administrator checks (who holds which power where) only.
const columns: ExcelColumn<AccountView>[] = [
  { header: '用户名', width: 18, value: (a) => a.username },
  { header: '姓名', width: 12, value: (a) => a.displayName },
  { header: '角色', width: 30, value: (a) => a.roles.map((role) => (isRole(role) ? roleLabels[role].zh : role)).join('、') },
  { header: '管辖地区', width: 16, value: (a) => a.scopeDivisionName },
  { header: '所属单位', width: 30, value: (a) => a.scopeUnitName },
  { header: '关联干部', width: 12, value: (a) => a.cadreName },
  { header: '状态', width: 8, value: (a) => accountStatusLabels[a.status].zh },
  { header: '已锁定', width: 8, value: (a) => yesNo(a.locked) },
  { header: '须修改密码', width: 10, value: (a) => yesNo(a.mustChangePassword) },
  { header: '密码修改时间', width: 12, value: (a) => a.passwordChangedAt.slice(0, 10) },
  { header: '创建时间', width: 12, value: (a) => a.createdAt.slice(0, 10) },
];

/** The filtered account list inside the administrator's scope, a chunk at a time. */
export async function exportAccounts(ctx: Ctx, query: AccountExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'accounts.export');
  const body = await exportList(ctx, {
    action: 'accounts.export',
    entityType: 'account',
    sheetName: '账号',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readAccounts(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentAccounts(ctx, rows),
  });
  return { fileName: datedFileName('账号列表'), body };
}
