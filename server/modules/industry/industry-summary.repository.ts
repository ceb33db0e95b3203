import { and, count, eq, inArray, isNotNull, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { cadres } from '../cadres/index.ts';
import { divisions } from '../divisions/index.ts';
import { households } from '../households/index.ts';
import { serviceRequests } from '../service-requests/index.ts';
import { teamMembers, teamScopeCondition, teams } from '../teams/index.ts';
import { cooperatives, coreFarmers, demoBases, demoHouseholds, pioneerPosts } from './industry.schema.ts';
import { gardenKinds } from '../../../contracts/industry.ts';

function within(scope: Scope, column: AnyColumn, prefix: string | null): SQL | undefined {
  return and(scopeCondition(scope, { division: [column] }), ...(prefix ? [withinDivision(column, prefix)] : []));
}

const asInt = (column: AnyColumn) => sql<number>`coalesce(sum(${column}), 0)::int`;
const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})::int`;

/** Every count the 五个一 summary shows, by table and village, for the villages in scope under `prefix`. */
export async function countsByVillage(executor: Executor, scope: Scope, prefix: string | null) {
  const [coops, bases, pairs, posts, farmers] = await Promise.all([
    executor
      .select({ code: cooperatives.divisionCode, total: count(), trained: countWhere(isNotNull(cooperatives.leaderTrainedOn)), employed: asInt(cooperatives.peopleEmployed) })
      .from(cooperatives)
      .where(within(scope, cooperatives.divisionCode, prefix))
      .groupBy(cooperatives.divisionCode),
    executor
      .select({
        code: demoBases.divisionCode,
        bases: countWhere(eq(demoBases.kind, 'base')),
        gardens: countWhere(inArray(demoBases.kind, [...gardenKinds])),
        employed: asInt(demoBases.peopleEmployed),
      })
      .from(demoBases)
      .where(within(scope, demoBases.divisionCode, prefix))
      .groupBy(demoBases.divisionCode),
    executor.select({ code: demoHouseholds.divisionCode, total: count() }).from(demoHouseholds).where(within(scope, demoHouseholds.divisionCode, prefix)).groupBy(demoHouseholds.divisionCode),
    executor.select({ code: pioneerPosts.divisionCode, total: count() }).from(pioneerPosts).where(within(scope, pioneerPosts.divisionCode, prefix)).groupBy(pioneerPosts.divisionCode),
    executor.select({ code: coreFarmers.divisionCode, total: count() }).from(coreFarmers).where(within(scope, coreFarmers.divisionCode, prefix)).groupBy(coreFarmers.divisionCode),
  ]);
  return { coops, bases, pairs, posts, farmers };
}

/** The divisions directly below one, for rows that keep nothing yet. */
export async function childDivisions(executor: Executor, code: string): Promise<{ code: string; name: string; level: string }[]> {
  return executor.select({ code: divisions.code, name: divisions.name, level: divisions.level }).from(divisions).where(eq(divisions.parentCode, code)).orderBy(divisions.code);
}

/** Active teams in scope whose village lies under `prefix`, with their members in post. */
export async function teamsWithMembers(executor: Executor, scope: Scope, prefix: string | null) {
  const rows = await executor
    .select({
      teamId: teams.id,
      teamName: teams.name,
      divisionCode: teams.divisionCode,
      cadreId: teamMembers.cadreId,
      name: cadres.name,
      partyStatus: cadres.partyStatus,
    })
    .from(teams)
    .innerJoin(teamMembers, and(eq(teamMembers.teamId, teams.id), isNull(teamMembers.leftOn)))
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .where(and(teamScopeCondition(scope), eq(teams.status, 'active'), ...(prefix ? [withinDivision(teams.divisionCode, prefix)] : [])))
    .orderBy(teams.divisionCode, teams.name, teamMembers.joinedOn, cadres.pinyin);
  return rows;
}

/** Of these cadres, those responsible for a garden, and those paired with a demonstration household. */
export async function cadresWithRecords(executor: Executor, cadreIds: readonly string[]): Promise<{ gardens: Set<string>; pairs: Set<string> }> {
  if (cadreIds.length === 0) return { gardens: new Set(), pairs: new Set() };
  const ids = [...new Set(cadreIds)];
  const [gardens, pairs] = await Promise.all([
    executor
      .selectDistinct({ id: demoBases.responsibleCadreId })
      .from(demoBases)
      .where(and(inArray(demoBases.responsibleCadreId, ids), inArray(demoBases.kind, [...gardenKinds]))),
    executor.selectDistinct({ id: demoHouseholds.cadreId }).from(demoHouseholds).where(inArray(demoHouseholds.cadreId, ids)),
  ]);
  return { gardens: new Set(gardens.map((r) => r.id!)), pairs: new Set(pairs.map((r) => r.id)) };
}

export async function householderNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: households.id, name: households.householderName }).from(households).where(inArray(households.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function cooperativeNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: cooperatives.id, name: cooperatives.name }).from(cooperatives).where(inArray(cooperatives.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function serviceRequestTitles(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: serviceRequests.id, title: serviceRequests.title }).from(serviceRequests).where(inArray(serviceRequests.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** A 代办 request the caller can see (the same scope rule service-requests applies). */
export async function findServiceRequestInScope(executor: Executor, scope: Scope, id: string) {
  const [row] = await executor
    .select({ id: serviceRequests.id, kind: serviceRequests.kind, divisionCode: serviceRequests.divisionCode })
    .from(serviceRequests)
    .where(and(eq(serviceRequests.id, id), scopeCondition(scope, { division: [serviceRequests.divisionCode] })));
  return row;
}
