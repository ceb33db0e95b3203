import type { Ctx } from '../../platform/http/context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { IndicatorCode } from '../../../contracts/household-codes.ts';
import type {
  EndPairingBody,
  IncomeBody,
  IncomeView,
  IndicatorBody,
  IndicatorView,
  MeasureBody,
  MeasureView,
  PairCadreBody,
  PairedCadreView,
} from '../../../contracts/households.ts';
import { findCadreInScope } from '../cadres/index.ts';
import * as repo from './households.repository.ts';
import * as parts from './household-parts.repository.ts';
import { accessOf } from './households.policy.ts';
import { presentHousehold, presentIncome } from './households.present.ts';
import { indicatorIssues, isoDay } from './households.rules.ts';
import { householdErrors } from './households.errors.ts';

/** Runs a write on a household the caller may change, with its audit event, in one transaction. */
async function onHousehold<T>(
  ctx: Ctx,
  householdId: string,
  action: string,
  work: (tx: Tx, household: repo.HouseholdRow) => Promise<{ result: T; before?: unknown; after?: unknown }>,
): Promise<T> {
  requirePermission(ctx.principal, 'households.write');
  return ctx.db.transaction(async (tx) => {
    const household = await repo.findVisibleHousehold(tx, accessOf(ctx), householdId, true);
    if (!household) throw commonErrors.NOT_FOUND();
    const outcome = await work(tx, household);
    await recordAudit(tx, ctx.actor, {
      action,
      entityType: 'household',
      entityId: householdId,
      divisionCode: household.divisionCode,
      before: outcome.before,
      after: outcome.after,
    });
    return outcome.result;
  });
}

/** The year's income; the members counted are those registered now, and stay with that year. */
export function putIncome(ctx: Ctx, householdId: string, year: number, body: IncomeBody): Promise<IncomeView> {
  return onHousehold(ctx, householdId, 'households.income', async (tx, household) => {
    const before = await parts.findIncome(tx, householdId, year);
    const row = await parts.upsertIncome(tx, { householdId, year, ...body, members: household.memberCount });
    return { result: presentIncome(row), before, after: row };
  });
}

export function putIndicator(ctx: Ctx, householdId: string, indicator: IndicatorCode, body: IndicatorBody): Promise<IndicatorView> {
  return onHousehold(ctx, householdId, 'households.indicator', async (tx, household) => {
    const members = await repo.listPersons(tx, householdId);
    const issues = indicatorIssues({ indicator, ...body }, { housingGrade: household.housingGrade, members, today: isoDay() });
    if (issues.length > 0) throw householdErrors.HOUSEHOLD_INDICATOR(issues);
    const before = await parts.findIndicator(tx, householdId, indicator);
    const row = await parts.upsertIndicator(tx, {
      householdId,
      indicator,
      status: body.status,
      evidence: body.evidence ?? null,
      evidenceFileId: body.evidenceFileId ?? null,
      verifier: body.verifier ?? null,
      verifiedOn: body.verifiedOn ?? null,
    });
    const result = { indicator, status: row.status, evidence: row.evidence, evidenceFileId: row.evidenceFileId, verifier: row.verifier, verifiedOn: row.verifiedOn, recorded: true };
    return { result, before, after: row };
  });
}

function measureColumns(body: MeasureBody) {
  return { year: body.year, category: body.category, content: body.content, amount: body.amount ?? null, responsible: body.responsible ?? null, done: body.done };
}

function presentMeasure(row: parts.MeasureRow): MeasureView {
  return { id: row.id, ...measureColumns(row as MeasureBody), amount: row.amount, responsible: row.responsible };
}

export function addMeasure(ctx: Ctx, householdId: string, body: MeasureBody): Promise<MeasureView> {
  return onHousehold(ctx, householdId, 'households.measure.add', async (tx) => {
    const row = await parts.insertMeasure(tx, { householdId, ...measureColumns(body) });
    return { result: presentMeasure(row), after: row };
  });
}

export function updateMeasure(ctx: Ctx, householdId: string, measureId: string, body: MeasureBody): Promise<MeasureView> {
  return onHousehold(ctx, householdId, 'households.measure.update', async (tx) => {
    const before = await parts.findMeasure(tx, householdId, measureId);
    if (!before) throw commonErrors.NOT_FOUND();
    const row = await parts.updateMeasure(tx, measureId, measureColumns(body));
    return { result: presentMeasure(row), before, after: row };
  });
}

export function removeMeasure(ctx: Ctx, householdId: string, measureId: string): Promise<void> {
  return onHousehold(ctx, householdId, 'households.measure.remove', async (tx) => {
    const before = await parts.findMeasure(tx, householdId, measureId);
    if (!before) throw commonErrors.NOT_FOUND();
    await parts.deleteMeasure(tx, measureId);
    return { result: undefined, before };
  });
}

async function pairedView(ctx: Ctx, householdId: string, cadreId: string): Promise<PairedCadreView> {
  const household = await repo.findVisibleHousehold(ctx.db, accessOf(ctx), householdId);
  const view = household ? await presentHousehold(ctx, household) : undefined;
  const found = view?.cadres.find((c) => c.cadreId === cadreId);
  if (!found) throw commonErrors.NOT_FOUND();
  return found;
}

/** 帮扶责任人: a cadre the caller's region holds (managed or posted there) is paired from a date. */
export async function pairCadre(ctx: Ctx, householdId: string, body: PairCadreBody): Promise<PairedCadreView> {
  await onHousehold(ctx, householdId, 'households.cadre.pair', async (tx, household) => {
    const cadre = await findCadreInScope(tx, ctx.principal.scope, body.cadreId);
    if (!cadre) throw householdErrors.HOUSEHOLD_CADRE_UNKNOWN([{ path: 'cadreId', message: '所选干部不存在或不在您的管辖范围内' }]);
    if (await parts.findCurrentPairing(tx, householdId, body.cadreId)) {
      throw householdErrors.HOUSEHOLD_CADRE_PAIRED([{ path: 'cadreId', message: '该干部已是本户的帮扶责任人' }]);
    }
    const row = await parts.insertPairing(tx, { householdId, cadreId: body.cadreId, divisionCode: household.divisionCode, since: body.since });
    return { result: row, after: { ...row, cadreName: cadre.name } };
  });
  return pairedView(ctx, householdId, body.cadreId);
}

export async function endCadrePairing(ctx: Ctx, householdId: string, cadreId: string, body: EndPairingBody): Promise<PairedCadreView> {
  await onHousehold(ctx, householdId, 'households.cadre.end', async (tx) => {
    const pairing = await parts.findCurrentPairing(tx, householdId, cadreId);
    if (!pairing) throw commonErrors.NOT_FOUND();
    if (body.until < pairing.since) throw householdErrors.HOUSEHOLD_PAIRING_DATES([{ path: 'until', message: '结束日期不能早于开始日期' }]);
    const row = await parts.endPairing(tx, pairing, body.until);
    return { result: row, before: pairing, after: row };
  });
  return pairedView(ctx, householdId, cadreId);
}

