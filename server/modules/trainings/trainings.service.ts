import type { Ctx } from '../../platform/http/context.ts';
import type { Executor, Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type {
  AttendanceAddBody,
  AttendancePatch,
  CadreTrainingView,
  TrainingListItem,
  TrainingListQuery,
  TrainingSessionBody,
  TrainingView,
} from '../../../contracts/trainings.ts';
import type { Principal } from '../../platform/access/permissions.ts';
import { findDivision } from '../divisions/index.ts';
import { findCadreInScope } from '../cadres/index.ts';
import * as repo from './trainings.repository.ts';
import { mayManageSession, mayOrganizeIn } from './trainings.policy.ts';
import { checkDateRange, checkOrganizer, sumHours, yearOf } from './trainings.rules.ts';
import { presentSession, presentSessionList } from './trainings.present.ts';

export function failOn(fields: FieldError[]): void {
  if (fields.length > 0) throw commonErrors.VALIDATION_FAILED(fields);
}

export async function listSessions(ctx: Ctx, query: TrainingListQuery): Promise<ListResult<TrainingListItem>> {
  requirePermission(ctx.principal, 'trainings.read');
  failOn(checkDateRange(query.from, query.to));
  const result = await repo.listSessions(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentSessionList(ctx.db, result.items), total: result.total };
}

export async function getSession(ctx: Ctx, sessionId: string): Promise<TrainingView> {
  requirePermission(ctx.principal, 'trainings.read');
  const row = await repo.findSessionInScope(ctx.db, ctx.principal.scope, sessionId);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentSession(ctx, ctx.db, row);
}

async function checkSessionFields(executor: Executor, principal: Principal, body: TrainingSessionBody): Promise<void> {
  const division = await findDivision(executor, body.divisionCode);
  failOn(checkOrganizer(body.level, division, mayOrganizeIn(principal, body.divisionCode)));
}

function recordOf(body: TrainingSessionBody) {
  return {
    divisionCode: body.divisionCode,
    level: body.level,
    stage: body.stage,
    topic: body.topic,
    hours: String(body.hours),
    heldOn: body.heldOn,
    place: body.place?.trim() ? body.place.trim() : null,
    note: body.note?.trim() ? body.note : null,
  };
}

export async function createSession(ctx: Ctx, body: TrainingSessionBody): Promise<TrainingView> {
  requirePermission(ctx.principal, 'trainings.manage');
  await checkSessionFields(ctx.db, ctx.principal, body);
  const sessionId = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertSession(tx, recordOf(body));
    await recordAudit(tx, ctx.actor, { action: 'trainings.create', entityType: 'training_session', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getSession(ctx, sessionId);
}

/** Loads a session the caller may change, inside the transaction, or answers 404 / 403. */
async function sessionForUpdate(ctx: Ctx, tx: Tx, sessionId: string): Promise<repo.SessionRow> {
  await repo.lockSession(tx, sessionId);
  const row = await repo.findSessionInScope(tx, ctx.principal.scope, sessionId);
  if (!row) throw commonErrors.NOT_FOUND();
  if (!mayManageSession(ctx.principal, row)) throw commonErrors.FORBIDDEN();
  return row;
}

export async function updateSession(ctx: Ctx, sessionId: string, body: TrainingSessionBody): Promise<TrainingView> {
  requirePermission(ctx.principal, 'trainings.manage');
  await ctx.db.transaction(async (tx) => {
    const before = await sessionForUpdate(ctx, tx, sessionId);
    await checkSessionFields(tx, ctx.principal, body);
    const after = await repo.updateSession(tx, sessionId, recordOf(body));
    await recordAudit(tx, ctx.actor, { action: 'trainings.update', entityType: 'training_session', entityId: sessionId, divisionCode: after.divisionCode, before, after });
  });
  return getSession(ctx, sessionId);
}

/** Cadres join the register; only cadres of the caller's region, and those already on it stay as they are. */
export async function addAttendees(ctx: Ctx, sessionId: string, body: AttendanceAddBody): Promise<TrainingView> {
  requirePermission(ctx.principal, 'trainings.manage');
  const cadreIds = [...new Set(body.cadreIds)];
  await ctx.db.transaction(async (tx) => {
    const session = await sessionForUpdate(ctx, tx, sessionId);
    const known = await repo.cadreIdsInScope(tx, ctx.principal.scope, cadreIds);
    failOn(body.cadreIds.flatMap((id, index) => (known.has(id) ? [] : [{ path: `cadreIds.${index}`, message: '干部不存在或不在管辖范围内' }])));
    const added = await repo.insertAttendance(tx, cadreIds.map((cadreId) => ({ sessionId, cadreId, attended: body.attended })));
    await recordAudit(tx, ctx.actor, {
      action: 'trainings.attendance.add',
      entityType: 'training_session',
      entityId: sessionId,
      divisionCode: session.divisionCode,
      after: { cadreIds: added.map((a) => a.cadreId), attended: body.attended },
    });
  });
  return getSession(ctx, sessionId);
}

export async function changeAttendance(ctx: Ctx, sessionId: string, cadreId: string, body: AttendancePatch): Promise<TrainingView> {
  requirePermission(ctx.principal, 'trainings.manage');
  await ctx.db.transaction(async (tx) => {
    const session = await sessionForUpdate(ctx, tx, sessionId);
    const before = await repo.findAttendance(tx, sessionId, cadreId);
    if (!before) throw commonErrors.NOT_FOUND();
    const after = await repo.updateAttendance(tx, sessionId, cadreId, { attended: body.attended, note: body.note?.trim() ? body.note : null });
    await recordAudit(tx, ctx.actor, { action: 'trainings.attendance.update', entityType: 'training_session', entityId: sessionId, divisionCode: session.divisionCode, before, after });
  });
  return getSession(ctx, sessionId);
}

export async function removeAttendee(ctx: Ctx, sessionId: string, cadreId: string): Promise<TrainingView> {
  requirePermission(ctx.principal, 'trainings.manage');
  await ctx.db.transaction(async (tx) => {
    const session = await sessionForUpdate(ctx, tx, sessionId);
    const before = await repo.findAttendance(tx, sessionId, cadreId);
    if (!before) throw commonErrors.NOT_FOUND();
    await repo.deleteAttendance(tx, sessionId, cadreId);
    await recordAudit(tx, ctx.actor, { action: 'trainings.attendance.remove', entityType: 'training_session', entityId: sessionId, divisionCode: session.divisionCode, before });
  });
  return getSession(ctx, sessionId);
}

/** A cadre's sessions and hours, this year and in all; the cadre must be one the caller sees. */
export async function cadreTraining(ctx: Ctx, cadreId: string, today = new Date().toISOString().slice(0, 10)): Promise<CadreTrainingView> {
  requirePermission(ctx.principal, 'trainings.read');
  const cadre = await findCadreInScope(ctx.db, ctx.principal.scope, cadreId);
  if (!cadre) throw commonErrors.NOT_FOUND();
  const rows = await repo.sessionsOfCadre(ctx.db, cadreId);
  const sessions = rows.map(({ session, attended }) => ({
    id: session.id,
    level: session.level,
    stage: session.stage,
    topic: session.topic,
    hours: Number(session.hours),
    heldOn: session.heldOn,
    place: session.place,
    attended,
  }));
  const year = yearOf(today);
  return { cadreId, year, ...sumHours(sessions, year), sessions };
}
