import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { achievedFigure, type AssessmentFormulaBody, type AssessmentQuery, type AssessmentRow, type AssessmentView } from '../../../contracts/campaign-analysis.ts';
import type { CampaignLine } from '../../../contracts/party-codes.ts';
import * as repo from './campaign-statistics.repository.ts';
import { assessmentScore, completionPercent, ranksOf } from './campaign-assessment.rules.ts';
import { reachOf, type Reach } from './campaign-statistics.service.ts';

/**
 * 专项目标考核 [001]: every unit of the allocation plan against its targets, scored by the campaign's
 * formula and ranked among units. A unit's party committee sees its own row with its place among all;
 * the organization departments see the ledger of their region, not the units' assessment.
 */
export async function campaignAssessment(ctx: Ctx, campaignId: string, query: AssessmentQuery): Promise<AssessmentView> {
  return (await assessmentOf(ctx, campaignId, query)).view;
}

export async function assessmentOf(ctx: Ctx, campaignId: string, query: AssessmentQuery): Promise<{ reach: Reach; view: AssessmentView }> {
  const reach = await reachOf(ctx, campaignId);
  if (reach.kind === 'region') throw commonErrors.NOT_FOUND();
  const rows = await assessAll(ctx, reach);
  const q = query.q?.toLowerCase();
  const visible = rows.filter(
    (r) => (reach.kind !== 'unit' || r.unitId === reach.unitId) && (!query.unitId || r.unitId === query.unitId) && (!q || r.unitName.toLowerCase().includes(q)),
  );
  const { campaign } = reach;
  return { reach, view: { campaignId: campaign.id, campaignName: campaign.name, lines: campaign.lines, formula: campaign.formula, rows: visible } };
}

async function assessAll(ctx: Ctx, reach: Reach): Promise<AssessmentRow[]> {
  const { campaign } = reach;
  const targets = await repo.targetsOf(ctx.db, campaign.id);
  const achieved = await repo.figuresBy(ctx.db, { campaignId: campaign.id }, { kind: 'unit' });
  const achievedOf = new Map(achieved.map((a) => [a.key, a]));
  const byUnit = new Map<string, { unitName: string; targets: Map<CampaignLine, number> }>();
  for (const t of targets) {
    const unit = byUnit.get(t.unitId) ?? { unitName: t.unitName, targets: new Map() };
    unit.targets.set(t.line, t.target);
    byUnit.set(t.unitId, unit);
  }
  const unscored = [...byUnit].map(([unitId, unit]) => {
    const figures = achievedOf.get(unitId);
    const results = campaign.lines.map((line) => ({ line, target: unit.targets.get(line) ?? 0, achieved: figures ? (figures[achievedFigure[line]] as number) : 0 }));
    return {
      unitId,
      unitName: unit.unitName,
      cells: results.map((r) => ({ ...r, percent: completionPercent(r.achieved, r.target, campaign.formula.capPercent) })),
      score: assessmentScore(campaign.formula, results),
    };
  });
  const ranks = ranksOf(unscored.map((r) => r.score));
  return unscored
    .map((r, i) => ({ ...r, rank: ranks[i] ?? null }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unitName.localeCompare(b.unitName, 'zh-CN'));
}

export async function updateAssessmentFormula(ctx: Ctx, campaignId: string, body: AssessmentFormulaBody): Promise<AssessmentView> {
  requirePermission(ctx.principal, 'campaigns.assess');
  const reach = await reachOf(ctx, campaignId);
  if (reach.kind !== 'all') throw commonErrors.NOT_FOUND();
  const formula = { weights: body.weights, capPercent: body.capPercent, fullScore: body.fullScore };
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockCampaign(tx, campaignId);
    if (!before) throw commonErrors.NOT_FOUND();
    await repo.updateFormula(tx, campaignId, formula);
    await recordAudit(tx, ctx.actor, {
      action: 'campaigns.assess',
      entityType: 'campaign_formula',
      entityId: campaignId,
      divisionCode: before.divisionCode,
      before: before.formula,
      after: formula,
    });
  });
  return campaignAssessment(ctx, campaignId, {});
}
