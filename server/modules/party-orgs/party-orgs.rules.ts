import type { FieldError } from '../../platform/errors/app-error.ts';
import type { MembershipKind, PartyOrgKind, PartyRole } from './party-orgs.schema.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

/** Only a branch is the bottom of the tree: committees and general branches have branches under them. */
export function mayHaveChildren(kind: PartyOrgKind): boolean {
  return kind === 'committee' || kind === 'general_branch';
}

/**
 * A temporary branch gathers members whose organization relation stays in their own unit's
 * branch [004]: it holds temporary memberships only. Any other organization holds relations by default.
 */
export function membershipKindFor(orgKind: PartyOrgKind, asked: MembershipKind | undefined): MembershipKind {
  return asked ?? (orgKind === 'temporary_branch' ? 'temporary' : 'formal');
}

/** Party Constitution art. 7: a probationary member has no right to vote, elect or be elected, so holds no elected post. */
export function membershipProblems(input: {
  orgKind: PartyOrgKind;
  kind: MembershipKind;
  role: PartyRole;
  partyStatus: string;
}): FieldError[] {
  const problems: FieldError[] = [];
  if (input.partyStatus !== 'formal' && input.partyStatus !== 'probationary') {
    problems.push({ path: 'cadreId', message: '只有正式党员或预备党员才能加入党组织' });
  }
  if (input.orgKind === 'temporary_branch' && input.kind === 'formal') {
    problems.push({ path: 'kind', message: '临时党支部不接转组织关系，请选择临时党员' });
  }
  if (input.partyStatus === 'probationary' && input.role !== 'member') {
    problems.push({ path: 'role', message: '预备党员没有被选举权，不能担任书记或委员' });
  }
  return problems;
}

/** A member leaves on a real day: not before joining, not in the future. */
export function leftOnProblems(leftOn: string, joinedOn: string | null, today: string): FieldError[] {
  if (joinedOn && leftOn < joinedOn) return [{ path: 'leftOn', message: '离开日期不能早于加入日期' }];
  if (leftOn > today) return [{ path: 'leftOn', message: '离开日期不能晚于今天' }];
  return [];
}

// Dates are kept in Beijing time: a member who leaves at 7 a.m. on the 1st left on the 1st.
export function todayInBeijing(now = new Date()): string {
  return beijingDay(now);
}
