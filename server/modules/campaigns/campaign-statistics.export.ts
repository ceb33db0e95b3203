import ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { neutralizeFormula } from '../../platform/excel/workbook-writer.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { campaignLines } from '../../../contracts/party-codes.ts';
import { figureClauses, figureKeys, figureLabels, groupingLabels, type AssessmentQuery, type CampaignFigures, type StatisticsQuery } from '../../../contracts/campaign-analysis.ts';
import { assessmentOf } from './campaign-assessment.service.ts';
import { statisticsOf } from './campaign-statistics.service.ts';

const figureValue = (f: CampaignFigures, key: keyof CampaignFigures) => (key === 'funds' ? Number(f.funds) : f[key]);

async function finish(ctx: Ctx, workbook: ExcelJS.Workbook, audit: { entityType: string; campaignId: string; divisionCode: string; filters: unknown; rows: number }): Promise<Buffer> {
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  await recordAudit(ctx.db, ctx.actor, {
    action: 'campaigns.export',
    entityType: audit.entityType,
    entityId: audit.campaignId,
    divisionCode: audit.divisionCode,
    after: { filters: audit.filters, rows: audit.rows },
  });
  return body;
}

/** The report's sentence one clause a row, then the figures of each group. */
export async function exportCampaignStatistics(ctx: Ctx, campaignId: string, query: StatisticsQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'campaigns.export');
  const { reach, view } = await statisticsOf(ctx, campaignId, query);
  const { campaign } = reach;
  const title = `${campaign.name}工作情况统计`;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('工作情况统计');
  sheet.columns = [{ width: 30 }, ...figureKeys.map(() => ({ width: 14 }))];
  sheet.addRow([neutralizeFormula(title)]).font = { bold: true, size: 14 };
  for (const clause of figureClauses(view.totals)) sheet.addRow([clause]);
  sheet.addRow([]);
  sheet.addRow([groupingLabels[view.groupBy].zh, ...figureKeys.map((k) => figureLabels[k].zh)]).font = { bold: true };
  for (const row of view.rows) sheet.addRow([neutralizeFormula(row.label), ...figureKeys.map((k) => figureValue(row.figures, k))]);
  sheet.addRow(['合计', ...figureKeys.map((k) => figureValue(view.totals, k))]).font = { bold: true };
  const body = await finish(ctx, workbook, { entityType: 'campaign_statistics', campaignId, divisionCode: campaign.divisionCode, filters: query, rows: view.rows.length });
  return { fileName: datedFileName(title), body };
}

export async function exportCampaignAssessment(ctx: Ctx, campaignId: string, query: AssessmentQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'campaigns.export');
  const { reach, view } = await assessmentOf(ctx, campaignId, query);
  const title = `${view.campaignName}专项目标考核`;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('专项目标考核');
  const lineHeaders = view.lines.flatMap((line) => {
    const name = campaignLines.labels[line].zh;
    return [`${name}·目标`, `${name}·完成`, `${name}·完成率（%）`];
  });
  sheet.columns = [{ width: 30 }, ...lineHeaders.map(() => ({ width: 14 })), { width: 10 }, { width: 8 }];
  sheet.addRow([neutralizeFormula(title)]).font = { bold: true, size: 14 };
  sheet.addRow([`满分 ${view.formula.fullScore}，完成率上限 ${view.formula.capPercent}%`]);
  sheet.addRow([]);
  sheet.addRow(['单位', ...lineHeaders, '得分', '名次']).font = { bold: true };
  for (const row of view.rows) {
    sheet.addRow([neutralizeFormula(row.unitName), ...row.cells.flatMap((c) => [c.target, c.achieved, c.percent]), row.score, row.rank]);
  }
  const body = await finish(ctx, workbook, { entityType: 'campaign_assessment', campaignId, divisionCode: reach.campaign.divisionCode, filters: query, rows: view.rows.length });
  return { fileName: datedFileName(title), body };
}
