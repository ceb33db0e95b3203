import type { Dayjs } from 'dayjs';
import { visitPhotoExtensions, type VisitCreateBody, type VisitUpdateBody } from '../../../../contracts/visits.ts';

export type VisitFormValues = {
  householdId?: string;
  cadreId?: string;
  visitedOn?: Dayjs;
  findings?: string;
  followUp?: string;
  followUpDone?: Dayjs | null;
};

/** Whether the form offers a cadre: not at all (one's own), optionally (a leader), or required (an account of no cadre). */
export type CadreChoice = 'none' | 'optional' | 'required';

export function cadreChoiceOf(me: { roles: readonly string[]; cadreId: string | null }): CadreChoice {
  if (!me.cadreId) return 'required';
  return me.roles.includes('team_leader') ? 'optional' : 'none';
}

export function toVisitCreateBody(values: VisitFormValues, fixedHouseholdId?: string): VisitCreateBody {
  const followUp = values.followUp?.trim();
  return {
    householdId: fixedHouseholdId ?? values.householdId ?? '',
    ...(values.cadreId ? { cadreId: values.cadreId } : {}),
    visitedOn: values.visitedOn?.format('YYYY-MM-DD') ?? '',
    findings: values.findings?.trim() ?? '',
    ...(followUp ? { followUp } : {}),
  };
}

export function toVisitUpdateBody(values: VisitFormValues): VisitUpdateBody {
  return {
    visitedOn: values.visitedOn?.format('YYYY-MM-DD') ?? '',
    findings: values.findings?.trim() ?? '',
    followUp: values.followUp?.trim() || null,
    followUpDone: values.followUpDone ? values.followUpDone.format('YYYY-MM-DD') : null,
  };
}

const photoTypes = new Set<string>(visitPhotoExtensions);

/** The browser refuses at once what the server would refuse by name: anything but a JPG or PNG. */
export function isPhotoName(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && photoTypes.has(fileName.slice(dot + 1).toLowerCase());
}

export const photoAccept = '.jpg,.jpeg,.png,image/jpeg,image/png';
