import type { FieldError } from '../../platform/errors/app-error.ts';
import { codeInScope, divisionPrefix, type Scope } from '../../platform/access/scope.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

/** Meetings are recorded after they are held, so "today" is the day in Beijing, wherever the server runs. */
export function meetingToday(at = new Date()): string {
  return beijingDay(at);
}

export function heldOnProblems(heldOn: string, today: string): FieldError[] {
  return heldOn > today ? [{ path: 'heldOn', message: '会议日期不能晚于今天' }] : [];
}

/**
 * Every attending team must be one the recorder can see and serve a village inside the meeting's
 * region; `found` holds the teams the recorder's scope can see, with their villages.
 */
export function teamProblems(teamIds: readonly string[], found: ReadonlyMap<string, string>, regionCode: string, scope: Scope): FieldError[] {
  const region = divisionPrefix(regionCode);
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  teamIds.forEach((teamId, index) => {
    const path = `teamIds.${index}`;
    const village = found.get(teamId);
    if (seen.has(teamId)) problems.push({ path, message: '工作队重复选择' });
    else if (village === undefined || !codeInScope(scope, village)) problems.push({ path, message: '工作队不存在或不在您的管辖范围内' });
    else if (!village.startsWith(region)) problems.push({ path, message: '该工作队不在会议所属区域内' });
    seen.add(teamId);
  });
  return problems;
}
