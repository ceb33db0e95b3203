import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { PresenceCreateBody, PresenceListQuery, PresenceMine, PresenceMonthly, PresenceMonthlyQuery, PresenceView } from '../../../contracts/presence.ts';
import { findCadreInScope } from '../cadres/index.ts';
import { findActiveMembers, findActiveTeamOfCadre, findTeamInScope } from '../teams/index.ts';
import { findDivision } from '../divisions/index.ts';
import { approvedLeaveBetween } from '../leave/index.ts';
import * as repo from './presence.repository.ts';
import { isTeamOnly, mayRecordFor, mayDeletePresence } from './presence.policy.ts';
import { presenceErrors } from './presence.errors.ts';
import { addDays, checkRecordableDay, distanceKm, earliestRecordableDay, monthBounds, monthOf, todayInBeijing } from './presence.rules.ts';
import { basisOf, monthFigures } from './presence.figures.ts';
import { presentPresence } from './presence.present.ts';

// No team has this id: an account of a team's own that serves in none sees nothing.
const noTeam = '00000000-0000-0000-0000-000000000000';

/** The caller's region, and for a member or leader account his own team only. */
export async function reachOf(ctx: Ctx, executor: Executor = ctx.db): Promise<repo.PresenceReach> {
  if (!isTeamOnly(ctx.principal) || !ctx.principal.cadreId) return { scope: ctx.principal.scope, teamId: null };
  const team = await findActiveTeamOfCadre(executor, ctx.principal.cadreId);
  return { scope: ctx.principal.scope, teamId: team?.id ?? noTeam };
}

function failOn(fields: { path: string; message: string }[]): void {
  if (fields.length > 0) throw commonErrors.VALIDATION_FAILED(fields);
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}

export async function recordPresence(ctx: Ctx, body: PresenceCreateBody): Promise<PresenceView> {
  requirePermission(ctx.principal, 'presence.record');
  const cadre = await findCadreInScope(ctx.db, ctx.principal.scope, body.cadreId);
  if (!cadre) throw commonErrors.NOT_FOUND();
  const team = await findActiveTeamOfCadre(ctx.db, body.cadreId);
  if (!team) failOn([{ path: 'cadreId', message: '该干部不在驻村工作队中，不能登记在村' }]);
  const ownTeam = ctx.principal.cadreId ? await findActiveTeamOfCadre(ctx.db, ctx.principal.cadreId) : undefined;
  if (!mayRecordFor(ctx.principal, { cadreId: body.cadreId, team: team! }, ownTeam?.id ?? null)) throw commonErrors.FORBIDDEN();
  const membership = (await findActiveMembers(ctx.db, team!.id)).find((m) => m.cadreId === body.cadreId);
  failOn(checkRecordableDay(body.day, todayInBeijing(), membership?.joinedOn ?? team!.termStart));

  const located = body.latitude !== undefined && body.longitude !== undefined;
  const village = located ? await repo.villageLocation(ctx.db, team!.divisionCode) : undefined;
  // Without the village's coordinates the location is kept but no distance can be shown.
  const distance = located && village ? distanceKm({ latitude: body.latitude!, longitude: body.longitude! }, village) : null;

  const id = await ctx.db.transaction(async (tx) => {
    if (await repo.findPresenceOn(tx, body.cadreId, body.day)) throw presenceErrors.PRESENCE_DUPLICATE(undefined, { day: body.day });
    const row = await repo
      .insertPresence(tx, {
        cadreId: body.cadreId,
        teamId: team!.id,
        divisionCode: team!.divisionCode,
        day: body.day,
        latitude: located ? body.latitude! : null,
        longitude: located ? body.longitude! : null,
        distanceKm: distance,
        note: body.note || null,
        recordedBy: ctx.principal.accountId,
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw presenceErrors.PRESENCE_DUPLICATE(undefined, { day: body.day });
        throw error;
      });
    await recordAudit(tx, ctx.actor, { action: 'presence.record', entityType: 'presence_day', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  const row = await repo.findPresenceInReach(ctx.db, { scope: ctx.principal.scope, teamId: null }, id);
  const [view] = presentPresence(ctx, [row!]);
  return view!;
}

/** A mistaken day is taken back in the month it belongs to; earlier months stay as the township read them. */
export async function deletePresence(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'presence.record');
  const reach = await reachOf(ctx);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findPresenceInReach(tx, reach, id);
    if (!row) throw commonErrors.NOT_FOUND();
    if (!mayDeletePresence(ctx.principal, row)) throw commonErrors.FORBIDDEN();
    if (monthOf(row.day) !== monthOf(todayInBeijing())) throw presenceErrors.PRESENCE_MONTH_CLOSED();
    await repo.deletePresence(tx, id);
    const { cadreName: _name, teamName: _team, villageName: _village, ...before } = row;
    await recordAudit(tx, ctx.actor, { action: 'presence.delete', entityType: 'presence_day', entityId: id, divisionCode: row.divisionCode, before });
  });
}

export function filtersOf(query: { cadreId?: string | undefined; teamId?: string | undefined; divisionCode?: string | undefined; month?: string | undefined }): repo.PresenceFilters {
  const month = query.month ? monthBounds(query.month) : null;
  return { cadreId: query.cadreId, teamId: query.teamId, divisionCode: query.divisionCode, ...(month ? { from: month.first, to: month.last } : {}) };
}

export async function listPresence(ctx: Ctx, query: PresenceListQuery): Promise<ListResult<PresenceView>> {
  requirePermission(ctx.principal, 'presence.read');
  const reach = await reachOf(ctx);
  const result = await repo.listPresence(ctx.db, reach, filtersOf(query), query.order, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: presentPresence(ctx, result.items), total: result.total };
}

export async function monthly(ctx: Ctx, query: PresenceMonthlyQuery): Promise<PresenceMonthly> {
  requirePermission(ctx.principal, 'presence.read');
  const today = todayInBeijing();
  const { items, basis } = await monthFigures(ctx.db, await reachOf(ctx), ctx.deps.config.duty, query.month ?? monthOf(today), today, query);
  const shown = query.belowMinimum ? items.filter((i) => i.belowMinimum) : items;
  const offset = offsetOf(query);
  return { items: shown.slice(offset, offset + query.pageSize), total: shown.length, belowCount: items.filter((i) => i.belowMinimum).length, basis };
}

/** This month's figures of one team, for its page: every member, no paging. */
export async function teamMonthly(ctx: Ctx, teamId: string, month: string | undefined): Promise<PresenceMonthly> {
  requirePermission(ctx.principal, 'presence.read');
  const reach = await reachOf(ctx);
  const team = await findTeamInScope(ctx.db, ctx.principal.scope, teamId);
  if (!team || (reach.teamId && reach.teamId !== teamId)) throw commonErrors.NOT_FOUND();
  const today = todayInBeijing();
  const { items, basis } = await monthFigures(ctx.db, reach, ctx.deps.config.duty, month ?? monthOf(today), today, { teamId });
  return { items, total: items.length, belowCount: items.filter((i) => i.belowMinimum).length, basis };
}

/** A member's calendar: his recorded days, his approved leave and his figure for the month. */
export async function mine(ctx: Ctx, query: { month?: string | undefined; cadreId?: string | undefined }): Promise<PresenceMine> {
  requirePermission(ctx.principal, 'presence.read');
  const today = todayInBeijing();
  const month = query.month ?? monthOf(today);
  const bounds = monthBounds(month);
  const reach = await reachOf(ctx);
  const cadreId = query.cadreId ?? ctx.principal.cadreId;
  const empty = { month, today, earliest: earliestRecordableDay(today), days: [], leaveDays: [], figure: null, canRecord: false };
  if (!cadreId) {
    return { ...empty, cadre: null, team: null, basis: basisOf(ctx.deps.config.duty, month, today) };
  }
  const cadre = await findCadreInScope(ctx.db, ctx.principal.scope, cadreId);
  if (!cadre && cadreId !== ctx.principal.cadreId) throw commonErrors.NOT_FOUND();
  const team = await findActiveTeamOfCadre(ctx.db, cadreId);
  if (query.cadreId && reach.teamId && team?.id !== reach.teamId && cadreId !== ctx.principal.cadreId) throw commonErrors.NOT_FOUND();
  const ownTeam = ctx.principal.cadreId ? await findActiveTeamOfCadre(ctx.db, ctx.principal.cadreId) : undefined;
  const rows = await repo.readPresence(ctx.db, { scope: ctx.principal.scope, teamId: null }, { cadreId, from: bounds.first, to: bounds.last }, 'asc', { limit: 31, offset: 0 });
  const leaves = await approvedLeaveBetween(ctx.db, [cadreId], bounds.first, bounds.last);
  const leaveDays = new Set<string>();
  for (const leave of leaves) {
    for (let day = leave.startDate < bounds.first ? bounds.first : leave.startDate; day <= leave.endDate && day <= bounds.last; day = addDays(day, 1)) leaveDays.add(day);
  }
  const { items, basis } = await monthFigures(ctx.db, { scope: ctx.principal.scope, teamId: null }, ctx.deps.config.duty, month, today, { cadreId });
  const village = team ? await findDivision(ctx.db, team.divisionCode) : undefined;
  return {
    ...empty,
    cadre: cadre ? { id: cadre.id, name: cadre.name } : null,
    team: team ? { id: team.id, name: team.name, divisionCode: team.divisionCode, villageName: village?.name ?? null } : null,
    days: presentPresence(ctx, rows),
    leaveDays: [...leaveDays].sort(),
    figure: items.find((i) => i.teamId === team?.id) ?? items.at(-1) ?? null,
    basis,
    canRecord: team !== undefined && mayRecordFor(ctx.principal, { cadreId, team }, ownTeam?.id ?? null),
  };
}
