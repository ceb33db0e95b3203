import type { Ctx } from '../../platform/http/context.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { findCadreInScope, type CadreRow } from '../cadres/index.ts';
import { findDivision } from '../divisions/index.ts';
import { findHouseholdInScope } from '../households/index.ts';
import { industryErrors } from './industry.errors.ts';
import { isVillageCode } from './industry.rules.ts';

export function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
}

/** A patch names only what changes; the record it leaves is checked as a whole, like a new one. */
export function merged<T extends object>(base: T, patch: Partial<T>): T {
  const result = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (result as Record<string, unknown>)[key] = value;
  }
  return result;
}

/** Records belong to a village the account keeps. */
export async function requireVillage(ctx: Ctx, code: string): Promise<void> {
  const village = isVillageCode(code) && codeInScope(ctx.principal.scope, code) ? await findDivision(ctx.db, code) : undefined;
  if (village?.level !== 'village') throw industryErrors.NOT_A_VILLAGE([{ path: 'divisionCode', message: '请选择本辖区内的村' }]);
}

/** A household the caller can see (else 404, like any record out of reach) and of the record's own village. */
export async function requireHouseholdOf(ctx: Ctx, householdId: string, village: string, path: string): Promise<void> {
  const household = await findHouseholdInScope(ctx.db, ctx.principal.scope, householdId);
  if (!household) throw commonErrors.NOT_FOUND();
  if (household.divisionCode !== village) failOn([{ path, message: '该农户不在所选的村' }]);
}

/** A cadre the caller can see, else 404. */
export async function requireCadre(ctx: Ctx, cadreId: string): Promise<CadreRow> {
  const cadre = await findCadreInScope(ctx.db, ctx.principal.scope, cadreId);
  if (!cadre) throw commonErrors.NOT_FOUND();
  return cadre;
}
