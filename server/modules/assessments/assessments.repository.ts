import { and, asc, count, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { Window } from '../../platform/db/paging.ts';
import type { AssessmentCategory, Grade } from '../../../contracts/evaluation-codes.ts';
import type { AssessmentListQuery, GradeFilterQuery } from '../../../contracts/assessments.ts';
import { teamMembers, teams } from '../teams/index.ts';
import { cadres } from '../cadres/index.ts';
import { divisions } from '../divisions/index.ts';
import { evaluations, evaluationScores } from '../evaluations/index.ts';
import { criticisms, inspectionFindings, inspections } from '../inspections/index.ts';
import { ledgerCommitments } from '../ledgers/index.ts';
import { assessmentGrades, assessments } from './assessments.schema.ts';

export type AssessmentRow = typeof assessments.$inferSelect;
export type GradeRow = typeof assessmentGrades.$inferSelect;
export type NewGradeRow = typeof assessmentGrades.$inferInsert;

const inYear = (start: SQL, end: SQL, year: number) => sql`(${start} <= ${`${year}-12-31`} and (${end} is null or ${end} >= ${`${year}-01-01`}))`;

export async function teamsServing(executor: Executor, countyCode: string, year: number) {
  return executor
    .select({ id: teams.id, divisionCode: teams.divisionCode })
    .from(teams)
    .where(and(withinDivision(teams.divisionCode, divisionPrefix(countyCode)), inYear(sql`${teams.termStart}`, sql`${teams.termEnd}`, year)))
    .orderBy(asc(teams.divisionCode), asc(teams.id));
}

export async function membersServing(executor: Executor, teamIds: readonly string[], year: number) {
  if (teamIds.length === 0) return [];
  return executor
    .select({ teamId: teamMembers.teamId, cadreId: teamMembers.cadreId, role: teamMembers.role, divisionCode: teamMembers.divisionCode, joinedOn: teamMembers.joinedOn })
    .from(teamMembers)
    .where(and(inArray(teamMembers.teamId, [...teamIds]), inYear(sql`${teamMembers.joinedOn}`, sql`${teamMembers.leftOn}`, year)))
    .orderBy(asc(teamMembers.joinedOn));
}

/** A quarter's total for a cadre: the sum of his scores in the county's published evaluation of that quarter. */
export async function quarterTotals(executor: Executor, countyCode: string, year: number) {
  return executor
    .select({ cadreId: evaluationScores.cadreId, quarter: evaluations.quarter, total: sql<number>`coalesce(sum(${evaluationScores.score}), 0)::float8`.mapWith(Number) })
    .from(evaluationScores)
    .innerJoin(evaluations, eq(evaluations.id, evaluationScores.evaluationId))
    .where(and(eq(evaluations.state, 'published'), eq(evaluations.year, year), withinDivision(evaluations.divisionCode, divisionPrefix(countyCode))))
    .groupBy(evaluationScores.cadreId, evaluations.quarter);
}

export async function commitmentCounts(executor: Executor, countyCode: string, year: number) {
  return executor
    .select({ cadreId: ledgerCommitments.cadreId, due: count(), kept: sql<number>`count(*) filter (where ${ledgerCommitments.state} = 'kept')`.mapWith(Number) })
    .from(ledgerCommitments)
    .where(and(withinDivision(ledgerCommitments.divisionCode, divisionPrefix(countyCode)), gte(ledgerCommitments.dueOn, `${year}-01-01`), lte(ledgerCommitments.dueOn, `${year}-12-31`)))
    .groupBy(ledgerCommitments.cadreId);
}

export async function criticismCounts(executor: Executor, year: number, cadreIds: readonly string[]) {
  if (cadreIds.length === 0) return [];
  return executor
    .select({ cadreId: criticisms.cadreId, total: count() })
    .from(criticisms)
    .where(and(eq(criticisms.year, year), inArray(criticisms.cadreId, [...cadreIds])))
    .groupBy(criticisms.cadreId);
}

/** Inspections that found the cadre away from his post. */
export async function absenceCounts(executor: Executor, year: number, cadreIds: readonly string[]) {
  if (cadreIds.length === 0) return [];
  return executor
    .select({ cadreId: inspectionFindings.cadreId, total: count() })
    .from(inspectionFindings)
    .innerJoin(inspections, eq(inspections.id, inspectionFindings.inspectionId))
    .where(and(eq(inspectionFindings.atPost, false), inArray(inspectionFindings.cadreId, [...cadreIds]), gte(inspections.inspectedOn, `${year}-01-01`), lte(inspections.inspectedOn, `${year}-12-31`)))
    .groupBy(inspectionFindings.cadreId);
}

export async function findAssessmentByYear(executor: Executor, countyCode: string, year: number): Promise<AssessmentRow | undefined> {
  const [row] = await executor.select().from(assessments).where(and(eq(assessments.divisionCode, countyCode), eq(assessments.year, year)));
  return row;
}

export async function insertAssessment(executor: Executor, values: typeof assessments.$inferInsert): Promise<AssessmentRow> {
  const [row] = await executor.insert(assessments).values(values).returning();
  return row!;
}

export async function insertGrades(executor: Executor, rows: NewGradeRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await executor.insert(assessmentGrades).values(rows.slice(i, i + 500));
}

export function assessmentScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [assessments.divisionCode], extra: scope.divisionPrefix && scope.divisionPrefix.length > 6 ? [withinDivision(assessments.divisionCode, scope.divisionPrefix.slice(0, 6))] : [] });
}

const gradeCount = sql<number>`(select count(*) from ${assessmentGrades} g where g.assessment_id = ${assessments.id})`.mapWith(Number);

export async function listAssessments(executor: Executor, visible: SQL, query: AssessmentListQuery, window: Window) {
  const filters: SQL[] = [visible];
  if (query.divisionCode) filters.push(withinDivision(assessments.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.year) filters.push(eq(assessments.year, query.year));
  const where = and(...filters);
  const items = await executor
    .select({ assessment: assessments, countyName: divisions.name, gradeCount })
    .from(assessments)
    .leftJoin(divisions, eq(divisions.code, assessments.divisionCode))
    .where(where)
    .orderBy(desc(assessments.year), asc(assessments.divisionCode), asc(assessments.id))
    .limit(window.limit)
    .offset(window.offset);
  const [total] = await executor.select({ total: count() }).from(assessments).where(where);
  return { items, total: total?.total ?? 0 };
}

export async function findAssessment(executor: Executor, visible: SQL, id: string) {
  const [row] = await executor
    .select({ assessment: assessments, countyName: divisions.name, gradeCount })
    .from(assessments)
    .leftJoin(divisions, eq(divisions.code, assessments.divisionCode))
    .where(and(eq(assessments.id, id), visible));
  return row;
}

export async function lockAssessment(executor: Executor, visible: SQL, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await executor.select().from(assessments).where(and(eq(assessments.id, id), visible)).for('update');
  return row;
}

export async function confirmAssessment(executor: Executor, id: string, accountId: string): Promise<AssessmentRow> {
  const [row] = await executor.update(assessments).set({ state: 'confirmed', confirmedBy: accountId, confirmedAt: new Date(), updatedAt: new Date() }).where(eq(assessments.id, id)).returning();
  return row!;
}

export type GradeListRow = { grade: GradeRow; teamName: string | null; cadreName: string | null; villageName: string | null };

function gradeFilters(assessmentId: string, query: Partial<GradeFilterQuery>, visible: SQL): SQL {
  const filters: SQL[] = [eq(assessmentGrades.assessmentId, assessmentId), visible];
  if (query.category) filters.push(eq(assessmentGrades.category, query.category));
  if (query.grade) filters.push(eq(assessmentGrades.grade, query.grade));
  if (query.township) filters.push(withinDivision(assessmentGrades.divisionCode, divisionPrefix(query.township)));
  return and(...filters)!;
}

/** A township sees its own villages' grades within the county's assessment. */
export function gradeScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [assessmentGrades.divisionCode] });
}

export async function readGrades(executor: Executor, assessmentId: string, visible: SQL, query: Partial<GradeFilterQuery>, window: Window): Promise<GradeListRow[]> {
  return executor
    .select({ grade: assessmentGrades, teamName: teams.name, cadreName: cadres.name, villageName: divisions.name })
    .from(assessmentGrades)
    .leftJoin(teams, eq(teams.id, assessmentGrades.teamId))
    .leftJoin(cadres, eq(cadres.id, assessmentGrades.cadreId))
    .leftJoin(divisions, eq(divisions.code, assessmentGrades.divisionCode))
    .where(gradeFilters(assessmentId, query, visible))
    .orderBy(asc(assessmentGrades.category), asc(assessmentGrades.divisionCode), sql`${assessmentGrades.cadreId} nulls first`, asc(assessmentGrades.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function readGradeById(executor: Executor, gradeId: string): Promise<GradeListRow | undefined> {
  const [row] = await executor
    .select({ grade: assessmentGrades, teamName: teams.name, cadreName: cadres.name, villageName: divisions.name })
    .from(assessmentGrades)
    .leftJoin(teams, eq(teams.id, assessmentGrades.teamId))
    .leftJoin(cadres, eq(cadres.id, assessmentGrades.cadreId))
    .leftJoin(divisions, eq(divisions.code, assessmentGrades.divisionCode))
    .where(eq(assessmentGrades.id, gradeId));
  return row;
}

export async function countGrades(executor: Executor, assessmentId: string, visible: SQL, query: Partial<GradeFilterQuery>): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(assessmentGrades).where(gradeFilters(assessmentId, query, visible));
  return row?.total ?? 0;
}

/** Per category in the whole assessment: how many are graded and how many 优秀. */
export async function categoryCounts(executor: Executor, assessmentId: string): Promise<{ category: AssessmentCategory; count: number; excellent: number }[]> {
  return executor
    .select({ category: assessmentGrades.category, count: count(), excellent: sql<number>`count(*) filter (where ${assessmentGrades.grade} = 'excellent')`.mapWith(Number) })
    .from(assessmentGrades)
    .where(eq(assessmentGrades.assessmentId, assessmentId))
    .groupBy(assessmentGrades.category);
}

export async function lockGrade(executor: Executor, assessmentId: string, gradeId: string): Promise<GradeRow | undefined> {
  const [row] = await executor.select().from(assessmentGrades).where(and(eq(assessmentGrades.id, gradeId), eq(assessmentGrades.assessmentId, assessmentId))).for('update');
  return row;
}

export async function teamGradeOf(executor: Executor, assessmentId: string, teamId: string): Promise<Grade | null> {
  const [row] = await executor.select({ grade: assessmentGrades.grade }).from(assessmentGrades).where(and(eq(assessmentGrades.assessmentId, assessmentId), eq(assessmentGrades.teamId, teamId), isNull(assessmentGrades.cadreId)));
  return row?.grade ?? null;
}

export async function memberGradesOf(executor: Executor, assessmentId: string, teamId: string): Promise<Grade[]> {
  const rows = await executor
    .select({ grade: assessmentGrades.grade })
    .from(assessmentGrades)
    .where(and(eq(assessmentGrades.assessmentId, assessmentId), eq(assessmentGrades.teamId, teamId), sql`${assessmentGrades.cadreId} is not null`));
  return rows.map((r) => r.grade);
}

export async function updateGrade(executor: Executor, gradeId: string, values: Partial<NewGradeRow>): Promise<GradeRow> {
  const [row] = await executor.update(assessmentGrades).set(values).where(eq(assessmentGrades.id, gradeId)).returning();
  return row!;
}

/** The cadre's grades in confirmed assessments, latest year first. */
export async function confirmedGradesOf(executor: Executor, cadreId: string) {
  return executor
    .select({ grade: assessmentGrades, year: assessments.year, countyName: divisions.name, teamName: teams.name, cadreName: cadres.name })
    .from(assessmentGrades)
    .innerJoin(assessments, eq(assessments.id, assessmentGrades.assessmentId))
    .leftJoin(divisions, eq(divisions.code, assessments.divisionCode))
    .leftJoin(teams, eq(teams.id, assessmentGrades.teamId))
    .leftJoin(cadres, eq(cadres.id, assessmentGrades.cadreId))
    .where(and(eq(assessmentGrades.cadreId, cadreId), eq(assessments.state, 'confirmed')))
    .orderBy(desc(assessments.year));
}
