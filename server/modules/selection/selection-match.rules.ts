import { specialityLabels, type SpecialityCode } from '../../../contracts/cadres.ts';
import { villageClassCodes, type VillageClassCode } from '../../../contracts/evaluation-codes.ts';
import type { Fit } from './selection.rules.ts';

/** domain.md §9: the class a village is given says which specialities its support needs most. */
export const classSpecialities: Record<VillageClassCode, readonly SpecialityCode[]> = {
  infrastructure: ['engineering', 'water'],
  industry: ['agriculture', 'animal_husbandry', 'forestry', 'ecommerce', 'tourism'],
  organization: ['party_affairs', 'law'],
  public_services: ['health', 'education'],
  collective_economy: ['finance', 'ecommerce', 'agriculture'],
  other: [],
};

const weights = { main: 20, other: 8 } as const;

export type VillageClassFacts = { year: number; classCode: VillageClassCode; otherFactors: readonly VillageClassCode[] };

/**
 * Adds the village's class to a fit: a cadre skilled for the main class weighs more, one for a
 * lesser factor a little; the reason names the class and the year it was given.
 */
export function withClassFit(fit: Fit, specialities: readonly SpecialityCode[], villageClass: VillageClassFacts | undefined): Fit {
  if (!villageClass) return fit;
  const skilled = (code: VillageClassCode) => specialities.find((s) => classSpecialities[code].includes(s));
  const main = skilled(villageClass.classCode);
  const label = (code: VillageClassCode) => villageClassCodes.labels[code].zh;
  if (main) {
    const reason = `村分类为“${label(villageClass.classCode)}”（${villageClass.year} 年），该干部擅长${specialityLabels[main].zh}`;
    return { score: Math.min(fit.score + weights.main, 100), reasons: [...fit.reasons, reason] };
  }
  for (const factor of villageClass.otherFactors) {
    const other = skilled(factor);
    if (other) {
      const reason = `村分类中的其他制约因素“${label(factor)}”（${villageClass.year} 年），该干部擅长${specialityLabels[other].zh}`;
      return { score: Math.min(fit.score + weights.other, 100), reasons: [...fit.reasons, reason] };
    }
  }
  return fit;
}
