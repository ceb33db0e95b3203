import type { AbsenceReasonCode, FindingInput, RosterMember } from '../../../contracts/inspections.ts';

export type MarkStatus = 'unchecked' | 'at_post' | AbsenceReasonCode;
export type Mark = { status: MarkStatus; note?: string; deadline?: string; requirement?: string };
export type Marks = Record<string, Mark>;

/** "On leave" is offered only for a member the leave records show on leave that day. */
export function statusChoices(member: RosterMember): MarkStatus[] {
  return member.leave ? ['unchecked', 'at_post', 'leave', 'official_business', 'absent'] : ['unchecked', 'at_post', 'official_business', 'absent'];
}

/** Everyone not yet marked is marked at post; a member on approved leave is marked on leave instead. */
export function markRest(roster: readonly RosterMember[], marks: Marks): Marks {
  const next = { ...marks };
  for (const member of roster) {
    if ((next[member.cadreId]?.status ?? 'unchecked') === 'unchecked') next[member.cadreId] = { status: member.leave ? 'leave' : 'at_post' };
  }
  return next;
}

/** The findings the server takes, in roster order, and which cadre each index names (to place its errors). */
export function buildFindings(roster: readonly RosterMember[], marks: Marks): { findings: FindingInput[]; cadreAt: string[] } {
  const findings: FindingInput[] = [];
  const cadreAt: string[] = [];
  for (const member of roster) {
    const mark = marks[member.cadreId];
    if (!mark || mark.status === 'unchecked') continue;
    const atPost = mark.status === 'at_post';
    const finding: FindingInput = { cadreId: member.cadreId, atPost };
    if (!atPost) finding.absenceReason = mark.status as AbsenceReasonCode;
    if (mark.note?.trim()) finding.note = mark.note.trim();
    if (mark.status === 'absent') {
      if (mark.deadline) finding.deadline = mark.deadline;
      if (mark.requirement?.trim()) finding.requirement = mark.requirement.trim();
    }
    findings.push(finding);
    cadreAt.push(member.cadreId);
  }
  return { findings, cadreAt };
}

/** The server names a finding by index ("findings.2.absenceReason"); the table shows it on that cadre's row. */
export function findingErrorsByCadre(fields: readonly { path: string; message: string }[], cadreAt: readonly string[]): Map<string, string[]> {
  const byCadre = new Map<string, string[]>();
  for (const field of fields) {
    const match = /^findings\.(\d+)\./.exec(field.path);
    const cadreId = match ? cadreAt[Number(match[1])] : undefined;
    if (!cadreId) continue;
    byCadre.set(cadreId, [...(byCadre.get(cadreId) ?? []), field.message]);
  }
  return byCadre;
}
