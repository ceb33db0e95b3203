import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { Window } from '../../platform/db/paging.ts';
import { accounts } from '../../platform/auth/auth.schema.ts';
import type { EvaluationListQuery } from '../../../contracts/evaluations.ts';
import { cadres } from '../cadres/index.ts';
import { teams } from '../teams/index.ts';
import { evaluationAdjustments, evaluationRubrics, evaluations, evaluationScores } from './evaluations.schema.ts';

export type RubricRow = typeof evaluationRubrics.$inferSelect;
export type EvaluationRow = typeof evaluations.$inferSelect;
export type ScoreRow = typeof evaluationScores.$inferSelect;
export type NewScoreRow = typeof evaluationScores.$inferInsert;
export type AdjustmentRow = typeof evaluationAdjustments.$inferSelect;

/**
 * An evaluation is seen from its county, from above it (city, province) and from a township inside it,
 * which scores its own villages' cadres.
 */
export function evaluationScopeCondition(scope: Scope): SQL {
  if (scope.national) return sql`true`;
  const prefix = scope.divisionPrefix;
  if (!prefix) return sql`false`;
  if (prefix.length <= 6) return withinDivision(evaluations.divisionCode, prefix);
  return eq(evaluations.divisionCode, prefix.slice(0, 6).padEnd(12, '0'));
}

/** Score rows of the cadres serving inside the scope (a township sees only its own villages' cadres). */
export function scoreScopeCondition(scope: Scope): SQL {
  if (scope.national || !scope.divisionPrefix) return sql`true`;
  return withinDivision(evaluationScores.divisionCode, scope.divisionPrefix);
}

export async function findRubrics(executor: Executor, codes: string[]): Promise<RubricRow[]> {
  if (codes.length === 0) return [];
  return executor.select().from(evaluationRubrics).where(inArray(evaluationRubrics.divisionCode, codes));
}

export async function upsertRubric(executor: Executor, values: typeof evaluationRubrics.$inferInsert): Promise<RubricRow> {
  const [row] = await executor
    .insert(evaluationRubrics)
    .values(values)
    .onConflictDoUpdate({ target: evaluationRubrics.divisionCode, set: { name: values.name, items: values.items, createdBy: values.createdBy, updatedAt: new Date() } })
    .returning();
  return row!;
}

const cadreCount = sql<number>`(select count(distinct s.cadre_id) from ${evaluationScores} s where s.evaluation_id = ${evaluations}.${sql.identifier('id')})`.mapWith(Number);
const missingCount = sql<number>`(select count(*) from ${evaluationScores} s where s.evaluation_id = ${evaluations}.${sql.identifier('id')} and s.score is null)`.mapWith(Number);
const listColumns = { evaluation: evaluations, cadreCount, missingCount };
export type EvaluationListRow = { evaluation: EvaluationRow; cadreCount: number; missingCount: number };

function listFilters(visible: SQL, query: Partial<EvaluationListQuery>): SQL | undefined {
  const filters: SQL[] = [visible];
  if (query.divisionCode) filters.push(eq(evaluations.divisionCode, query.divisionCode));
  if (query.year) filters.push(eq(evaluations.year, query.year));
  if (query.quarter) filters.push(eq(evaluations.quarter, query.quarter));
  if (query.state) filters.push(eq(evaluations.state, query.state));
  return and(...filters);
}

export async function readEvaluations(executor: Executor, visible: SQL, query: EvaluationListQuery, window: Window): Promise<EvaluationListRow[]> {
  return executor
    .select(listColumns)
    .from(evaluations)
    .where(listFilters(visible, query))
    .orderBy(desc(evaluations.year), desc(evaluations.quarter), asc(evaluations.divisionCode), asc(evaluations.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countEvaluations(executor: Executor, visible: SQL, query: EvaluationListQuery): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(evaluations).where(listFilters(visible, query));
  return row?.total ?? 0;
}

export async function findEvaluation(executor: Executor, visible: SQL, id: string): Promise<EvaluationListRow | undefined> {
  const [row] = await executor.select(listColumns).from(evaluations).where(and(visible, eq(evaluations.id, id)));
  return row;
}

export async function lockEvaluation(executor: Executor, visible: SQL, id: string): Promise<EvaluationRow | undefined> {
  const [row] = await executor.select().from(evaluations).where(and(visible, eq(evaluations.id, id))).for('update');
  return row;
}

export async function findQuarter(executor: Executor, divisionCode: string, year: number, quarter: number): Promise<EvaluationRow | undefined> {
  const [row] = await executor
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.divisionCode, divisionCode), eq(evaluations.year, year), eq(evaluations.quarter, quarter)));
  return row;
}

export async function insertEvaluation(executor: Executor, values: typeof evaluations.$inferInsert): Promise<EvaluationRow> {
  const [row] = await executor.insert(evaluations).values(values).returning();
  return row!;
}

export async function updateEvaluation(executor: Executor, id: string, values: Partial<typeof evaluations.$inferInsert>): Promise<EvaluationRow> {
  const [row] = await executor
    .update(evaluations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(evaluations.id, id))
    .returning();
  return row!;
}

export async function insertScores(executor: Executor, rows: NewScoreRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await executor.insert(evaluationScores).values(rows.slice(i, i + 500));
}

export async function readScores(executor: Executor, evaluationId: string, cadreIds?: string[]): Promise<ScoreRow[]> {
  const filters = [eq(evaluationScores.evaluationId, evaluationId)];
  if (cadreIds) {
    if (cadreIds.length === 0) return [];
    filters.push(inArray(evaluationScores.cadreId, cadreIds));
  }
  return executor.select().from(evaluationScores).where(and(...filters));
}

export async function lockScore(executor: Executor, evaluationId: string, cadreId: string, itemKey: string): Promise<ScoreRow | undefined> {
  const [row] = await executor
    .select()
    .from(evaluationScores)
    .where(and(eq(evaluationScores.evaluationId, evaluationId), eq(evaluationScores.cadreId, cadreId), eq(evaluationScores.itemKey, itemKey)))
    .for('update');
  return row;
}

export async function updateScore(executor: Executor, id: string, values: Partial<NewScoreRow>): Promise<ScoreRow> {
  const [row] = await executor.update(evaluationScores).set(values).where(eq(evaluationScores.id, id)).returning();
  return row!;
}

export async function missingScores(executor: Executor, evaluationId: string): Promise<number> {
  const [row] = await executor
    .select({ total: count() })
    .from(evaluationScores)
    .where(and(eq(evaluationScores.evaluationId, evaluationId), isNull(evaluationScores.score)));
  return row?.total ?? 0;
}

export type TotalRow = { cadreId: string; teamId: string | null; divisionCode: string; total: number; missing: number };

/** Every cadre's total of the evaluation, for ranking: the whole county, whatever the caller filters to. */
export async function readTotals(executor: Executor, evaluationId: string): Promise<TotalRow[]> {
  return executor
    .select({
      cadreId: evaluationScores.cadreId,
      teamId: sql<string | null>`max(${evaluationScores.teamId}::text)`,
      divisionCode: sql<string>`max(${evaluationScores.divisionCode})`,
      total: sql<number>`coalesce(sum(${evaluationScores.score}), 0)`.mapWith(Number),
      missing: sql<number>`count(*) filter (where ${evaluationScores.score} is null)`.mapWith(Number),
    })
    .from(evaluationScores)
    .where(eq(evaluationScores.evaluationId, evaluationId))
    .groupBy(evaluationScores.cadreId);
}

export async function adjustedScoreIds(executor: Executor, evaluationId: string): Promise<Set<string>> {
  const rows = await executor.selectDistinct({ scoreId: evaluationAdjustments.scoreId }).from(evaluationAdjustments).where(eq(evaluationAdjustments.evaluationId, evaluationId));
  return new Set(rows.map((r) => r.scoreId));
}

export async function insertAdjustment(executor: Executor, values: typeof evaluationAdjustments.$inferInsert): Promise<AdjustmentRow> {
  const [row] = await executor.insert(evaluationAdjustments).values(values).returning();
  return row!;
}

export async function readAdjustments(executor: Executor, evaluationId: string, cadreId: string): Promise<(AdjustmentRow & { adjustedByName: string | null })[]> {
  const rows = await executor
    .select({ adjustment: evaluationAdjustments, adjustedByName: accounts.displayName })
    .from(evaluationAdjustments)
    .leftJoin(accounts, eq(accounts.id, evaluationAdjustments.adjustedBy))
    .where(and(eq(evaluationAdjustments.evaluationId, evaluationId), eq(evaluationAdjustments.cadreId, cadreId)))
    .orderBy(asc(evaluationAdjustments.adjustedAt));
  return rows.map((r) => ({ ...r.adjustment, adjustedByName: r.adjustedByName }));
}

export async function accountNames(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(inArray(accounts.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function cadreNames(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: cadres.id, name: cadres.name }).from(cadres).where(inArray(cadres.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function teamNames(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Published evaluations a cadre has scores in, newest first. */
export async function publishedFor(executor: Executor, cadreId: string): Promise<EvaluationRow[]> {
  return executor
    .select()
    .from(evaluations)
    .where(
      and(
        eq(evaluations.state, 'published'),
        sql`exists (select 1 from ${evaluationScores} s where s.evaluation_id = ${evaluations}.${sql.identifier('id')} and s.cadre_id = ${cadreId})`,
      ),
    )
    .orderBy(desc(evaluations.year), desc(evaluations.quarter));
}
