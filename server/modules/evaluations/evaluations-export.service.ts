import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import type { RankingExportQuery, RankingRow } from '../../../contracts/evaluations.ts';
import * as repo from './evaluations.repository.ts';
import { presentRanking, rankedTotals, type RankedTotal } from './evaluations.present.ts';
import { visibleTo } from './evaluations.service.ts';

/** The ranking as a sheet: who, where, ranks, total and one column per rubric item. */
export async function exportRanking(ctx: Ctx, id: string, query: RankingExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'evaluations.export');
  const found = await repo.findEvaluation(ctx.db, visibleTo(ctx), id);
  if (!found) throw commonErrors.NOT_FOUND();
  const { evaluation } = found;
  const { shown } = await rankedTotals(ctx.db, id, ctx.principal.scope, query);
  const columns: ExcelColumn<RankingRow>[] = [
    { header: '县内名次', width: 8, value: (r) => r.rank.county },
    { header: '乡镇内名次', width: 8, value: (r) => r.rank.township },
    { header: '姓名', width: 12, value: (r) => r.cadreName },
    { header: '乡镇', width: 14, value: (r) => r.townshipName },
    { header: '村', width: 18, value: (r) => r.villageName },
    { header: '工作队', width: 24, value: (r) => r.teamName },
    { header: '总分', width: 8, value: (r) => r.total },
    ...evaluation.rubric.map((item): ExcelColumn<RankingRow> => ({ header: `${item.label}（${item.maxScore}）`, width: 12, value: (r) => r.scores[item.key] ?? null })),
    { header: '未评项数', width: 8, value: (r) => r.missing },
  ];
  async function* chunks(): AsyncGenerator<RankedTotal[]> {
    for (let i = 0; i < shown.length; i += 500) yield shown.slice(i, i + 500);
  }
  const body = await exportList(ctx, {
    action: 'evaluations.export',
    entityType: 'evaluation',
    sheetName: `${evaluation.year}年第${evaluation.quarter}季度测评`,
    columns,
    filters: query,
    detail: { evaluationId: id },
    chunks: chunks(),
    present: (rows) => presentRanking(ctx.db, id, rows),
  });
  return { fileName: datedFileName(`季度综合测评-${evaluation.year}Q${evaluation.quarter}`), body };
}
