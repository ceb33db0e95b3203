import type { FieldError } from '../../platform/errors/app-error.ts';
import { villageClassCodes, type VillageClassCode } from '../../../contracts/evaluation-codes.ts';
import { beijingYear } from '../../platform/time/beijing.ts';

/** The classification year runs by the calendar in China. */
export const classYear = (now = new Date()): number => beijingYear(now);

/** A village's code has its last three digits significant; a township's ends in 000. */
export function isVillageCode(code: string): boolean {
  return /^\d{12}$/.test(code) && !code.endsWith('000');
}

/** A class may be recorded for the year now, the year before (analysed after the fact) and the year after (planned ahead). */
export function yearProblems(year: number, now: number): FieldError[] {
  if (year > now + 1) return [{ path: 'year', message: `年度不能晚于 ${now + 1} 年` }];
  return [];
}

/** Backing units picked that do not exist. */
export function unknownUnitProblems(picked: readonly string[], found: ReadonlySet<string>): FieldError[] {
  return picked.some((id) => !found.has(id)) ? [{ path: 'backingUnitIds', message: '所选帮扶责任单位不存在' }] : [];
}

/** Count per class in the code list's order, 0 where none, so a chart keeps all its bars. */
export function fillSummary(rows: readonly { classCode: VillageClassCode; count: number }[]): { classCode: VillageClassCode; count: number }[] {
  const counts = new Map(rows.map((r) => [r.classCode, r.count]));
  return villageClassCodes.codes.map((code) => ({ classCode: code, count: counts.get(code) ?? 0 }));
}
