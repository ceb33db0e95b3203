import type { Ctx } from '../../platform/http/context.ts';
import type { Executor, Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, type Scope } from '../../platform/access/scope.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { LetterBody, LetterListItem, LetterListQuery, LetterUnitOption, LetterView } from '../../../contracts/responsibility-letters.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import { findUnitInScope } from '../units/index.ts';
import * as repo from './responsibility-letters.repository.ts';
import { checkLetterDates, countyOf, isVillageCode, letterToday } from './responsibility-letters.rules.ts';
import { letterErrors } from './responsibility-letters.errors.ts';
import { presentLetter, presentLetterList } from './responsibility-letters.present.ts';

/** The demo seed writes a year's letters through this service; it names the day each step happened. */
export type LetterClock = { today?: string };

export function todayOf(clock: LetterClock | undefined): string {
  return clock?.today ?? letterToday();
}

function failOn(errors: FieldError[]): void {
  if (errors.length > 0) throw commonErrors.VALIDATION_FAILED(errors);
}

export async function listLetters(ctx: Ctx, query: LetterListQuery): Promise<ListResult<LetterListItem>> {
  requirePermission(ctx.principal, 'responsibility-letters.read');
  const today = letterToday();
  const result = await repo.listLetters(ctx.db, ctx.principal.scope, query, today, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentLetterList(ctx.db, result.items, today), total: result.total };
}

export async function getLetter(ctx: Ctx, id: string, clock?: LetterClock): Promise<LetterView> {
  requirePermission(ctx.principal, 'responsibility-letters.read');
  const row = await repo.findLetterInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentLetter(ctx.db, ctx.principal, row, todayOf(clock));
}

/**
 * The village must lie in the caller's area (elsewhere it does not exist for him: 404); the unit
 * must be one he sees and one that serves there: a team of it in the village, or a unit of the
 * village's own county.
 */
async function checkParties(executor: Executor, scope: Scope, body: LetterBody): Promise<void> {
  if (!isVillageCode(body.divisionCode)) failOn([{ path: 'divisionCode', message: '请选择签订责任状的村' }]);
  if (!codeInScope(scope, body.divisionCode)) throw commonErrors.NOT_FOUND();
  const village = await findDivision(executor, body.divisionCode);
  const unit = await findUnitInScope(executor, scope, body.unitId);
  const errors: FieldError[] = [];
  if (!village) errors.push({ path: 'divisionCode', message: '没有这个村' });
  if (!unit) errors.push({ path: 'unitId', message: '没有这个单位，或该单位不在本地帮扶' });
  else if (countyOf(unit.divisionCode) !== countyOf(body.divisionCode) && !(await repo.unitServesVillage(executor, unit.id, body.divisionCode))) {
    errors.push({ path: 'unitId', message: '该单位在这个村没有驻村工作队，不能为此村签订责任状' });
  }
  failOn([...errors, ...checkLetterDates(body)]);
}

function letterValues(body: LetterBody) {
  return {
    unitId: body.unitId,
    divisionCode: body.divisionCode,
    year: body.year,
    title: body.title,
    signedOn: body.signedOn,
    signedWith: body.signedWith,
    note: body.note?.trim() || null,
  };
}

function taskValues(body: LetterBody, index: number) {
  const task = body.tasks[index]!;
  return { unitId: body.unitId, divisionCode: body.divisionCode, seq: index + 1, title: task.title, target: task.target, dueOn: task.dueOn };
}

export async function createLetter(ctx: Ctx, body: LetterBody, clock?: LetterClock): Promise<LetterView> {
  requirePermission(ctx.principal, 'responsibility-letters.write');
  failOn(body.tasks.flatMap((task, index) => (task.id ? [{ path: `tasks.${index}.id`, message: '新签责任状的任务不能带编号' }] : [])));
  await checkParties(ctx.db, ctx.principal.scope, body);
  const id = await ctx.db.transaction(async (tx) => {
    const letter = await repo.insertLetter(tx, { ...letterValues(body), createdBy: ctx.principal.accountId });
    const saved = await repo.insertTasks(tx, body.tasks.map((_, index) => ({ ...taskValues(body, index), letterId: letter.id })));
    await recordAudit(tx, ctx.actor, {
      action: 'responsibility-letters.create',
      entityType: 'responsibility_letter',
      entityId: letter.id,
      divisionCode: letter.divisionCode,
      after: { ...letter, tasks: saved },
    });
    return letter.id;
  });
  return getLetter(ctx, id, clock);
}

async function lockLetter(tx: Tx, ctx: Ctx, id: string) {
  const letter = await repo.findLetterForUpdate(tx, ctx.principal.scope, id);
  if (!letter) throw commonErrors.NOT_FOUND();
  return { letter, tasks: await repo.lockedTasksOf(tx, id) };
}

/**
 * The whole letter as the form holds it. Tasks named by id keep their state and report; one left out
 * is removed. Nothing changes once a task is confirmed, and a task reported done stays on a letter
 * of the same unit and village.
 */
export async function updateLetter(ctx: Ctx, id: string, body: LetterBody): Promise<LetterView> {
  requirePermission(ctx.principal, 'responsibility-letters.write');
  await ctx.db.transaction(async (tx) => {
    const before = await lockLetter(tx, ctx, id);
    if (before.tasks.some((t) => t.state === 'confirmed')) throw letterErrors.LETTER_CONFIRMED();
    const known = new Set(before.tasks.map((t) => t.id));
    failOn(body.tasks.flatMap((task, index) => (task.id && !known.has(task.id) ? [{ path: `tasks.${index}.id`, message: '该任务不属于这份责任状' }] : [])));
    const kept = new Set(body.tasks.flatMap((t) => (t.id ? [t.id] : [])));
    const reported = before.tasks.filter((t) => t.state === 'reported');
    const moved = body.unitId !== before.letter.unitId || body.divisionCode !== before.letter.divisionCode;
    if (reported.some((t) => !kept.has(t.id)) || (reported.length > 0 && moved)) throw letterErrors.LETTER_REPORTED_KEPT();
    await checkParties(tx, ctx.principal.scope, body);
    const letter = await repo.updateLetter(tx, id, letterValues(body));
    await repo.deleteTasks(tx, before.tasks.filter((t) => !kept.has(t.id)).map((t) => t.id));
    for (const [index, task] of body.tasks.entries()) {
      if (task.id) await repo.updateTask(tx, task.id, taskValues(body, index));
      else await repo.insertTasks(tx, [{ ...taskValues(body, index), letterId: id }]);
    }
    await recordAudit(tx, ctx.actor, {
      action: 'responsibility-letters.update',
      entityType: 'responsibility_letter',
      entityId: id,
      divisionCode: letter.divisionCode,
      before: { ...before.letter, tasks: before.tasks },
      after: { ...letter, tasks: await repo.lockedTasksOf(tx, id) },
    });
  });
  return getLetter(ctx, id);
}

/** Only a letter nobody has started on: every task still open. */
export async function deleteLetter(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'responsibility-letters.write');
  await ctx.db.transaction(async (tx) => {
    const before = await lockLetter(tx, ctx, id);
    if (before.tasks.some((t) => t.state !== 'open')) throw letterErrors.LETTER_NOT_OPEN();
    await repo.deleteLetter(tx, id);
    await recordAudit(tx, ctx.actor, {
      action: 'responsibility-letters.delete',
      entityType: 'responsibility_letter',
      entityId: id,
      divisionCode: before.letter.divisionCode,
      before: { ...before.letter, tasks: before.tasks },
    });
  });
}

/** The units the caller may sign with, each with the villages of his area it serves. */
export async function letterUnitOptions(ctx: Ctx, q: string | undefined): Promise<{ items: LetterUnitOption[] }> {
  requirePermission(ctx.principal, 'responsibility-letters.write');
  const found = await repo.unitOptions(ctx.db, ctx.principal.scope, q);
  const names = await divisionNames(ctx.db, [...new Set(found.flatMap((u) => u.villages))]);
  return { items: found.map((u) => ({ id: u.id, name: u.name, villages: u.villages.map((code) => ({ code, name: names.get(code) ?? null })) })) };
}
