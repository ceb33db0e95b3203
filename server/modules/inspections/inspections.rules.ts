import type { FindingInput } from '../../../contracts/inspections.ts';

export type FieldError = { path: string; message: string };

const DAY = 24 * 3600 * 1000;

/** The calendar day in China, where every county works, whatever the server's zone. */
export function todayInBeijing(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** 限期整改: the default deadline is the inspection day plus the county's rectification period. */
export function defaultDeadline(inspectedOn: string, rectificationDays: number): string {
  return addDays(inspectedOn, rectificationDays);
}

/** The last moment of the deadline day in Beijing: a to-do is due then, not at midnight before it. */
export function dueAtOf(deadline: string): Date {
  return new Date(`${deadline}T23:59:59+08:00`);
}

/**
 * An inspector may shorten the period or give up to twice the county's, never a deadline on or
 * before the inspection day: a rectification needs at least a day.
 */
export function deadlineProblem(inspectedOn: string, deadline: string, rectificationDays: number): string | null {
  const days = daysBetween(inspectedOn, deadline);
  if (days < 1) return '整改期限应晚于督查日期';
  if (days > rectificationDays * 2) return `整改期限不超过督查日期后 ${rectificationDays * 2} 天`;
  return null;
}

/** An inspection is recorded after it happens, within the year the assessment covers. */
export function inspectedOnProblem(inspectedOn: string, today: string): string | null {
  if (inspectedOn > today) return '督查日期不能晚于今天';
  if (daysBetween(inspectedOn, today) > 366) return '督查日期不能早于一年前';
  return null;
}

/**
 * What a finding must say, checked before anything is looked up: why a cadre was not at post,
 * nothing of the kind when he was, one finding per cadre, and a deadline only for an absence.
 */
export function findingProblems(findings: readonly FindingInput[], inspectedOn: string, rectificationDays: number): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  findings.forEach((finding, index) => {
    const at = (field: string) => `findings.${index}.${field}`;
    if (seen.has(finding.cadreId)) problems.push({ path: at('cadreId'), message: '同一名干部只能登记一次' });
    seen.add(finding.cadreId);
    if (!finding.atPost && !finding.absenceReason) problems.push({ path: at('absenceReason'), message: '不在岗时请选择原因' });
    if (finding.atPost && finding.absenceReason) problems.push({ path: at('absenceReason'), message: '在岗的干部无需填写不在岗原因' });
    const opensRectification = !finding.atPost && finding.absenceReason === 'absent';
    if (!opensRectification && (finding.deadline || finding.requirement)) {
      problems.push({ path: at(finding.deadline ? 'deadline' : 'requirement'), message: '只有无故脱岗才下达整改通知' });
    }
    if (opensRectification && finding.deadline) {
      const problem = deadlineProblem(inspectedOn, finding.deadline, rectificationDays);
      if (problem) problems.push({ path: at('deadline'), message: problem });
    }
  });
  return problems;
}

export const defaultRequirement = '说明脱岗原因，严格落实驻村工作队考勤和请销假制度，按期报送整改情况。';

/** Not accepted by the end of its deadline: the day after, it is overdue. */
export function isOverdue(state: string, deadline: string, today: string): boolean {
  return (state === 'open' || state === 'answered') && deadline < today;
}

export function criticismContent(input: { cadreName: string; teamName: string | null; inspectedOn: string; deadline: string }): string {
  const team = input.teamName ? `（${input.teamName}）` : '';
  return `${input.cadreName}${team}在 ${input.inspectedOn} 督查中无故脱岗，责令限期整改，至 ${input.deadline} 整改期限届满仍未通过验收，予以通报批评。`;
}
