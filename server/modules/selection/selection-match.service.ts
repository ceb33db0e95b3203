import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { findWorkflows, stepsOf } from '../../platform/workflow/workflow.ts';
import type { SpecialityCode } from '../../../contracts/cadres.ts';
import type { CadreMatchList, CadreTimeline, VillageMatchList } from '../../../contracts/selection.ts';
import { findCadreInScope } from '../cadres/index.ts';
import { divisionPaths } from '../divisions/index.ts';
import { classYear, latestVillageClasses } from '../village-classes/index.ts';
import * as repo from './selection.repository.ts';
import * as match from './selection-match.repository.ts';
import { rankByFit, scoreFit, type Candidate, type VillageNeeds } from './selection.rules.ts';
import { withClassFit } from './selection-match.rules.ts';
import { selectionWorkflow } from './selection.workflow.ts';
import { presentNominations } from './selection.present.ts';

function needsOf(village: match.VillageFacts): VillageNeeds {
  return {
    mainIndustries: village.mainIndustries,
    infrastructureGaps: village.infrastructureGaps,
    note: village.note,
    collectiveIncome: village.collectiveIncome === null ? null : Number(village.collectiveIncome),
  };
}

/** The unit serves in the village's township already (a team or pairing there). */
function servesNearby(unit: match.UnitFacts | undefined, villageCode: string): boolean {
  const township = villageCode.slice(0, 9);
  return Boolean(unit?.places.some((p) => p.startsWith(township)));
}

function candidateOf(specialities: string[], unit: match.UnitFacts | undefined, villageCode: string): Candidate {
  return {
    specialities: specialities as SpecialityCode[],
    unit: unit ? { name: unit.name, type: unit.type } : null,
    unitServesNearby: servesNearby(unit, villageCode),
  };
}

/** 因村派人: free cadres the caller may post, best fit for the village first, each with the reasons. */
export async function matchCadresForVillage(ctx: Ctx, code: string, limit: number): Promise<CadreMatchList> {
  requirePermission(ctx.principal, 'selection.manage');
  if (!codeInScope(ctx.principal.scope, code)) throw commonErrors.NOT_FOUND();
  const village = await match.villageFacts(ctx.db, code);
  if (!village) throw commonErrors.NOT_FOUND();
  const all = await match.freeCadres(ctx.db, ctx.principal.scope);
  const busy = await repo.cadresInSelection(ctx.db, all.map((c) => c.id));
  const cadres = all.filter((c) => !busy.has(c.id));
  const units = await match.unitFacts(ctx.db, cadres.map((c) => c.unitId));
  const needs = needsOf(village);
  const villageClass = (await latestVillageClasses(ctx.db, [code], classYear())).get(code);
  const ranked = rankByFit(
    cadres.map((c) => ({
      ...c,
      fit: withClassFit(scoreFit(candidateOf(c.specialities, units.get(c.unitId), code), needs), c.specialities as SpecialityCode[], villageClass),
    })),
  );
  return {
    villageCode: code,
    villageName: village.name,
    items: ranked.slice(0, limit).map((c) => ({
      cadreId: c.id,
      name: c.name,
      unitId: c.unitId,
      unitName: units.get(c.unitId)?.name ?? null,
      specialities: c.specialities as SpecialityCode[],
      score: c.fit.score,
      reasons: c.fit.reasons,
    })),
  };
}

/** 因人定村: the villages of the caller's region with a profile, best fit for the cadre first. */
export async function matchVillagesForCadre(ctx: Ctx, cadreId: string, limit: number): Promise<VillageMatchList> {
  requirePermission(ctx.principal, 'selection.manage');
  const cadre = await findCadreInScope(ctx.db, ctx.principal.scope, cadreId);
  if (!cadre) throw commonErrors.NOT_FOUND();
  const unit = (await match.unitFacts(ctx.db, [cadre.unitId])).get(cadre.unitId);
  const villages = await match.profiledVillages(ctx.db, ctx.principal.scope);
  const classes = await latestVillageClasses(ctx.db, villages.map((v) => v.code), classYear());
  const fitOf = (v: match.VillageFacts) => withClassFit(scoreFit(candidateOf(cadre.specialities, unit, v.code), needsOf(v)), cadre.specialities as SpecialityCode[], classes.get(v.code));
  const ranked = rankByFit(villages.map((v) => ({ ...v, fit: fitOf(v) }))).slice(0, limit);
  const paths = await divisionPaths(ctx.db, ranked.map((v) => v.code));
  return {
    cadreId,
    cadreName: cadre.name,
    items: ranked.map((v) => ({ code: v.code, name: v.name, path: paths.get(v.code) ?? null, score: v.fit.score, reasons: v.fit.reasons })),
  };
}

/**
 * Every nomination of a cadre the caller may see, its steps merged into one chronological list.
 * A county sees a provincial unit's cadre through the nominations into its villages, though he is
 * managed elsewhere; a caller who sees neither him nor any of them gets 404.
 */
export async function cadreTimeline(ctx: Ctx, cadreId: string): Promise<CadreTimeline> {
  requirePermission(ctx.principal, 'selection.read');
  const rows = await repo.nominationsOfCadre(ctx.db, ctx.principal.scope, cadreId);
  if (rows.length === 0 && !(await findCadreInScope(ctx.db, ctx.principal.scope, cadreId))) throw commonErrors.NOT_FOUND();
  const items = new Map((await presentNominations(ctx.db, rows)).map((n) => [n.id, n]));
  const instances = await findWorkflows(ctx.db, selectionWorkflow.kind, rows.map((r) => r.id));
  const steps = await stepsOf(ctx.db, instances.map((i) => i.id));
  const lang = ctx.locale === 'en' ? 'en' : 'zh';
  const states = selectionWorkflow.states as Record<string, { label: { zh: string; en: string } } | undefined>;
  const transitions = selectionWorkflow.transitions as Record<string, { label: { zh: string; en: string } } | undefined>;
  const subjectOf = new Map(instances.map((i) => [i.id, i.subjectId]));
  return {
    cadreId,
    items: steps.map((s) => {
      const n = items.get(subjectOf.get(s.instanceId)!)!;
      return {
        nominationId: n.id,
        slotId: n.slotId,
        divisionCode: n.divisionCode,
        villageName: n.villageName,
        unitName: n.unitName,
        role: n.role,
        action: s.action,
        actionLabel: s.action === 'submit' ? selectionWorkflow.submitLabel[lang] : (transitions[s.action]?.label[lang] ?? s.action),
        state: s.toState,
        stateLabel: states[s.toState]?.label[lang] ?? s.toState,
        actorName: s.actorName,
        actorRole: s.actorRole,
        comment: s.comment,
        at: s.at.toISOString(),
      };
    }),
  };
}
