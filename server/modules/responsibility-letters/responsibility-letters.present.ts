import type { Executor } from '../../platform/db/client.ts';
import { can, type Principal } from '../../platform/access/permissions.ts';
import type { LetterListItem, LetterTaskView, LetterView } from '../../../contracts/responsibility-letters.ts';
import type { LetterTaskState } from '../../../contracts/social-codes.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './responsibility-letters.repository.ts';
import type { LetterListRow, TaskListRow } from './responsibility-letters.repository.ts';
import { isTaskOverdue } from './responsibility-letters.rules.ts';

export async function presentLetterList(executor: Executor, rows: LetterListRow[], today: string): Promise<LetterListItem[]> {
  const [names, counts] = await Promise.all([
    divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]),
    repo.taskCountsOf(executor, rows.map((r) => r.id), today),
  ]);
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    divisionCode: row.divisionCode,
    villageName: names.get(row.divisionCode) ?? null,
    year: row.year,
    title: row.title,
    signedOn: row.signedOn,
    signedWith: row.signedWith,
    tasks: counts.get(row.id) ?? { total: 0, open: 0, reported: 0, confirmed: 0, overdue: 0 },
    createdAt: row.createdAt.toISOString(),
  }));
}

/** Only the unit that signed reports its own tasks; whoever holds the letter confirms or sends back. */
export function mayReport(principal: Principal, letter: { unitId: string }): boolean {
  return can(principal, 'responsibility-letters.report') && principal.scope.unitId === letter.unitId;
}

function presentTask(principal: Principal, letter: LetterListRow, task: TaskListRow, today: string): LetterTaskView {
  const state = task.state as LetterTaskState;
  const confirmer = can(principal, 'responsibility-letters.confirm') && state === 'reported';
  return {
    id: task.id,
    seq: task.seq,
    title: task.title,
    target: task.target,
    dueOn: task.dueOn,
    state,
    overdue: isTaskOverdue({ state, dueOn: task.dueOn }, today),
    completedOn: task.completedOn,
    completionNote: task.completionNote,
    reportedByName: task.reportedByName,
    reportedAt: task.reportedAt,
    confirmedByName: task.confirmedByName,
    confirmedAt: task.confirmedAt,
    returnedReason: task.returnedReason,
    abilities: { report: state === 'open' && mayReport(principal, letter), confirm: confirmer, return: confirmer },
  };
}

/** One letter with its tasks, who reported and confirmed each and when, and what the caller may do. */
export async function presentLetter(executor: Executor, principal: Principal, row: LetterListRow, today: string): Promise<LetterView> {
  const [item] = await presentLetterList(executor, [row], today);
  const taskRows = await repo.tasksOf(executor, row.id);
  const writer = can(principal, 'responsibility-letters.write');
  return {
    ...item!,
    note: row.note,
    createdByName: row.createdByName,
    taskList: taskRows.map((task) => presentTask(principal, row, task, today)),
    abilities: {
      update: writer && !taskRows.some((t) => t.state === 'confirmed'),
      delete: writer && taskRows.every((t) => t.state === 'open'),
    },
  };
}
