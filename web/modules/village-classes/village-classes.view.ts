import type { VillageClassBody, VillageClassCode, VillageClassView } from '../../../contracts/village-classes.ts';

export type ClassFormValues = {
  divisionCode?: string;
  year?: number;
  classCode?: VillageClassCode;
  otherFactors?: VillageClassCode[];
  reason?: string;
  supportPlan?: string;
  backingUnitIds?: string[];
};

/** The form's values for a class being corrected, or a fresh one for the year (and village, from its page). */
export function formValuesOf(existing: VillageClassView | undefined, year: number, divisionCode?: string): ClassFormValues {
  if (!existing) return { year, divisionCode, otherFactors: [], backingUnitIds: [] };
  return {
    divisionCode: existing.divisionCode,
    year: existing.year,
    classCode: existing.classCode,
    otherFactors: existing.otherFactors,
    reason: existing.reason,
    supportPlan: existing.supportPlan,
    backingUnitIds: existing.backingUnits.map((u) => u.id),
  };
}

/** The body sent: trimmed text, empty lists where nothing was picked, the main class never among the others. */
export function bodyOf(values: ClassFormValues): VillageClassBody {
  const classCode = values.classCode!;
  return {
    divisionCode: values.divisionCode!,
    year: Number(values.year),
    classCode,
    otherFactors: (values.otherFactors ?? []).filter((f) => f !== classCode),
    reason: (values.reason ?? '').trim(),
    supportPlan: (values.supportPlan ?? '').trim(),
    backingUnitIds: values.backingUnitIds ?? [],
  };
}

/** Years offered in the filter and the form: next year back to ten years ago. */
export function yearOptions(current: number): number[] {
  return Array.from({ length: 12 }, (_, i) => current + 1 - i);
}
