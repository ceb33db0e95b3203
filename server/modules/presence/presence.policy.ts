import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import type { Role } from '../../platform/access/roles.ts';

export const presencePermissions = ['presence.read', 'presence.record'] as const;

const teamRoles: ReadonlySet<Role> = new Set(['team_member', 'team_leader']);

/** An account that holds only team roles sees its own team, whatever its region says. */
export function isTeamOnly(principal: Principal): boolean {
  return principal.roles.length > 0 && principal.roles.every((role) => teamRoles.has(role));
}

type Target = { cadreId: string; team: { id: string; divisionCode: string } };

/**
 * A member records his own days; a team leader also those of his team's members (a member without a
 * phone, or a day forgotten). A leader account not linked to a cadre records for the teams of its village.
 */
export function mayRecordFor(principal: Principal, target: Target, ownTeamId: string | null): boolean {
  if (!can(principal, 'presence.record')) return false;
  if (principal.cadreId === target.cadreId) return true;
  if (!principal.roles.includes('team_leader')) return false;
  if (principal.cadreId) return ownTeamId === target.team.id;
  return codeInScope(principal.scope, target.team.divisionCode);
}

/** A row is taken back by whoever recorded it or the member it is about (the service keeps it to the month). */
export function mayDeletePresence(principal: Principal, row: { cadreId: string; recordedBy: string | null }): boolean {
  if (!can(principal, 'presence.record')) return false;
  return row.recordedBy === principal.accountId || (principal.cadreId !== null && principal.cadreId === row.cadreId);
}
