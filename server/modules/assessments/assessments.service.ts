import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import { assessmentCategories, grades } from '../../../contracts/evaluation-codes.ts';
import type { AssessmentBody, AssessmentDetail, AssessmentListQuery, AssessmentView, GradeBody, GradeFilterQuery, GradeView, MyGrade, QuotaUsage } from '../../../contracts/assessments.ts';
import { findCadreInScope } from '../cadres/index.ts';
import * as repo from './assessments.repository.ts';
import { assessmentErrors } from './assessments.errors.ts';
import { proposeGrades } from './assessments.propose.ts';
import { changeProblem, excellentSlots } from './assessments.rules.ts';

const visibleTo = (ctx: Ctx) => repo.assessmentScope(ctx.principal.scope);

function presentAssessment(row: { assessment: repo.AssessmentRow; countyName: string | null; gradeCount: number }): AssessmentView {
  const a = row.assessment;
  return {
    id: a.id,
    divisionCode: a.divisionCode,
    countyName: row.countyName,
    year: a.year,
    excellentQuota: Number(a.excellentQuota),
    state: a.state,
    confirmedAt: a.confirmedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    gradeCount: row.gradeCount,
  };
}

export function presentGrade(row: repo.GradeListRow): GradeView {
  const g = row.grade;
  return {
    id: g.id,
    assessmentId: g.assessmentId,
    category: g.category,
    teamId: g.teamId,
    teamName: row.teamName,
    cadreId: g.cadreId,
    cadreName: row.cadreName,
    divisionCode: g.divisionCode,
    villageName: row.villageName,
    proposedGrade: g.proposedGrade,
    grade: g.grade,
    basis: g.basis,
    reason: g.reason,
    decidedAt: g.decidedAt?.toISOString() ?? null,
  };
}

/** The county that runs the assessment: only the county organization department of that county. */
function mayManage(ctx: Ctx, countyCode: string): boolean {
  return can(ctx.principal, 'assessments.manage') && ctx.principal.roles.includes('county_org') && codeInScope(ctx.principal.scope, countyCode);
}

export async function listAssessments(ctx: Ctx, query: AssessmentListQuery): Promise<ListResult<AssessmentView>> {
  requirePermission(ctx.principal, 'assessments.read');
  const { items, total } = await repo.listAssessments(ctx.db, visibleTo(ctx), query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: items.map(presentAssessment), total };
}

async function quotaOf(ctx: Ctx, assessmentId: string, quota: number): Promise<QuotaUsage[]> {
  const counts = await repo.categoryCounts(ctx.db, assessmentId);
  return assessmentCategories.codes.map((category) => {
    const row = counts.find((c) => c.category === category);
    return { category, count: row?.count ?? 0, available: excellentSlots(quota, row?.count ?? 0), used: row?.excellent ?? 0 };
  });
}

export async function getAssessment(ctx: Ctx, id: string, query: GradeFilterQuery): Promise<AssessmentDetail> {
  requirePermission(ctx.principal, 'assessments.read');
  const row = await repo.findAssessment(ctx.db, visibleTo(ctx), id);
  if (!row) throw commonErrors.NOT_FOUND();
  const gradeVisible = repo.gradeScope(ctx.principal.scope);
  const items = await repo.readGrades(ctx.db, id, gradeVisible, query, { limit: query.pageSize, offset: offsetOf(query) });
  const open = row.assessment.state === 'open';
  const manages = mayManage(ctx, row.assessment.divisionCode);
  return {
    ...presentAssessment(row),
    quota: await quotaOf(ctx, id, Number(row.assessment.excellentQuota)),
    grades: { items: items.map(presentGrade), total: await repo.countGrades(ctx.db, id, gradeVisible, query) },
    abilities: { changeGrade: open && manages, confirm: open && manages, export: can(ctx.principal, 'assessments.export') },
  };
}

export async function createAssessment(ctx: Ctx, body: AssessmentBody): Promise<AssessmentDetail> {
  requirePermission(ctx.principal, 'assessments.manage');
  if (!mayManage(ctx, body.divisionCode)) throw commonErrors.FORBIDDEN();
  const id = await ctx.db.transaction(async (tx) => {
    if (await repo.findAssessmentByYear(tx, body.divisionCode, body.year)) throw assessmentErrors.ASSESSMENT_EXISTS(undefined, { year: String(body.year) });
    const proposed = await proposeGrades(tx, body.divisionCode, body.year, body.excellentQuota);
    const assessment = await repo.insertAssessment(tx, { divisionCode: body.divisionCode, year: body.year, excellentQuota: String(body.excellentQuota), createdBy: ctx.principal.accountId });
    await repo.insertGrades(tx, proposed.map((g) => ({ ...g, assessmentId: assessment.id })));
    await recordAudit(tx, ctx.actor, { action: 'assessments.create', entityType: 'assessment', entityId: assessment.id, divisionCode: assessment.divisionCode, after: { ...assessment, grades: proposed.length } });
    return assessment.id;
  });
  return getAssessment(ctx, id, { page: 1, pageSize: 20 });
}

async function openAssessment(ctx: Ctx, tx: Executor, id: string): Promise<repo.AssessmentRow> {
  const assessment = await repo.lockAssessment(tx, visibleTo(ctx), id);
  if (!assessment) throw commonErrors.NOT_FOUND();
  if (!mayManage(ctx, assessment.divisionCode)) throw commonErrors.FORBIDDEN();
  if (assessment.state !== 'open') throw assessmentErrors.ASSESSMENT_CONFIRMED();
  return assessment;
}

export async function changeGrade(ctx: Ctx, id: string, gradeId: string, body: GradeBody): Promise<GradeView> {
  requirePermission(ctx.principal, 'assessments.manage');
  return ctx.db.transaction(async (tx) => {
    const assessment = await openAssessment(ctx, tx, id);
    const before = await repo.lockGrade(tx, id, gradeId);
    if (!before) throw commonErrors.NOT_FOUND();
    const counts = await repo.categoryCounts(tx, id);
    const inCategory = counts.find((c) => c.category === before.category);
    const slots = excellentSlots(Number(assessment.excellentQuota), inCategory?.count ?? 0);
    const excellentOthers = (inCategory?.excellent ?? 0) - (before.grade === 'excellent' ? 1 : 0);
    const teamGrade = before.cadreId ? await repo.teamGradeOf(tx, id, before.teamId) : null;
    const problem = changeProblem({
      grade: body.grade,
      category: before.category,
      excellentInCategory: excellentOthers,
      slots,
      teamGrade,
      memberGrades: before.cadreId ? [] : await repo.memberGradesOf(tx, id, before.teamId),
    });
    if (problem?.code === 'QUOTA_FULL') {
      throw assessmentErrors.QUOTA_FULL([{ path: 'grade', message: '优秀名额已满' }], { category: assessmentCategories.labels[before.category].zh, used: String(excellentOthers), available: String(slots) });
    }
    if (problem?.code === 'ABOVE_TEAM') throw assessmentErrors.ABOVE_TEAM([{ path: 'grade', message: '不能高于工作队等次' }], { teamGrade: grades.labels[teamGrade!].zh });
    if (problem?.code === 'BELOW_MEMBERS') throw assessmentErrors.BELOW_MEMBERS([{ path: 'grade', message: '不能低于队员等次' }]);
    const after = await repo.updateGrade(tx, gradeId, { grade: body.grade, reason: body.reason, decidedBy: ctx.principal.accountId, decidedAt: new Date() });
    await recordAudit(tx, ctx.actor, { action: 'assessments.grade', entityType: 'assessment_grade', entityId: gradeId, divisionCode: after.divisionCode, reason: body.reason, before, after });
    return presentGrade((await repo.readGradeById(tx, gradeId))!);
  });
}

export async function confirmAssessment(ctx: Ctx, id: string): Promise<AssessmentDetail> {
  requirePermission(ctx.principal, 'assessments.manage');
  await ctx.db.transaction(async (tx) => {
    const before = await openAssessment(ctx, tx, id);
    const after = await repo.confirmAssessment(tx, id, ctx.principal.accountId);
    await recordAudit(tx, ctx.actor, { action: 'assessments.confirm', entityType: 'assessment', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getAssessment(ctx, id, { page: 1, pageSize: 20 });
}

function presentMine(rows: Awaited<ReturnType<typeof repo.confirmedGradesOf>>): ListResult<MyGrade> {
  const items = rows.map((r) => ({ ...presentGrade({ grade: r.grade, teamName: r.teamName, cadreName: r.cadreName, villageName: null }), year: r.year, countyName: r.countyName }));
  return { items, total: items.length };
}

/** The confirmed grades of a cadre in reach, for his page beside his selection history. */
export async function cadreGrades(ctx: Ctx, cadreId: string): Promise<ListResult<MyGrade>> {
  requirePermission(ctx.principal, 'assessments.read');
  if (!(await findCadreInScope(ctx.db, ctx.principal.scope, cadreId))) throw commonErrors.NOT_FOUND();
  return presentMine(await repo.confirmedGradesOf(ctx.db, cadreId));
}

/** A cadre's own grades, once the county has confirmed them. */
export async function myGrades(ctx: Ctx): Promise<ListResult<MyGrade>> {
  requirePermission(ctx.principal, 'assessments.read_own');
  if (!ctx.principal.cadreId) return { items: [], total: 0 };
  return presentMine(await repo.confirmedGradesOf(ctx.db, ctx.principal.cadreId));
}
