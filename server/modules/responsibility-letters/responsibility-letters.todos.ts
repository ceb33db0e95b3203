import type { TodoSource } from '../../platform/workflow/todos.ts';
import { can } from '../../platform/access/permissions.ts';
import type { TodoItem } from '../../../contracts/todos.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './responsibility-letters.repository.ts';
import { addIsoDays, LETTER_TODO_DAYS, letterToday } from './responsibility-letters.rules.ts';

// A due day ends at midnight in Beijing.
const endOfDay = (day: string) => new Date(`${day}T23:59:59+08:00`).toISOString();
const shortName = (name: string | undefined) => (name ? name.replace(/村(民)?委员?会$/, '村') : '');

/**
 * A unit's party committee sees its open tasks due within two weeks or already overdue; the county
 * and its service station, each letter with tasks reported done and waiting for confirmation.
 */
export const letterTodos: TodoSource = async (ctx) => {
  const { principal } = ctx;
  const today = letterToday();
  const items: TodoItem[] = [];

  if (principal.scope.unitId && can(principal, 'responsibility-letters.report')) {
    const due = await repo.openTasksDueBy(ctx.db, principal.scope, addIsoDays(today, LETTER_TODO_DAYS));
    const names = await divisionNames(ctx.db, [...new Set(due.map((t) => t.divisionCode))]);
    for (const task of due) {
      items.push({
        key: `responsibility-letters:task:${task.id}`,
        kind: 'letter_task_due',
        title: `责任状任务：${task.title}（${shortName(names.get(task.divisionCode))}，${task.dueOn} 前完成）`,
        link: `/responsibility-letters/${task.letterId}`,
        menuPath: '/responsibility-letters',
        since: task.createdAt.toISOString(),
        dueAt: endOfDay(task.dueOn),
        overdue: task.dueOn < today,
      });
    }
  }

  if (can(principal, 'responsibility-letters.confirm')) {
    const waiting = await repo.lettersAwaitingConfirmation(ctx.db, principal.scope);
    const [names, units] = await Promise.all([
      divisionNames(ctx.db, [...new Set(waiting.map((w) => w.divisionCode))]),
      repo.unitNames(ctx.db, [...new Set(waiting.map((w) => w.unitId))]),
    ]);
    for (const letter of waiting) {
      items.push({
        key: `responsibility-letters:confirm:${letter.letterId}`,
        kind: 'letter_task_reported',
        title: `确认责任状任务完成情况：${units.get(letter.unitId) ?? ''}（${shortName(names.get(letter.divisionCode))}，${letter.reported} 项待确认）`,
        link: `/responsibility-letters/${letter.letterId}`,
        menuPath: '/responsibility-letters',
        since: letter.since ? new Date(`${letter.since}T00:00:00+08:00`).toISOString() : null,
        dueAt: null,
        overdue: false,
      });
    }
  }
  return items;
};
