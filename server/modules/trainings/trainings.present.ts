import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import type { AttendeeView, TrainingListItem, TrainingView } from '../../../contracts/trainings.ts';
import { divisionNames } from '../divisions/index.ts';
import { findCadresByIds, presentCadreBriefs } from '../cadres/index.ts';
import * as repo from './trainings.repository.ts';
import { mayManageSession } from './trainings.policy.ts';

export async function presentSessionList(executor: Executor, rows: repo.SessionRow[]): Promise<TrainingListItem[]> {
  const names = await divisionNames(executor, rows.map((r) => r.divisionCode));
  const counts = new Map((await repo.attendanceCounts(executor, rows.map((r) => r.id))).map((c) => [c.sessionId, c]));
  return rows.map((row) => ({
    id: row.id,
    divisionCode: row.divisionCode,
    divisionName: names.get(row.divisionCode) ?? null,
    level: row.level,
    stage: row.stage,
    topic: row.topic,
    hours: Number(row.hours),
    heldOn: row.heldOn,
    place: row.place,
    note: row.note,
    attendeeCount: counts.get(row.id)?.attendees ?? 0,
    attendedCount: Number(counts.get(row.id)?.attended ?? 0),
    createdAt: row.createdAt.toISOString(),
  }));
}

/**
 * The session with its register. A region that did not hold the session sees only its own cadres
 * on it: the county's 1,032 names are the county's business, not a township's.
 */
export async function presentSession(ctx: Ctx, executor: Executor, row: repo.SessionRow): Promise<TrainingView> {
  const [item] = await presentSessionList(executor, [row]);
  const all = await repo.attendeesOf(executor, ctx.principal.scope, row.id);
  const heldHere = codeInScope(ctx.principal.scope, row.divisionCode);
  const shown = heldHere ? all : all.filter((a) => a.inScope);
  const cadreRows = await findCadresByIds(executor, shown.map((a) => a.cadreId));
  const briefs = new Map(presentCadreBriefs(cadreRows).map((b) => [b.id, b]));
  const unitNames = await repo.unitNames(executor, [...briefs.values()].map((b) => b.unitId));
  const attendees: AttendeeView[] = shown.map((a) => {
    const cadre = briefs.get(a.cadreId) ?? null;
    return { cadreId: a.cadreId, attended: a.attended, note: a.note, unitName: cadre ? (unitNames.get(cadre.unitId) ?? null) : null, cadre };
  });
  return { ...item!, attendees, hiddenAttendees: all.length - shown.length, abilities: { update: mayManageSession(ctx.principal, row) } };
}
