import { and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { Window } from '../../platform/db/paging.ts';
import type { CommitmentExportQuery } from '../../../contracts/ledgers.ts';
import { teamMembers, teams, teamUnits } from '../teams/index.ts';
import { cadres } from '../cadres/index.ts';
import { divisions } from '../divisions/index.ts';
import { ledgerCommitments } from './ledgers.schema.ts';

export type CommitmentRow = typeof ledgerCommitments.$inferSelect;
export type NewCommitmentRow = typeof ledgerCommitments.$inferInsert;
export type CommitmentListRow = { commitment: CommitmentRow; teamName: string | null; cadreName: string | null; villageName: string | null };

export const leaderRoles = ['leader_first_secretary', 'leader'] as const;
export const firstSecretaryRoles = ['leader_first_secretary', 'leader', 'first_secretary'] as const;

/**
 * Commitments in the region, of a team the unit sends people to, or of the caller's own team
 * (a cadre signed in for his unit still sees his village's ledger).
 */
export function commitmentScope(scope: Scope, cadreId: string | null): SQL {
  const extra: SQL[] = [];
  if (scope.unitId) extra.push(sql`exists (select 1 from ${teamUnits} tu where tu.team_id = ${ledgerCommitments.teamId} and tu.unit_id = ${scope.unitId})`);
  if (cadreId) extra.push(sql`exists (select 1 from ${teamMembers} tm where tm.team_id = ${ledgerCommitments.teamId} and tm.cadre_id = ${cadreId} and tm.left_on is null)`);
  return scopeCondition(scope, { division: [ledgerCommitments.divisionCode], extra });
}

function filtersOf(visible: SQL, query: Partial<CommitmentExportQuery>, today: string): SQL | undefined {
  const filters: SQL[] = [visible];
  if (query.divisionCode) filters.push(withinDivision(ledgerCommitments.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.teamId) filters.push(eq(ledgerCommitments.teamId, query.teamId));
  if (query.cadreId) filters.push(eq(ledgerCommitments.cadreId, query.cadreId));
  if (query.state === 'overdue') filters.push(and(eq(ledgerCommitments.state, 'open'), lt(ledgerCommitments.dueOn, today))!);
  else if (query.state) filters.push(eq(ledgerCommitments.state, query.state));
  if (query.dueBefore) filters.push(lt(ledgerCommitments.dueOn, query.dueBefore));
  return and(...filters);
}

function orderOf(query: Partial<CommitmentExportQuery>): SQL[] {
  const column = { dueOn: ledgerCommitments.dueOn, promisedOn: ledgerCommitments.promisedOn, createdAt: ledgerCommitments.createdAt }[query.sort ?? 'dueOn'];
  return [query.order === 'desc' ? desc(column) : asc(column), asc(ledgerCommitments.id)];
}

function baseSelect(executor: Executor) {
  return executor
    .select({ commitment: ledgerCommitments, teamName: teams.name, cadreName: cadres.name, villageName: divisions.name })
    .from(ledgerCommitments)
    .leftJoin(teams, eq(teams.id, ledgerCommitments.teamId))
    .leftJoin(cadres, eq(cadres.id, ledgerCommitments.cadreId))
    .leftJoin(divisions, eq(divisions.code, ledgerCommitments.divisionCode));
}

export function readCommitments(executor: Executor, visible: SQL, query: Partial<CommitmentExportQuery>, today: string, window: Window): Promise<CommitmentListRow[]> {
  return baseSelect(executor).where(filtersOf(visible, query, today)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
}

export async function countCommitments(executor: Executor, visible: SQL, query: Partial<CommitmentExportQuery>, today: string): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(ledgerCommitments).where(filtersOf(visible, query, today));
  return row?.total ?? 0;
}

export async function findCommitment(executor: Executor, visible: SQL, id: string): Promise<CommitmentListRow | undefined> {
  const [row] = await baseSelect(executor).where(and(eq(ledgerCommitments.id, id), visible));
  return row;
}

export async function lockCommitment(executor: Executor, visible: SQL, id: string): Promise<CommitmentRow | undefined> {
  const [row] = await executor.select().from(ledgerCommitments).where(and(eq(ledgerCommitments.id, id), visible)).for('update');
  return row;
}

export async function insertCommitment(executor: Executor, values: NewCommitmentRow): Promise<CommitmentRow> {
  const [row] = await executor.insert(ledgerCommitments).values(values).returning();
  return row!;
}

export async function updateCommitment(executor: Executor, id: string, values: Partial<NewCommitmentRow>): Promise<CommitmentRow> {
  const [row] = await executor.update(ledgerCommitments).set({ ...values, updatedAt: new Date() }).where(eq(ledgerCommitments.id, id)).returning();
  return row!;
}

export async function deleteCommitment(executor: Executor, id: string): Promise<void> {
  await executor.delete(ledgerCommitments).where(eq(ledgerCommitments.id, id));
}

/** The cadre's active membership, with the team. */
export async function activeMembership(executor: Executor, cadreId: string) {
  const [row] = await executor
    .select({ member: teamMembers, team: teams })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.cadreId, cadreId), isNull(teamMembers.leftOn)));
  return row;
}

/** The membership of the cadre that overlaps the year, latest first (the ledger of a year he served). */
export async function membershipInYear(executor: Executor, cadreId: string, year: number) {
  const [row] = await executor
    .select({ member: teamMembers, team: teams })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.cadreId, cadreId), lte(teamMembers.joinedOn, `${year}-12-31`), or(isNull(teamMembers.leftOn), gte(teamMembers.leftOn, `${year}-01-01`))))
    .orderBy(desc(teamMembers.joinedOn))
    .limit(1);
  return row;
}

/** Whether the caller leads (now) the team. */
export async function leadsTeam(executor: Executor, cadreId: string | null, teamId: string): Promise<boolean> {
  if (!cadreId) return false;
  const [row] = await executor
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .where(and(eq(teamMembers.cadreId, cadreId), eq(teamMembers.teamId, teamId), isNull(teamMembers.leftOn), inArray(teamMembers.role, [...leaderRoles])))
    .limit(1);
  return !!row;
}

export async function commitmentsOfCadre(executor: Executor, cadreId: string, year: number): Promise<CommitmentListRow[]> {
  return baseSelect(executor)
    .where(and(eq(ledgerCommitments.cadreId, cadreId), lte(ledgerCommitments.promisedOn, `${year}-12-31`), gte(ledgerCommitments.dueOn, `${year}-01-01`)))
    .orderBy(asc(ledgerCommitments.dueOn), asc(ledgerCommitments.id));
}

/** Overdue open commitments of the teams the cadre leads now: the team leader's to-do items. */
export async function overdueForLeader(executor: Executor, cadreId: string, today: string) {
  return executor
    .select({ id: ledgerCommitments.id, cadreId: ledgerCommitments.cadreId, content: ledgerCommitments.content, dueOn: ledgerCommitments.dueOn, divisionCode: ledgerCommitments.divisionCode })
    .from(ledgerCommitments)
    .where(
      and(
        eq(ledgerCommitments.state, 'open'),
        lt(ledgerCommitments.dueOn, today),
        sql`exists (select 1 from ${teamMembers} tm where tm.team_id = ${ledgerCommitments.teamId} and tm.cadre_id = ${cadreId} and tm.left_on is null and tm.role in ('leader_first_secretary', 'leader'))`,
      ),
    )
    .orderBy(asc(ledgerCommitments.dueOn))
    .limit(50);
}
