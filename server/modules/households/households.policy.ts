import type { Ctx } from '../../platform/http/context.ts';
import type { HouseholdAccess } from './households.repository.ts';

/**
 * A paired cadre reads only the households he is paired with; an account that also holds a role
 * reading the whole registry of its region keeps that wider view.
 */
export function accessOf(ctx: Ctx): HouseholdAccess {
  const { principal } = ctx;
  const paired = principal.roles.includes('paired_cadre');
  const broad = principal.roles.some((role) => role !== 'paired_cadre' && ctx.deps.catalog.permissionsOf([role]).includes('households.read'));
  return { scope: principal.scope, paired: paired && !broad ? { cadreId: principal.cadreId } : null };
}
