import type { TodoSource } from '../../platform/workflow/todos.ts';
import type { TodoItem } from '../../../contracts/todos.ts';
import * as repo from './org-life.repository.ts';
import { addDays, lastFinishedPeriod } from './org-life.calendar.ts';
import { effectiveFrequencies, lastPeriodShortfalls, orgLifeToday, type Frequency } from './org-life.rules.ts';

const endOfDay = (day: string) => new Date(`${day}T23:59:59+08:00`).toISOString();

/**
 * A branch secretary is reminded of the last finished period of each required meeting his active
 * branch fell short in, and of last month's report to the party group while it is not issued.
 */
export const orgLifeTodos: TodoSource = async (ctx) => {
  const { principal } = ctx;
  if (!principal.cadreId || !principal.permissions.has('org_life.read')) return [];
  const today = orgLifeToday();
  const items: TodoItem[] = [];
  for (const { org } of await repo.branchesLedBy(ctx.db, principal.cadreId)) {
    const link = `/six-ones/${org.id}`;
    const frequencies = effectiveFrequencies((await repo.frequenciesOf(ctx.db, org.id)) as Frequency[]);
    const records = await repo.recordsBetween(ctx.db, [org.id], addDays(today, -400), today);
    for (const s of lastPeriodShortfalls(frequencies, records, { establishedOn: org.establishedOn, dissolvedOn: org.dissolvedOn }, today)) {
      items.push({
        key: `org-life:${org.id}:${s.kind}:${s.period.label}`,
        kind: 'org_life_missing',
        title: `${org.name}：${s.title}`,
        link,
        menuPath: '/six-ones',
        since: endOfDay(s.period.end),
        dueAt: null,
        overdue: true,
      });
    }
    const month = lastFinishedPeriod('month', today);
    const lived = !org.establishedOn || org.establishedOn <= month.start;
    if (lived && !(await repo.reportIssued(ctx.db, org.id, 'monthly_report', month.label))) {
      items.push({
        key: `org-life:${org.id}:monthly_report:${month.label}`,
        kind: 'org_life_report_due',
        title: `${org.name}：${Number(month.start.slice(5, 7))}月工作情况尚未向党组报告`,
        link,
        menuPath: '/six-ones',
        since: endOfDay(month.end),
        dueAt: null,
        overdue: true,
      });
    }
  }
  return items;
};
