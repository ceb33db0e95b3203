import type { FieldError } from '../../platform/errors/app-error.ts';
import { householdMessages } from '../../../contracts/households.ts';
import type { HousingGrade, IndicatorCode, IndicatorStatus } from '../../../contracts/household-codes.ts';

export type IncomeSources = { wage: number; business: number; property: number; transfer: number };

export function totalIncome(income: IncomeSources): number {
  // Cents first: 0.1 + 0.2 in floating point would otherwise leak into the figure.
  return Math.round((income.wage + income.business + income.property + income.transfer) * 100) / 100;
}

/** 人均纯收入: the year's total divided by the members counted that year, rounded to the yuan. */
export function perHeadIncome(income: IncomeSources, members: number): number {
  if (members <= 0) return 0;
  return Math.round(totalIncome(income) / members);
}

/** Age in whole years on `today` (YYYY-MM-DD), from a YYYY-MM-DD birth date. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function isoDay(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

/** Compulsory schooling age (义务教育阶段): 6 to 15 years old inclusive. */
export function isSchoolAge(birthDate: string, today: string): boolean {
  const age = ageOn(birthDate, today);
  return age >= 6 && age <= 15;
}

export type IndicatorInput = { indicator: IndicatorCode; status: IndicatorStatus; verifier?: string | null | undefined; verifiedOn?: string | null | undefined };
export type IndicatorContext = {
  housingGrade: HousingGrade | null;
  members: readonly { birthDate: string; inSchool: boolean }[];
  today: string;
};

/**
 * Whether an indicator may take this status. A verdict (达标/不达标) names who checked it and when;
 * a dangerous house or a school-age child out of school cannot be called 达标.
 */
export function indicatorIssues(input: IndicatorInput, context: IndicatorContext, prefix = ''): FieldError[] {
  const issues: FieldError[] = [];
  if (input.status !== 'pending') {
    if (!input.verifier) issues.push({ path: `${prefix}verifier`, message: householdMessages.verifierRequired });
    if (!input.verifiedOn) issues.push({ path: `${prefix}verifiedOn`, message: householdMessages.verifiedOnRequired });
  }
  if (input.status === 'met' && input.indicator === 'housing' && (context.housingGrade === 'C' || context.housingGrade === 'D')) {
    issues.push({ path: `${prefix}status`, message: householdMessages.housingUnsafe });
  }
  if (input.status === 'met' && input.indicator === 'education') {
    const outOfSchool = context.members.some((m) => isSchoolAge(m.birthDate, context.today) && !m.inSchool);
    if (outOfSchool) issues.push({ path: `${prefix}status`, message: householdMessages.childOutOfSchool });
  }
  return issues;
}
