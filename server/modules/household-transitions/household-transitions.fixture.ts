import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/http/context.ts';
import { createCadre, createUnit, insertPlaces, places } from '../../test/factories.ts';
import { indicators, type IndicatorStatus, type MonitoringType } from '../../../contracts/household-codes.ts';
import { householdIncomes, householdIndicators, households } from '../households/index.ts';

/** 拖车村's first secretary and a member of his team; the steps go by role in the village, so no team row is needed. */
export async function transitionsFixture(deps: AppDeps) {
  await insertPlaces(deps);
  const unit = await createUnit(deps, { name: '曲靖市中级人民法院', divisionCode: places.qujing });
  const leader = await createCadre(deps, { unitId: unit.id, name: '张书记' });
  const member = await createCadre(deps, { unitId: unit.id, name: '李队员' });
  return { unit, leader, member };
}

/** Every indicator at one status, or `overrides` where named. */
export async function setIndicators(deps: AppDeps, householdId: string, status: IndicatorStatus, overrides: Partial<Record<string, IndicatorStatus>> = {}) {
  await deps.db
    .insert(householdIndicators)
    .values(indicators.codes.map((indicator) => ({ householdId, indicator, status: overrides[indicator] ?? status, verifier: '张书记', verifiedOn: '2026-01-10' })));
}

export async function setIncome(deps: AppDeps, householdId: string, year: number, perHead: number, members = 3) {
  await deps.db.insert(householdIncomes).values({ householdId, year, wage: perHead * members, members });
}

/** A household already monitored since `since`, as an approved entry into monitoring leaves it. */
export async function setMonitored(deps: AppDeps, householdId: string, since: string, type: MonitoringType = 'sudden') {
  await deps.db.update(households).set({ monitoringState: 'monitoring', monitoringType: type, monitoringSince: since }).where(eq(households.id, householdId));
}
