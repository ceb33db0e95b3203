import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import { cadres } from '../cadres/index.ts';
import { teamMembers, teams } from '../teams/index.ts';
import { divisions, villageProfiles } from '../divisions/index.ts';
import { presenceDays } from './presence.schema.ts';

export type PresenceRow = typeof presenceDays.$inferSelect;
export type NewPresenceRow = typeof presenceDays.$inferInsert;
export type PresenceListRow = PresenceRow & { cadreName: string; teamName: string | null; villageName: string | null };

/** Narrows what a caller sees: the region of the account, and for a team's own accounts their team. */
export type PresenceReach = { scope: Scope; teamId: string | null };

export type PresenceFilters = { cadreId?: string | undefined; teamId?: string | undefined; divisionCode?: string | undefined; from?: string; to?: string };

function filtersOf(reach: PresenceReach, filters: PresenceFilters): SQL | undefined {
  const parts: SQL[] = [scopeCondition(reach.scope, { division: [presenceDays.divisionCode] })];
  if (reach.teamId) parts.push(eq(presenceDays.teamId, reach.teamId));
  if (filters.cadreId) parts.push(eq(presenceDays.cadreId, filters.cadreId));
  if (filters.teamId) parts.push(eq(presenceDays.teamId, filters.teamId));
  if (filters.divisionCode) parts.push(withinDivision(presenceDays.divisionCode, divisionPrefix(filters.divisionCode)));
  if (filters.from) parts.push(gte(presenceDays.day, filters.from));
  if (filters.to) parts.push(lte(presenceDays.day, filters.to));
  return and(...parts);
}

const listColumns = {
  row: presenceDays,
  cadreName: cadres.name,
  teamName: teams.name,
  villageName: divisions.name,
};

function toListRow(r: { row: PresenceRow; cadreName: string; teamName: string | null; villageName: string | null }): PresenceListRow {
  return { ...r.row, cadreName: r.cadreName, teamName: r.teamName, villageName: r.villageName };
}

/** One window of the list, newest day first by default; ties by id so windows never overlap. */
export async function readPresence(executor: Executor, reach: PresenceReach, filters: PresenceFilters, order: 'asc' | 'desc', window: Window): Promise<PresenceListRow[]> {
  const direction = order === 'asc' ? asc : desc;
  const rows = await executor
    .select(listColumns)
    .from(presenceDays)
    .innerJoin(cadres, eq(cadres.id, presenceDays.cadreId))
    .leftJoin(teams, eq(teams.id, presenceDays.teamId))
    .leftJoin(divisions, eq(divisions.code, presenceDays.divisionCode))
    .where(filtersOf(reach, filters))
    .orderBy(direction(presenceDays.day), asc(cadres.pinyin), asc(presenceDays.id))
    .limit(window.limit)
    .offset(window.offset);
  return rows.map(toListRow);
}

export async function listPresence(
  executor: Executor,
  reach: PresenceReach,
  filters: PresenceFilters,
  order: 'asc' | 'desc',
  window: Window,
): Promise<ListResult<PresenceListRow>> {
  const [items, [totalRow]] = await Promise.all([
    readPresence(executor, reach, filters, order, window),
    executor.select({ total: count() }).from(presenceDays).where(filtersOf(reach, filters)),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

export async function findPresenceInReach(executor: Executor, reach: PresenceReach, id: string): Promise<PresenceListRow | undefined> {
  const [row] = await executor
    .select(listColumns)
    .from(presenceDays)
    .innerJoin(cadres, eq(cadres.id, presenceDays.cadreId))
    .leftJoin(teams, eq(teams.id, presenceDays.teamId))
    .leftJoin(divisions, eq(divisions.code, presenceDays.divisionCode))
    .where(and(eq(presenceDays.id, id), filtersOf(reach, {})));
  return row ? toListRow(row) : undefined;
}

export async function findPresenceOn(executor: Executor, cadreId: string, day: string): Promise<PresenceRow | undefined> {
  const [row] = await executor.select().from(presenceDays).where(and(eq(presenceDays.cadreId, cadreId), eq(presenceDays.day, day)));
  return row;
}

export async function insertPresence(executor: Executor, values: NewPresenceRow): Promise<PresenceRow> {
  const [row] = await executor.insert(presenceDays).values(values).returning();
  return row!;
}

export async function deletePresence(executor: Executor, id: string): Promise<void> {
  await executor.delete(presenceDays).where(eq(presenceDays.id, id));
}

export type MonthMember = {
  cadreId: string;
  cadreName: string;
  teamId: string;
  teamName: string;
  divisionCode: string;
  villageName: string | null;
  joinedOn: string;
  leftOn: string | null;
};

/**
 * Every membership that overlaps [from, to], in the region: a member who moved teams in the month
 * appears once per team. Ordered by team then name — a roster order, never a ranking.
 */
export function membersDuring(
  executor: Executor,
  reach: PresenceReach,
  span: { from: string; to: string },
  filters: { teamId?: string | undefined; divisionCode?: string | undefined; cadreId?: string | undefined },
): Promise<MonthMember[]> {
  const parts: SQL[] = [
    scopeCondition(reach.scope, { division: [teamMembers.divisionCode] }),
    lte(teamMembers.joinedOn, span.to),
    or(isNull(teamMembers.leftOn), gte(teamMembers.leftOn, span.from))!,
  ];
  if (reach.teamId) parts.push(eq(teamMembers.teamId, reach.teamId));
  if (filters.teamId) parts.push(eq(teamMembers.teamId, filters.teamId));
  if (filters.cadreId) parts.push(eq(teamMembers.cadreId, filters.cadreId));
  if (filters.divisionCode) parts.push(withinDivision(teamMembers.divisionCode, divisionPrefix(filters.divisionCode)));
  return executor
    .select({
      cadreId: teamMembers.cadreId,
      cadreName: cadres.name,
      teamId: teams.id,
      teamName: teams.name,
      divisionCode: teamMembers.divisionCode,
      villageName: divisions.name,
      joinedOn: teamMembers.joinedOn,
      leftOn: teamMembers.leftOn,
    })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .leftJoin(divisions, eq(divisions.code, teamMembers.divisionCode))
    .where(and(...parts))
    .orderBy(asc(teamMembers.divisionCode), asc(teams.name), asc(cadres.pinyin), asc(teamMembers.id));
}

/** Days recorded per member and team in [from, to], and how many of them far from the village. */
export async function countsDuring(executor: Executor, teamIds: readonly string[], span: { from: string; to: string }, farKm: number) {
  if (teamIds.length === 0) return [];
  return executor
    .select({
      cadreId: presenceDays.cadreId,
      teamId: presenceDays.teamId,
      days: count(),
      farDays: sql<number>`count(*) filter (where ${presenceDays.distanceKm} > ${farKm})`.mapWith(Number),
    })
    .from(presenceDays)
    .where(and(inArray(presenceDays.teamId, [...teamIds]), gte(presenceDays.day, span.from), lte(presenceDays.day, span.to)))
    .groupBy(presenceDays.cadreId, presenceDays.teamId);
}

/** The village's coordinates from its profile (村情), when the county has entered them. */
export async function villageLocation(executor: Executor, code: string): Promise<{ latitude: number; longitude: number } | undefined> {
  const [row] = await executor
    .select({ latitude: villageProfiles.latitude, longitude: villageProfiles.longitude })
    .from(villageProfiles)
    .where(eq(villageProfiles.divisionCode, code));
  return row?.latitude != null && row.longitude != null ? { latitude: row.latitude, longitude: row.longitude } : undefined;
}
