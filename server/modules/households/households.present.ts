import type { Ctx } from '../../platform/http/context.ts';
import { can } from '../../platform/access/permissions.ts';
import { indicators as indicatorCodes } from '../../../contracts/household-codes.ts';
import type { HouseholdListItem, HouseholdView, IncomeView, MemberView } from '../../../contracts/households.ts';
import { divisionNames } from '../divisions/index.ts';
import { findCadresByIds } from '../cadres/index.ts';
import { findUnitById } from '../units/index.ts';
import * as repo from './households.repository.ts';
import * as parts from './household-parts.repository.ts';
import { ageOn, isoDay, perHeadIncome, totalIncome } from './households.rules.ts';

export function presentIncome(row: parts.IncomeRow): IncomeView {
  const sources = { wage: row.wage, business: row.business, property: row.property, transfer: row.transfer };
  return { year: row.year, ...sources, members: row.members, total: totalIncome(sources), perHead: perHeadIncome(sources, row.members) };
}

/** Only the masked ID number and phone ever leave the module; the cipher and fingerprint stay in the row. */
export function presentMember(row: parts.PersonRow, today = isoDay()): MemberView {
  return {
    id: row.id,
    name: row.name,
    relation: row.relation,
    gender: row.gender,
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, today),
    idNumber: row.idNumberMasked,
    ethnicity: row.ethnicity,
    health: row.health,
    disabilityGrade: row.disabilityGrade,
    labourAbility: row.labourAbility,
    schooling: row.schooling,
    inSchool: row.inSchool,
    workingAway: row.workingAway,
    workPlace: row.workPlace,
    medicalInsured: row.medicalInsured,
    pensionInsured: row.pensionInsured,
    phone: row.phoneMasked,
  };
}

export async function presentHouseholds(ctx: Ctx, rows: repo.HouseholdRow[]): Promise<HouseholdListItem[]> {
  const ids = rows.map((r) => r.id);
  const [names, incomes, pairings] = await Promise.all([
    divisionNames(ctx.db, rows.map((r) => r.divisionCode)),
    repo.latestIncomes(ctx.db, ids),
    repo.currentPairings(ctx.db, ids),
  ]);
  const cadres = await findCadresByIds(ctx.db, pairings.map((p) => p.cadreId));
  const cadreNames = new Map(cadres.map((c) => [c.id, c.name]));
  const incomeOf = new Map(incomes.map((i) => [i.householdId, presentIncome(i)]));
  return rows.map((row) => {
    const income = incomeOf.get(row.id);
    return {
      id: row.id,
      code: row.code,
      divisionCode: row.divisionCode,
      villageName: names.get(row.divisionCode) ?? null,
      householderName: row.householderName,
      attribute: row.attribute,
      status: row.status,
      mainCause: row.mainCause,
      secondaryCauses: row.secondaryCauses,
      memberCount: row.memberCount,
      incomeYear: income?.year ?? null,
      perHeadIncome: income?.perHead ?? null,
      monitoringType: row.monitoringType,
      pairedCadreNames: pairings.filter((p) => p.householdId === row.id).flatMap((p) => cadreNames.get(p.cadreId) ?? []),
    };
  });
}

export async function presentHousehold(ctx: Ctx, row: repo.HouseholdRow): Promise<HouseholdView> {
  const [[item], persons, incomes, indicatorRows, measures, pairings] = await Promise.all([
    presentHouseholds(ctx, [row]),
    repo.listPersons(ctx.db, row.id),
    parts.listIncomes(ctx.db, row.id),
    parts.listIndicators(ctx.db, row.id),
    parts.listMeasures(ctx.db, row.id),
    parts.listPairings(ctx.db, row.id),
  ]);
  const cadres = await findCadresByIds(ctx.db, pairings.map((p) => p.cadreId));
  const units = await Promise.all([...new Set(cadres.map((c) => c.unitId))].map((id) => findUnitById(ctx.db, id)));
  const unitNames = new Map(units.flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
  const cadreOf = new Map(cadres.map((c) => [c.id, c]));
  const recorded = new Map(indicatorRows.map((i) => [i.indicator, i]));
  const today = isoDay();
  const writer = can(ctx.principal, 'households.write');
  return {
    ...item!,
    address: row.address,
    group: row.group,
    housingGrade: row.housingGrade,
    relocated: row.relocated,
    relocationSite: row.relocationSite,
    phone: row.phoneMasked,
    note: row.note,
    identifiedYear: row.identifiedYear,
    exitedYear: row.exitedYear,
    monitoringState: row.monitoringState,
    monitoringSince: row.monitoringSince,
    riskRemovedOn: row.riskRemovedOn,
    members: persons.map((p) => presentMember(p, today)),
    incomes: incomes.map(presentIncome),
    incomeLine: ctx.deps.config.households.incomeLine,
    // An indicator never assessed is shown as 待核 rather than left out.
    indicators: indicatorCodes.codes.map((code) => {
      const found = recorded.get(code);
      return {
        indicator: code,
        status: found?.status ?? 'pending',
        evidence: found?.evidence ?? null,
        evidenceFileId: found?.evidenceFileId ?? null,
        verifier: found?.verifier ?? null,
        verifiedOn: found?.verifiedOn ?? null,
        recorded: Boolean(found),
      };
    }),
    measures: measures.map((m) => ({ id: m.id, year: m.year, category: m.category, content: m.content, amount: m.amount, responsible: m.responsible, done: m.done })),
    cadres: pairings.map((p) => {
      const cadre = cadreOf.get(p.cadreId);
      return {
        cadreId: p.cadreId,
        name: cadre?.name ?? null,
        unitName: cadre ? (unitNames.get(cadre.unitId) ?? null) : null,
        since: p.since,
        until: p.until,
        current: p.until === null,
      };
    }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: { write: writer, reveal: can(ctx.principal, 'households.reveal'), link: can(ctx.principal, 'households.link') },
  };
}

/** What the audit trail keeps of a household or person: everything but cipher texts and fingerprints. */
export function auditViewOf<T extends Record<string, unknown>>(row: T): Record<string, unknown> {
  const { idNumberCipher: _c, idNumberHash: _h, phoneCipher: _p, ...rest } = row as Record<string, unknown>;
  return rest;
}
