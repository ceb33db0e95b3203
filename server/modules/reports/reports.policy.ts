import { can, type Principal } from '../../platform/access/permissions.ts';
import type { ReportKindCode } from '../../../contracts/reports.ts';

export const reportPermissions = ['reports.read', 'reports.submit', 'reports.receive'] as const;

type ReportLike = { kind: ReportKindCode; submittedBy: string | null; readAt: Date | null };

const teamRoles = new Set(['team_leader', 'team_member']);

/**
 * A team's own accounts see their own team only: the account's cadre must serve in it.
 * Answers the cadre to restrict to, or null where the account's region decides alone.
 */
export function ownTeamCadre(principal: Principal): string | null {
  if (!principal.cadreId) return null;
  return principal.roles.every((role) => teamRoles.has(role)) ? principal.cadreId : null;
}

/** The monthly report and work summary are the leader's; any member may send a briefing. */
export function maySubmitKind(principal: Principal, kind: ReportKindCode): boolean {
  if (!can(principal, 'reports.submit')) return false;
  return kind === 'briefing' || principal.roles.includes('team_leader');
}

/** Until the township has read it, the leader may correct any of the team's reports, a member his own briefing. */
export function mayUpdateReport(principal: Principal, report: ReportLike): boolean {
  if (report.readAt !== null || !maySubmitKind(principal, report.kind)) return false;
  return principal.roles.includes('team_leader') || report.submittedBy === principal.accountId;
}

export function mayMarkRead(principal: Principal, report: ReportLike): boolean {
  return can(principal, 'reports.receive') && report.readAt === null;
}
