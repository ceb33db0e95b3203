import type { FieldError } from '../../platform/errors/app-error.ts';
import type { ApprovalLevel } from '../../../contracts/party-codes.ts';
import { defaultApprovalLevelOf, type OfficerBody } from '../../../contracts/temporary-branches.ts';

/** Party Constitution art. 30: a branch needs three full members; probationary members do not count. */
export const MIN_FORMAL_MEMBERS = 3;

export function formalCount(partyStatuses: readonly string[]): number {
  return partyStatuses.filter((s) => s === 'formal').length;
}

export function tooFewFormalMessage(count: number): string {
  return `正式党员只有 ${count} 名（预备党员不计入），成立临时党支部至少需要 ${MIN_FORMAL_MEMBERS} 名正式党员`;
}

/** Null when the roll holds enough formal members; otherwise the field error for `members`. */
export function formalMemberProblem(partyStatuses: readonly string[]): FieldError | null {
  const count = formalCount(partyStatuses);
  return count >= MIN_FORMAL_MEMBERS ? null : { path: 'members', message: tooFewFormalMessage(count) };
}

/** Members who are not party members at all (群众) cannot be on the roll. */
export function nonMemberProblems(members: readonly { name: string; partyStatus: string }[]): FieldError[] {
  return members
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => m.partyStatus !== 'formal' && m.partyStatus !== 'probationary')
    .map(({ m, index }) => ({ path: `members.${index}.cadreId`, message: `${m.name}不是党员，不能加入临时党支部` }));
}

/**
 * 属地管理 [000]: a branch placed at a city is approved by the city's organization department; at a
 * county or below, by the county's — unless the request asks the city.
 */
export function defaultApprovalLevel(divisionCode: string): ApprovalLevel {
  return defaultApprovalLevelOf(divisionCode);
}

export function approvalLevelProblem(divisionCode: string, asked: ApprovalLevel | undefined): FieldError | null {
  if (asked === 'county' && defaultApprovalLevel(divisionCode) === 'city') {
    return { path: 'approvalLevel', message: '设在市一级的临时党支部由市委组织部审批' };
  }
  return null;
}

/** The code the approving department's scope must hold: the county or the city containing the place. */
export function approvalPlace(divisionCode: string, level: ApprovalLevel): string {
  return level === 'city' ? `${divisionCode.slice(0, 4)}00000000` : `${divisionCode.slice(0, 6)}000000`;
}

/** Officers must be on the roll, formal members (art. 7), each once, and one secretary. */
export function officerProblems(
  officers: readonly OfficerBody[],
  roll: ReadonlyMap<string, { name: string; partyStatus: string }>,
  field = 'officers',
): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  officers.forEach((officer, index) => {
    const member = roll.get(officer.cadreId);
    const path = `${field}.${index}.cadreId`;
    if (!member) problems.push({ path, message: '当选人须是本临时党支部的党员' });
    else if (member.partyStatus !== 'formal') problems.push({ path, message: `${member.name}是预备党员，没有被选举权，不能当选` });
    if (seen.has(officer.cadreId)) problems.push({ path, message: '同一党员只能担任一个职务' });
    seen.add(officer.cadreId);
  });
  const secretaries = officers.filter((o) => o.role === 'secretary').length;
  if (secretaries !== 1) problems.push({ path: field, message: secretaries === 0 ? '请选出书记' : '只能选出一名书记' });
  return problems;
}

/** A day that has happened and is not before the branch's own start. */
export function dayProblems(path: string, day: string, today: string, notBefore: string | null, label: string): FieldError[] {
  if (day > today) return [{ path, message: `${label}不能晚于今天` }];
  if (notBefore && day < notBefore) return [{ path, message: `${label}不能早于 ${notBefore}` }];
  return [];
}
