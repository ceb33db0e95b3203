import type { Ctx } from '../../platform/http/context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import { advanceWorkflow, startWorkflow, type Assignee } from '../../platform/workflow/workflow.ts';
import { outputKinds } from '../../../contracts/project-codes.ts';
import type { ProjectBody, ProjectListItem, ProjectListQuery, ProjectTransitionBody, ProjectView } from '../../../contracts/projects.ts';
import { findDivision } from '../divisions/index.ts';
import { findCadresByIds } from '../cadres/index.ts';
import { findHouseholdInScope } from '../households/index.ts';
import * as repo from './projects.repository.ts';
import { checkCompletion, noticeOverAt, noticePeriod, noticeRunning, projectToday } from './projects.rules.ts';
import { projectErrors } from './projects.errors.ts';
import { projectWorkflow } from './projects.workflow.ts';
import { presentProject, presentProjectList } from './projects.present.ts';
import { paidBySource } from '../project-funds/index.ts';
import { countProjectAssets } from '../assets/index.ts';

/** The demo seed writes a past year through these services; it names the day each step happened. */
export type ProjectClock = { today?: string };

function todayOf(clock: ProjectClock | undefined): string {
  return clock?.today ?? projectToday();
}

function failOn(errors: FieldError[]): void {
  if (errors.length > 0) throw commonErrors.VALIDATION_FAILED(errors);
}

export async function listProjects(ctx: Ctx, query: ProjectListQuery): Promise<ListResult<ProjectListItem>> {
  requirePermission(ctx.principal, 'projects.read');
  const result = await repo.listProjects(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentProjectList(ctx.db, result.items), total: result.total };
}

export async function getProject(ctx: Ctx, id: string): Promise<ProjectView> {
  requirePermission(ctx.principal, 'projects.read');
  const row = await repo.findProjectInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentProject(ctx, row, paidBySource);
}

/**
 * Checks what zod cannot: the villages are villages in the caller's region, the beneficiaries live in
 * them. Returns the parts to write and the derived beneficiary counts.
 */
async function judgeBody(ctx: Ctx, body: ProjectBody) {
  const errors: FieldError[] = [];
  for (const [i, code] of body.villages.entries()) {
    const division = await findDivision(ctx.db, code);
    if (!division || division.level !== 'village') errors.push({ path: `villages.${i}`, message: '请选择村' });
    else if (!codeInScope(ctx.principal.scope, code)) errors.push({ path: `villages.${i}`, message: `${division.name}不在您的管辖范围内` });
  }
  const householdIds = [...new Set(body.beneficiaryHouseholdIds ?? [])];
  let persons = 0;
  for (const [i, householdId] of householdIds.entries()) {
    const household = await findHouseholdInScope(ctx.db, ctx.principal.scope, householdId);
    if (!household || !body.villages.includes(household.divisionCode)) errors.push({ path: `beneficiaryHouseholdIds.${i}`, message: '受益户不在项目所在村' });
    else persons += household.memberCount;
  }
  failOn(errors);
  const parts: repo.ProjectParts = {
    villages: body.villages,
    fundSources: body.fundSources.map((s) => ({ kind: s.kind, funder: s.funder, unitId: s.unitId ?? null, amount: s.amount })),
    outputs: body.outputs.map((o) => ({ kind: o.kind, unit: o.kind === 'other' ? o.unit! : outputKinds.labels[o.kind].zh, planned: o.planned })),
    householdIds,
  };
  const fields = {
    name: body.name,
    category: body.category,
    divisionCode: body.villages[0]!,
    responsibleEntity: body.responsibleEntity,
    description: body.description || null,
    budget: body.budget,
    plannedStart: body.plannedStart ?? null,
    plannedEnd: body.plannedEnd ?? null,
    beneficiaryHouseholds: householdIds.length,
    beneficiaryPersons: persons,
  };
  return { parts, fields };
}

export async function proposeProject(ctx: Ctx, body: ProjectBody): Promise<ProjectView> {
  requirePermission(ctx.principal, 'projects.propose');
  const { parts, fields } = await judgeBody(ctx, body);
  const [cadre] = ctx.principal.cadreId ? await findCadresByIds(ctx.db, [ctx.principal.cadreId]) : [];
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertProject(tx, {
      ...fields,
      state: 'proposed',
      proposerCadreId: ctx.principal.cadreId,
      proposerUnitId: cadre?.unitId ?? ctx.principal.scope.unitId,
      createdBy: ctx.principal.accountId,
    });
    await repo.replaceParts(tx, row.id, parts);
    const instance = await startWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, projectWorkflow, {
      subjectId: row.id,
      title: `项目审批：${row.name}`,
      divisionCode: row.divisionCode,
      assignee: { role: 'township_party' },
      applicantCadreId: ctx.principal.cadreId,
      link: `/projects/${row.id}`,
      data: { budget: row.budget },
    });
    const saved = await repo.updateProject(tx, row.id, { workflowId: instance.id });
    await recordAudit(tx, ctx.actor, { action: 'projects.propose', entityType: 'project', entityId: row.id, divisionCode: row.divisionCode, after: { ...saved, ...parts } });
    return row.id;
  });
  return getProject(ctx, id);
}

/** Loads a project the caller sees, locked, or answers 404. */
async function projectForUpdate(ctx: Ctx, tx: Tx, id: string) {
  const visible = await repo.findProjectInScope(tx, ctx.principal.scope, id);
  if (!visible) throw commonErrors.NOT_FOUND();
  return repo.lockProject(tx, id);
}

/** A proposal revised by whoever proposed it, before the township has passed it on. */
export async function updateProject(ctx: Ctx, id: string, body: ProjectBody): Promise<ProjectView> {
  requirePermission(ctx.principal, 'projects.propose');
  if (!(await repo.findProjectInScope(ctx.db, ctx.principal.scope, id))) throw commonErrors.NOT_FOUND();
  const { parts, fields } = await judgeBody(ctx, body);
  await ctx.db.transaction(async (tx) => {
    const row = await projectForUpdate(ctx, tx, id);
    if (row.createdBy !== ctx.principal.accountId) throw commonErrors.FORBIDDEN();
    if (row.state !== 'proposed' && row.state !== 'returned') throw projectErrors.PROJECT_NOT_REVISABLE();
    const before = { ...row, ...(await repo.partsOf(tx, id)) };
    const after = await repo.updateProject(tx, id, fields);
    await repo.replaceParts(tx, id, parts);
    await recordAudit(tx, ctx.actor, { action: 'projects.update', entityType: 'project', entityId: id, divisionCode: row.divisionCode, before, after: { ...after, ...parts } });
  });
  return getProject(ctx, id);
}

type Step = { assignee?: Assignee; changes: Partial<repo.NewProjectRow> };

/** What a step needs before it may be taken, and what it writes on the project. */
async function prepareStep(ctx: Ctx, tx: Tx, row: repo.ProjectRow, body: ProjectTransitionBody, today: string): Promise<Step> {
  const noticeDays = ctx.deps.config.households.noticeDays;
  switch (body.action) {
    case 'approve': {
      const notice = noticePeriod(today, noticeDays);
      return { changes: { approvedBudget: row.budget, noticeStart: notice.start, noticeEnd: notice.end } };
    }
    case 'start':
      if (noticeRunning({ end: row.noticeEnd }, today)) throw projectErrors.PROJECT_NOTICE_RUNNING(undefined, { end: row.noticeEnd! });
      return { changes: { startedOn: today } };
    case 'complete': {
      const outputs = body.outputs ?? [];
      const parts = await repo.partsOf(tx, row.id);
      failOn(checkCompletion({ completedOn: body.completedOn, outputs }, { startedOn: row.startedOn, outputIds: parts.outputs.map((o) => o.id) }, today));
      await repo.recordActualOutputs(tx, row.id, outputs);
      return { changes: { completedOn: body.completedOn! } };
    }
    case 'accept': {
      const notice = noticePeriod(today, noticeDays);
      return { changes: { acceptedOn: today, acceptanceNoticeStart: notice.start, acceptanceNoticeEnd: notice.end } };
    }
    case 'hand_over':
      if (noticeRunning({ end: row.acceptanceNoticeEnd }, today)) {
        throw projectErrors.PROJECT_ACCEPTANCE_NOTICE_RUNNING(undefined, { end: row.acceptanceNoticeEnd! });
      }
      if ((await countProjectAssets(tx, row.id)) < 1) throw projectErrors.PROJECT_NO_ASSETS();
      return { changes: { handedOverOn: today } };
    case 'resubmit':
      return { assignee: { role: 'township_party' }, changes: {} };
    default:
      return { changes: {} };
  }
}

/** One step of the lifecycle; the workflow says who may take it, this says when. */
export async function transitionProject(ctx: Ctx, id: string, body: ProjectTransitionBody, clock?: ProjectClock): Promise<ProjectView> {
  requirePermission(ctx.principal, 'projects.act');
  const today = todayOf(clock);
  await ctx.db.transaction(async (tx) => {
    const row = await projectForUpdate(ctx, tx, id);
    if (!row.workflowId) throw commonErrors.CONFLICT();
    const step = await prepareStep(ctx, tx, row, body, today);
    // Approval and acceptance start a notice; the step after them leaves the to-do list until it is over.
    const noticeEnd = step.changes.noticeEnd ?? step.changes.acceptanceNoticeEnd;
    const instance = await advanceWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, projectWorkflow, row.workflowId, body.action, {
      comment: body.comment,
      ...(step.assignee ? { assignee: step.assignee } : {}),
      ...(noticeEnd ? { waitsUntil: noticeOverAt(noticeEnd) } : {}),
    });
    const after = await repo.updateProject(tx, id, { ...step.changes, state: instance.state });
    await recordAudit(tx, ctx.actor, {
      action: `projects.${body.action}`,
      entityType: 'project',
      entityId: id,
      divisionCode: row.divisionCode,
      reason: body.comment ?? null,
      before: row,
      after: { ...after, outputs: body.outputs },
    });
  });
  return getProject(ctx, id);
}

/** The approval and implementation history, oldest first. */
export async function projectTransitions(ctx: Ctx, id: string) {
  const view = await getProject(ctx, id);
  return { steps: view.workflow?.steps ?? [] };
}
