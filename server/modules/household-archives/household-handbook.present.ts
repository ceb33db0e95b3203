import {
  healthStates,
  householdAttributes,
  householdStatuses,
  housingGrades,
  indicatorStatuses,
  indicators,
  labelOf,
  labourAbilities,
  measureCategories,
  monitoringTypes,
  povertyCauses,
  relations,
  schoolings,
  type Label,
} from '../../../contracts/household-codes.ts';
import type { HandbookView, PublicHouseholdView } from '../../../contracts/household-archives.ts';
import type { HouseholdRow, PersonRow } from '../households/index.ts';
import type * as repo from './household-archives.repository.ts';
import { incomePerHead, maskPersonName } from './household-archives.rules.ts';

type CodeList = { labels: Record<string, Label> };
type MeasureRow = Awaited<ReturnType<typeof repo.measuresOf>>[number];
type CadreRow = Awaited<ReturnType<typeof repo.currentPairedCadres>>[number];
type IncomeRow = Awaited<ReturnType<typeof repo.recentIncomes>>[number];
type IndicatorRow = Awaited<ReturnType<typeof repo.indicatorsOf>>[number];

const coded = (list: CodeList, code: string) => ({ code, label: labelOf(list, code) });
const codedOrNull = (list: CodeList, code: string | null) => (code ? coded(list, code) : null);

/**
 * Only what the printed card may tell a stranger: the village, the householder's surname, the
 * household's status and what is done for it, and who its cadres are (public officials).
 */
export function presentPublicHousehold(input: {
  household: HouseholdRow;
  village: string;
  years: number[];
  cadres: CadreRow[];
  measures: MeasureRow[];
}): PublicHouseholdView {
  const { household } = input;
  return {
    village: input.village,
    householderName: maskPersonName(household.householderName),
    status: coded(householdStatuses, household.status),
    attribute: coded(householdAttributes, household.attribute),
    monitoringType: codedOrNull(monitoringTypes, household.monitoringType),
    years: input.years,
    cadres: input.cadres.map((c) => ({ name: c.name, unit: c.unit, position: c.position })),
    measures: input.measures.map((m) => ({ year: m.year, category: coded(measureCategories, m.category), content: m.content, done: m.done })),
  };
}

export type HandbookInput = {
  household: HouseholdRow;
  places: HandbookView['places'];
  members: PersonRow[];
  incomes: IncomeRow[];
  indicators: IndicatorRow[];
  measures: MeasureRow[];
  cadres: CadreRow[];
  printedOn: string;
};

/** The household's whole record for print, with every ID number and phone in its masked form. */
export function presentHandbook(input: HandbookInput): HandbookView {
  const { household } = input;
  const years = [...new Set(input.measures.map((m) => m.year))].sort((a, b) => b - a);
  const indicatorOrder = indicators.codes as readonly string[];
  return {
    household: {
      id: household.id,
      code: household.code,
      householderName: household.householderName,
      address: household.address,
      group: household.group,
      phone: household.phoneMasked,
      attribute: coded(householdAttributes, household.attribute),
      status: coded(householdStatuses, household.status),
      mainCause: codedOrNull(povertyCauses, household.mainCause),
      secondaryCauses: household.secondaryCauses.map((c) => coded(povertyCauses, c)),
      monitoringType: codedOrNull(monitoringTypes, household.monitoringType),
      identifiedYear: household.identifiedYear,
      exitedYear: household.exitedYear,
      housingGrade: codedOrNull(housingGrades, household.housingGrade),
      relocated: household.relocated,
      relocationSite: household.relocationSite,
    },
    places: input.places,
    members: input.members.map((p) => ({
      name: p.name,
      relation: coded(relations, p.relation),
      gender: p.gender,
      birthDate: p.birthDate,
      idNumber: p.idNumberMasked,
      health: coded(healthStates, p.health),
      labourAbility: coded(labourAbilities, p.labourAbility),
      schooling: coded(schoolings, p.schooling),
      workingAway: p.workingAway,
      workPlace: p.workPlace,
    })),
    incomes: input.incomes.map((i) => {
      const total = Math.round((i.wage + i.business + i.property + i.transfer) * 100) / 100;
      return { year: i.year, wage: i.wage, business: i.business, property: i.property, transfer: i.transfer, total, members: i.members, perHead: incomePerHead(total, i.members) };
    }),
    indicators: [...input.indicators]
      .sort((a, b) => indicatorOrder.indexOf(a.indicator) - indicatorOrder.indexOf(b.indicator))
      .map((i) => ({
        indicator: coded(indicators, i.indicator),
        status: coded(indicatorStatuses, i.status),
        evidence: i.evidence,
        verifier: i.verifier,
        verifiedOn: i.verifiedOn,
      })),
    measureYears: years.map((year) => ({
      year,
      measures: input.measures
        .filter((m) => m.year === year)
        .map((m) => ({ id: m.id, category: coded(measureCategories, m.category), content: m.content, amount: m.amount, responsible: m.responsible, done: m.done })),
    })),
    cadres: input.cadres.map((c) => ({ name: c.name, unit: c.unit, position: c.position, phone: c.phone })),
    printedOn: input.printedOn,
  };
}
