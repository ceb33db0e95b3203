import type { FieldError } from '../../platform/errors/app-error.ts';
import { leaderRoles, type TeamRoleCode } from '../../../contracts/teams.ts';

export function isLeaderRole(role: TeamRoleCode): boolean {
  return leaderRoles.includes(role);
}

/**
 * domain.md §2: a team is led by one 队长 (or 队长兼第一书记). A team may stand without members
 * while it is being formed, but once it has any, exactly one of them leads it.
 */
export function leaderProblem(activeRoles: readonly TeamRoleCode[]): 'none' | 'many' | null {
  if (activeRoles.length === 0) return null;
  const leaders = activeRoles.filter(isLeaderRole).length;
  if (leaders === 0) return 'none';
  if (leaders > 1) return 'many';
  return null;
}

export const leaderMessages = {
  none: '工作队有队员时须有一名队长（队长或队长兼第一书记）',
  many: '一个工作队只能有一名队长（队长或队长兼第一书记）',
} as const;

/** ISO dates compare as text. */
export function checkTerm(termStart: string, termEnd: string | null | undefined): FieldError[] {
  if (termEnd && termEnd <= termStart) return [{ path: 'termEnd', message: '任期结束日期须晚于开始日期' }];
  return [];
}

function duplicates<T>(values: readonly T[]): number[] {
  const seen = new Set<T>();
  const out: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) out.push(index);
    seen.add(value);
  });
  return out;
}

export function checkVillages(codes: readonly string[]): FieldError[] {
  return duplicates(codes).map((index) => ({ path: `villageCodes.${index}`, message: '驻村村庄重复' }));
}

/** 组团式 [002]: several units may send a team together, and exactly one of them leads. */
export function checkUnits(units: readonly { unitId: string; isLead: boolean }[]): FieldError[] {
  const errors: FieldError[] = duplicates(units.map((u) => u.unitId)).map((index) => ({
    path: `units.${index}.unitId`,
    message: '派出单位重复',
  }));
  const leads = units.filter((u) => u.isLead).length;
  if (leads !== 1) errors.push({ path: 'units', message: '派出单位中须指定且只能指定一个牵头单位' });
  return errors;
}

export function checkMembers(members: readonly { cadreId: string; role: TeamRoleCode }[]): FieldError[] {
  const errors: FieldError[] = duplicates(members.map((m) => m.cadreId)).map((index) => ({
    path: `members.${index}.cadreId`,
    message: '同一干部不能重复加入本队',
  }));
  const problem = leaderProblem(members.map((m) => m.role));
  if (problem) errors.push({ path: 'members', message: leaderMessages[problem] });
  return errors;
}

/** A member joins within the team's term. */
export function checkJoinedOn(path: string, joinedOn: string, term: { termStart: string; termEnd: string | null }): FieldError[] {
  if (joinedOn < term.termStart) return [{ path, message: '入队日期不能早于任期开始日期' }];
  if (term.termEnd && joinedOn > term.termEnd) return [{ path, message: '入队日期不能晚于任期结束日期' }];
  return [];
}

export function checkLeftOn(leftOn: string, joinedOn: string): FieldError[] {
  if (leftOn < joinedOn) return [{ path: 'leftOn', message: '离队日期不能早于入队日期' }];
  return [];
}

export type ActiveMember = { id: string; role: TeamRoleCode };
export type MemberChange =
  | { kind: 'join'; role: TeamRoleCode }
  | { kind: 'role'; memberId: string; role: TeamRoleCode; formerLeaderRole?: TeamRoleCode | undefined }
  | { kind: 'leave'; memberId: string };

/**
 * The roles of the active members once a change is applied. Promoting someone to leader while
 * another leads hands over in one step: the former leader takes `formerLeaderRole`.
 */
export function rolesAfter(active: readonly ActiveMember[], change: MemberChange): TeamRoleCode[] {
  if (change.kind === 'join') return [...active.map((m) => m.role), change.role];
  if (change.kind === 'leave') return active.filter((m) => m.id !== change.memberId).map((m) => m.role);
  return active.map((m) => {
    if (m.id === change.memberId) return change.role;
    if (change.formerLeaderRole && isLeaderRole(change.role) && isLeaderRole(m.role)) return change.formerLeaderRole;
    return m.role;
  });
}

/** The field a leader problem is reported on, for each kind of change. */
export function checkMemberChange(active: readonly ActiveMember[], change: MemberChange): FieldError[] {
  const problem = leaderProblem(rolesAfter(active, change));
  if (!problem) return [];
  if (change.kind === 'leave') return [{ path: 'leftOn', message: '队长离队前请先指定新队长' }];
  if (change.kind === 'role' && problem === 'many') {
    return [{ path: 'formerLeaderRole', message: '本队已有队长，请为原队长选择新的队内职务' }];
  }
  return [{ path: 'role', message: leaderMessages[problem] }];
}
