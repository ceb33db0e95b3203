import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, withinDivision } from '../../platform/access/scope.ts';
import { likePattern, type Window } from '../../platform/db/paging.ts';
import type { KeepOrAdjust, Satisfaction } from '../../../contracts/evaluation-codes.ts';
import type { MassRatingExportQuery } from '../../../contracts/mass-ratings.ts';
import { divisions } from '../divisions/index.ts';
import { households } from '../households/index.ts';
import { teams, teamVillages, type TeamRow } from '../teams/index.ts';
import { massRatingCodes, massRatingLinks, massRatings } from './mass-ratings.schema.ts';

export type LinkRow = typeof massRatingLinks.$inferSelect;
export type Quarter = { year: number; quarter: number };

// Correlated subqueries name the outer table, since drizzle leaves one-table columns unqualified.
const outerTeam = sql`${teams}.${sql.identifier('id')}`;
const activeToken = sql<string | null>`(select l.token from ${massRatingLinks} l where l.team_id = ${outerTeam} and l.active order by l.created_at desc limit 1)`;
const codesIssued = sql<number>`(select count(*) from ${massRatingCodes} c where c.team_id = ${outerTeam})`.mapWith(Number);
const codesUsed = sql<number>`(select count(*) from ${massRatingCodes} c where c.team_id = ${outerTeam} and c.used)`.mapWith(Number);
const ratingCount = (q: Quarter) =>
  sql<number>`(select count(*) from ${massRatings} r where r.team_id = ${outerTeam} and r.year = ${q.year} and r.quarter = ${q.quarter})`.mapWith(Number);

export type TeamRatingListRow = { team: TeamRow; villageName: string | null; token: string | null; codesIssued: number; codesUsed: number };

function filtersOf(visible: SQL, query: MassRatingExportQuery): SQL | undefined {
  const filters: SQL[] = [visible];
  if (query.divisionCode) {
    const within = withinDivision(sql`tv.division_code`, divisionPrefix(query.divisionCode));
    filters.push(sql`exists (select 1 from ${teamVillages} tv where tv.team_id = ${teams.id} and ${within})`);
  }
  if (query.q) filters.push(sql`(${teams.name} ilike ${likePattern(query.q)} or ${divisions.name} ilike ${likePattern(query.q)})`);
  if (query.linkActive === 'true') filters.push(sql`${activeToken} is not null`);
  if (query.linkActive === 'false') filters.push(sql`${activeToken} is null`);
  return and(...filters);
}

function orderOf(query: MassRatingExportQuery, quarter: Quarter): SQL[] {
  const column = { name: sql`${teams.name}`, divisionCode: sql`${teams.divisionCode}`, count: ratingCount(quarter) }[query.sort];
  return [query.order === 'desc' ? desc(column) : asc(column), asc(teams.name), asc(teams.id)];
}

export async function readTeams(executor: Executor, visible: SQL, query: MassRatingExportQuery, quarter: Quarter, window: Window): Promise<TeamRatingListRow[]> {
  return executor
    .select({ team: teams, villageName: divisions.name, token: activeToken, codesIssued, codesUsed })
    .from(teams)
    .leftJoin(divisions, eq(divisions.code, teams.divisionCode))
    .where(filtersOf(visible, query))
    .orderBy(...orderOf(query, quarter))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countTeams(executor: Executor, visible: SQL, query: MassRatingExportQuery): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(teams).leftJoin(divisions, eq(divisions.code, teams.divisionCode)).where(filtersOf(visible, query));
  return row?.total ?? 0;
}

export async function villageName(executor: Executor, code: string): Promise<string> {
  const [row] = await executor.select({ name: divisions.name }).from(divisions).where(eq(divisions.code, code));
  return row?.name ?? '';
}

export async function activeLinkOf(executor: Executor, teamId: string): Promise<LinkRow | undefined> {
  const [row] = await executor.select().from(massRatingLinks).where(and(eq(massRatingLinks.teamId, teamId), eq(massRatingLinks.active, true))).orderBy(desc(massRatingLinks.createdAt)).limit(1);
  return row;
}

export async function activeLinkByToken(executor: Executor, token: string): Promise<LinkRow | undefined> {
  const [row] = await executor.select().from(massRatingLinks).where(and(eq(massRatingLinks.token, token), eq(massRatingLinks.active, true)));
  return row;
}

export async function retireLinks(executor: Executor, teamId: string): Promise<LinkRow[]> {
  return executor.update(massRatingLinks).set({ active: false }).where(and(eq(massRatingLinks.teamId, teamId), eq(massRatingLinks.active, true))).returning();
}

export async function insertLink(executor: Executor, values: typeof massRatingLinks.$inferInsert): Promise<LinkRow> {
  const [row] = await executor.insert(massRatingLinks).values(values).returning();
  return row!;
}

/** Households registered in the villages the team serves: one slip each. */
export async function householdsOfTeam(executor: Executor, teamId: string): Promise<number> {
  const [row] = await executor
    .select({ total: count() })
    .from(households)
    .where(sql`${households.divisionCode} in (select tv.division_code from ${teamVillages} tv where tv.team_id = ${teamId})`);
  return row?.total ?? 0;
}

export async function insertCodes(executor: Executor, rows: (typeof massRatingCodes.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await executor.insert(massRatingCodes).values(rows.slice(i, i + 500));
}

/**
 * Spends a code: only an unused one of this team flips, in one statement, so two voices sent at
 * once with the same code cannot both pass.
 */
export async function spendCode(executor: Executor, teamId: string, codeHash: string): Promise<boolean> {
  const rows = await executor
    .update(massRatingCodes)
    .set({ used: true })
    .where(and(eq(massRatingCodes.teamId, teamId), eq(massRatingCodes.codeHash, codeHash), eq(massRatingCodes.used, false)))
    .returning({ id: massRatingCodes.id });
  return rows.length === 1;
}

export async function codeKnown(executor: Executor, teamId: string, codeHash: string): Promise<boolean> {
  const [row] = await executor.select({ id: massRatingCodes.id }).from(massRatingCodes).where(and(eq(massRatingCodes.teamId, teamId), eq(massRatingCodes.codeHash, codeHash)));
  return !!row;
}

export async function insertRating(executor: Executor, values: typeof massRatings.$inferInsert): Promise<void> {
  await executor.insert(massRatings).values(values);
}

export type CountRow = { teamId: string; satisfaction: Satisfaction; keepOrAdjust: KeepOrAdjust; n: number };

export async function ratingCounts(executor: Executor, teamIds: readonly string[], quarter: Quarter): Promise<CountRow[]> {
  if (teamIds.length === 0) return [];
  return executor
    .select({ teamId: massRatings.teamId, satisfaction: massRatings.satisfaction, keepOrAdjust: massRatings.keepOrAdjust, n: sql<number>`count(*)::int` })
    .from(massRatings)
    .where(and(inArray(massRatings.teamId, [...teamIds]), eq(massRatings.year, quarter.year), eq(massRatings.quarter, quarter.quarter)))
    .groupBy(massRatings.teamId, massRatings.satisfaction, massRatings.keepOrAdjust);
}

export async function teamById(executor: Executor, teamId: string): Promise<TeamRow | undefined> {
  const [row] = await executor.select().from(teams).where(eq(teams.id, teamId));
  return row;
}

/** The team in the caller's scope, locked, so two clerks opening its page at once leave one page open. */
export async function lockTeamInScope(executor: Executor, visible: SQL, teamId: string): Promise<TeamRow | undefined> {
  const [row] = await executor.select().from(teams).where(and(eq(teams.id, teamId), visible)).for('update');
  return row;
}
