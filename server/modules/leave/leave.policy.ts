import type { Principal } from '../../platform/access/permissions.ts';
import type { Role } from '../../platform/access/roles.ts';

export const leavePermissions = ['leave.read', 'leave.request', 'leave.decide', 'leave.export'] as const;

/** Roles that read leave by region (or unit); a team's own people read only their own or their team's. */
const regionalReaders: readonly Role[] = ['county_org', 'city_org', 'township_party', 'discipline', 'viewer', 'unit_party'];

export function isRegionalReader(principal: Principal): boolean {
  return principal.roles.some((role) => regionalReaders.includes(role));
}

export function isTeamLeader(principal: Principal): boolean {
  return principal.roles.includes('team_leader') && principal.cadreId !== null;
}

type LeaveLike = { cadreId: string; teamId: string; requestedBy: string | null };

/** The cadre himself, whoever asked for him, or the leader of his team. */
export function mayActForCadre(principal: Principal, personal: { ledTeamId: string | null }, leave: LeaveLike): boolean {
  if (principal.cadreId !== null && principal.cadreId === leave.cadreId) return true;
  if (leave.requestedBy === principal.accountId) return true;
  return personal.ledTeamId !== null && personal.ledTeamId === leave.teamId;
}
