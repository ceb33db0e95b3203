import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { assessmentCategories, grades } from '../../../contracts/evaluation-codes.ts';
import type { GradeFilterQuery, GradeView } from '../../../contracts/assessments.ts';
import * as repo from './assessments.repository.ts';
import { presentGrade } from './assessments.service.ts';

const quarter = (i: number) => (r: GradeView) => r.basis.quarterTotals[i] ?? null;

const columns: ExcelColumn<GradeView>[] = [
  { header: '类别', width: 10, value: (r) => assessmentCategories.labels[r.category].zh },
  { header: '村', width: 20, value: (r) => r.villageName },
  { header: '工作队', width: 24, value: (r) => r.teamName },
  { header: '姓名', width: 12, value: (r) => r.cadreName },
  { header: '一季度', width: 9, value: quarter(0) },
  { header: '二季度', width: 9, value: quarter(1) },
  { header: '三季度', width: 9, value: quarter(2) },
  { header: '四季度', width: 9, value: quarter(3) },
  { header: '平均分', width: 9, value: (r) => r.basis.average },
  { header: '承诺到期', width: 9, value: (r) => r.basis.commitmentsDue },
  { header: '承诺兑现', width: 9, value: (r) => r.basis.commitmentsKept },
  { header: '通报批评', width: 9, value: (r) => r.basis.criticisms },
  { header: '查岗不在岗', width: 10, value: (r) => r.basis.findings },
  { header: '建议等次', width: 10, value: (r) => grades.labels[r.proposedGrade].zh },
  { header: '评定等次', width: 10, value: (r) => grades.labels[r.grade].zh },
  { header: '调整理由', width: 30, value: (r) => r.reason },
];

export async function exportAssessment(ctx: Ctx, id: string, query: Partial<GradeFilterQuery>): Promise<ExportFile> {
  requirePermission(ctx.principal, 'assessments.export');
  const found = await repo.findAssessment(ctx.db, repo.assessmentScope(ctx.principal.scope), id);
  if (!found) throw commonErrors.NOT_FOUND();
  const visible = repo.gradeScope(ctx.principal.scope);
  const body = await exportList(ctx, {
    action: 'assessments.export',
    entityType: 'assessment',
    sheetName: '年度考核',
    columns,
    filters: query,
    detail: { assessmentId: id },
    chunks: inChunks((window) => repo.readGrades(ctx.db, id, visible, query, window)),
    present: async (rows) => rows.map(presentGrade),
  });
  return { fileName: datedFileName(`${found.countyName ?? ''}${found.assessment.year}年度考核`), body };
}
