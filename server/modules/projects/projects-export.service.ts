import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { projectCategories, type ProjectCategory } from '../../../contracts/project-codes.ts';
import { projectStateLabels, type ProjectExportQuery, type ProjectListItem } from '../../../contracts/projects.ts';
import * as repo from './projects.repository.ts';
import { presentProjectList } from './projects.present.ts';

const columns: ExcelColumn<ProjectListItem>[] = [
  { header: '项目名称', width: 36, value: (p) => p.name },
  { header: '项目类别', width: 12, value: (p) => projectCategories.labels[p.category as ProjectCategory]?.zh ?? p.category },
  { header: '所在村', width: 20, value: (p) => p.villageName },
  { header: '实施主体', width: 24, value: (p) => p.responsibleEntity },
  { header: '预算（元）', width: 16, value: (p) => p.budget },
  { header: '批复预算（元）', width: 16, value: (p) => p.approvedBudget },
  { header: '状态', width: 14, value: (p) => projectStateLabels[p.state].zh },
  { header: '公示开始', width: 12, value: (p) => p.noticeStart },
  { header: '公示结束', width: 12, value: (p) => p.noticeEnd },
  { header: '受益户数', width: 10, value: (p) => p.beneficiaryHouseholds },
  { header: '受益人数', width: 10, value: (p) => p.beneficiaryPersons },
];

export async function exportProjects(ctx: Ctx, query: ProjectExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'projects.export');
  const body = await exportList(ctx, {
    action: 'projects.export',
    entityType: 'project',
    sheetName: '项目库',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readProjects(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentProjectList(ctx.db, rows),
  });
  return { fileName: datedFileName('项目库'), body };
}
