import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { listFiles } from '../../platform/files/files.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { VisitCreateBody, VisitExportQuery, VisitListQuery, VisitUpdateBody, VisitView } from '../../../contracts/visits.ts';
import { findHouseholdInScope } from '../households/index.ts';
import { findActiveTeamOfCadre } from '../teams/index.ts';
import * as repo from './visits.repository.ts';
import { mayChangeVisit, mayRecordFor } from './visits.policy.ts';
import { beijingDay, checkFollowUpDone, checkVisitedOn, visitSpan } from './visits.rules.ts';
import { visitErrors } from './visits.errors.ts';
import { presentVisit } from './visits.present.ts';

function failOn(fields: FieldError[]): void {
  if (fields.length > 0) throw commonErrors.VALIDATION_FAILED(fields);
}

/** The villages of the team the caller leads now; empty for anyone else. */
export async function leaderVillagesOf(ctx: Ctx, executor: Executor = ctx.db): Promise<string[]> {
  if (!ctx.principal.roles.includes('team_leader') || !ctx.principal.cadreId) return [];
  const team = await findActiveTeamOfCadre(executor, ctx.principal.cadreId);
  return team ? repo.teamVillageCodes(executor, team.id) : [];
}

export function filtersOf(query: VisitExportQuery): repo.VisitFilters {
  return { householdId: query.householdId, cadreId: query.cadreId, divisionCode: query.divisionCode, ...visitSpan(query) };
}

export async function presentVisits(ctx: Ctx, rows: readonly repo.VisitListRow[], executor: Executor = ctx.db): Promise<VisitView[]> {
  const photos = await listFiles(executor, repo.VISIT_PHOTO_OWNER, rows.map((r) => r.id));
  const leaderVillages = await leaderVillagesOf(ctx, executor);
  return rows.map((row) => {
    const change = mayChangeVisit(ctx.principal, row, leaderVillages);
    return presentVisit(
      row,
      photos.filter((p) => p.ownerId === row.id),
      { update: change, delete: change },
    );
  });
}

export async function listVisits(ctx: Ctx, query: VisitListQuery): Promise<ListResult<VisitView>> {
  requirePermission(ctx.principal, 'visits.read');
  const result = await repo.listVisits(ctx.db, ctx.principal.scope, filtersOf(query), query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentVisits(ctx, result.items), total: result.total };
}

export async function getVisit(ctx: Ctx, visitId: string): Promise<VisitView> {
  requirePermission(ctx.principal, 'visits.read');
  const row = await repo.findVisitInScope(ctx.db, ctx.principal.scope, visitId);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentVisits(ctx, [row]);
  return view!;
}

/** Whom the visit is recorded for: the caller's own cadre unless he names another (a leader for his team). */
async function visitorOf(ctx: Ctx, requested: string | undefined): Promise<string> {
  const cadreId = requested ?? ctx.principal.cadreId;
  if (!cadreId) throw visitErrors.VISIT_CADRE_REQUIRED([{ path: 'cadreId', message: '请选择走访干部' }]);
  if (cadreId === ctx.principal.cadreId) return cadreId;
  const team = await findActiveTeamOfCadre(ctx.db, cadreId);
  const ownTeam = ctx.principal.cadreId ? await findActiveTeamOfCadre(ctx.db, ctx.principal.cadreId) : undefined;
  const target = { cadreId, teamId: team?.id ?? null, teamDivisionCode: team?.divisionCode ?? null };
  if (!mayRecordFor(ctx.principal, target, ownTeam?.id ?? null)) throw commonErrors.FORBIDDEN();
  return cadreId;
}

export async function createVisit(ctx: Ctx, body: VisitCreateBody): Promise<VisitView> {
  requirePermission(ctx.principal, 'visits.write');
  const household = await findHouseholdInScope(ctx.db, ctx.principal.scope, body.householdId);
  if (!household) throw commonErrors.NOT_FOUND();
  failOn(checkVisitedOn(body.visitedOn, beijingDay()));
  const cadreId = await visitorOf(ctx, body.cadreId);
  const visitId = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertVisit(tx, {
      householdId: household.id,
      divisionCode: household.divisionCode,
      cadreId,
      visitedOn: body.visitedOn,
      findings: body.findings,
      followUp: body.followUp || null,
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'visits.create', entityType: 'visit', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getVisit(ctx, visitId);
}

/** A visit the caller may change, read under lock: 404 out of scope, 403 not his to change. */
export async function visitForChange(ctx: Ctx, executor: Executor, visitId: string): Promise<repo.VisitListRow> {
  await repo.lockVisit(executor, visitId);
  const row = await repo.findVisitInScope(executor, ctx.principal.scope, visitId);
  if (!row) throw commonErrors.NOT_FOUND();
  if (!mayChangeVisit(ctx.principal, row, await leaderVillagesOf(ctx, executor))) throw commonErrors.FORBIDDEN();
  return row;
}

function plain(row: repo.VisitListRow): repo.VisitRow {
  const { householdCode: _code, householderName: _name, cadreName: _cadre, villageName: _village, ...rest } = row;
  return rest;
}

export async function updateVisit(ctx: Ctx, visitId: string, body: VisitUpdateBody): Promise<VisitView> {
  requirePermission(ctx.principal, 'visits.write');
  await ctx.db.transaction(async (tx) => {
    const before = await visitForChange(ctx, tx, visitId);
    const today = beijingDay();
    const followUpDone = body.followUpDone === undefined ? before.followUpDone : body.followUpDone;
    failOn([...checkVisitedOn(body.visitedOn, today), ...checkFollowUpDone(followUpDone, body.visitedOn, today)]);
    const after = await repo.updateVisit(tx, visitId, {
      visitedOn: body.visitedOn,
      findings: body.findings,
      followUp: body.followUp === undefined ? before.followUp : body.followUp || null,
      followUpDone,
    });
    await recordAudit(tx, ctx.actor, { action: 'visits.update', entityType: 'visit', entityId: visitId, divisionCode: after.divisionCode, before: plain(before), after });
  });
  return getVisit(ctx, visitId);
}

export async function deleteVisit(ctx: Ctx, visitId: string): Promise<void> {
  requirePermission(ctx.principal, 'visits.write');
  await ctx.db.transaction(async (tx) => {
    const before = await visitForChange(ctx, tx, visitId);
    const photos = await repo.deleteVisitPhotos(tx, visitId);
    await repo.deleteVisit(tx, visitId);
    await recordAudit(tx, ctx.actor, {
      action: 'visits.delete',
      entityType: 'visit',
      entityId: visitId,
      divisionCode: before.divisionCode,
      before: { ...plain(before), photos },
    });
  });
}
