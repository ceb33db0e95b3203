import { can, type Principal } from '../../platform/access/permissions.ts';

/**
 * A team's members read the notices sent to their team; everyone else who may read notices reads
 * them as the region's senders do. Someone who both sends and serves reads as a sender.
 */
export function readsAsTeam(principal: Principal): boolean {
  if (can(principal, 'notices.write')) return false;
  return principal.roles.includes('team_leader') || principal.roles.includes('team_member');
}
