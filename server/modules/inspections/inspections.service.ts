import type { Ctx } from '../../platform/http/context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, divisionPrefix } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import { startWorkflow } from '../../platform/workflow/workflow.ts';
import {
  inspectionMethodLabels,
  type InspectionCreateBody,
  type InspectionListItem,
  type InspectionListQuery,
  type InspectionRoster,
  type InspectionRosterQuery,
  type InspectionView,
} from '../../../contracts/inspections.ts';
import { approvedLeaveBetween, findApprovedLeaveOn } from '../leave/index.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './inspections.repository.ts';
import * as orders from './rectifications.repository.ts';
import { isInspectionRegion, mayRecordIn } from './inspections.policy.ts';
import { defaultDeadline, defaultRequirement, dueAtOf, findingProblems, inspectedOnProblem, todayInBeijing, type FieldError } from './inspections.rules.ts';
import { presentFindings, presentInspectionList, presentRectifications } from './inspections.present.ts';
import { rectificationWorkflow, systemPrincipal } from './rectification.workflow.ts';
import { sweepBeforeReading } from './sweep.service.ts';

function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
}

export async function listInspections(ctx: Ctx, query: InspectionListQuery): Promise<ListResult<InspectionListItem>> {
  requirePermission(ctx.principal, 'inspections.read');
  const result = await repo.listInspections(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentInspectionList(ctx.db, result.items), total: result.total };
}

export async function getInspection(ctx: Ctx, id: string): Promise<InspectionView> {
  requirePermission(ctx.principal, 'inspections.read');
  await sweepBeforeReading(ctx);
  const row = await repo.findInspectionInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [item] = await presentInspectionList(ctx.db, [row]);
  const findings = await presentFindings(ctx.db, await repo.findingsOf(ctx.db, ctx.principal.scope, id));
  const rectifications = await presentRectifications(ctx.db, await orders.rectificationsOfInspection(ctx.db, ctx.principal.scope, id), todayInBeijing());
  return { ...item!, note: row.note, findings, rectifications };
}

function regionProblem(ctx: Ctx, code: string): FieldError[] {
  if (!isInspectionRegion(code)) return [{ path: 'divisionCode', message: '督查范围应为县（市、区）或乡镇' }];
  if (!mayRecordIn(ctx.principal, code)) return [{ path: 'divisionCode', message: '只能督查本辖区' }];
  return [];
}

/** The form's list of whom to check: the region's teams' members, with any approved leave that day. */
export async function inspectionRoster(ctx: Ctx, query: InspectionRosterQuery): Promise<InspectionRoster> {
  requirePermission(ctx.principal, 'inspections.record');
  failOn(regionProblem(ctx, query.divisionCode));
  const members = await repo.rosterIn(ctx.db, divisionPrefix(query.divisionCode));
  const leaves = await approvedLeaveBetween(ctx.db, members.map((m) => m.cadreId), query.on, query.on);
  const leaveOf = new Map(leaves.map((l) => [l.cadreId, { id: l.id, startDate: l.startDate, endDate: l.endDate }]));
  const villages = await divisionNames(ctx.db, members.map((m) => m.villageCode));
  return { items: members.map((m) => ({ ...m, villageName: villages.get(m.villageCode) ?? null, leave: leaveOf.get(m.cadreId) ?? null })) };
}

type CheckedFinding = InspectionCreateBody['findings'][number] & { teamId: string; teamName: string; divisionCode: string; leaveRequestId: string | null };

/** Each cadre serves in an active team of the region, and "on leave" is true only when the leave records say so. */
async function checkFindings(ctx: Ctx, body: InspectionCreateBody): Promise<CheckedFinding[]> {
  const memberships = new Map((await repo.activeMemberships(ctx.db, body.findings.map((f) => f.cadreId))).map((m) => [m.cadreId, m]));
  const prefix = divisionPrefix(body.divisionCode);
  const problems: FieldError[] = [];
  const checked: CheckedFinding[] = [];
  for (const [index, finding] of body.findings.entries()) {
    const membership = memberships.get(finding.cadreId);
    if (!membership || !membership.divisionCode.startsWith(prefix) || !codeInScope(ctx.principal.scope, membership.divisionCode)) {
      problems.push({ path: `findings.${index}.cadreId`, message: '该干部不是督查范围内在驻工作队的队员' });
      continue;
    }
    let leaveRequestId: string | null = null;
    if (!finding.atPost && finding.absenceReason !== 'official_business') {
      const leave = await findApprovedLeaveOn(ctx.db, finding.cadreId, body.inspectedOn);
      if (finding.absenceReason === 'leave' && !leave) {
        problems.push({ path: `findings.${index}.absenceReason`, message: '该干部督查当日没有经批准的请假，不能按请假处理' });
      }
      if (finding.absenceReason === 'absent' && leave) {
        problems.push({ path: `findings.${index}.absenceReason`, message: `该干部 ${leave.startDate} 至 ${leave.endDate} 已批准请假，应按请假登记` });
      }
      leaveRequestId = finding.absenceReason === 'leave' ? (leave?.id ?? null) : null;
    }
    checked.push({ ...finding, teamId: membership.teamId, teamName: membership.teamName, divisionCode: membership.divisionCode, leaveRequestId });
  }
  failOn(problems);
  return checked;
}

async function openRectification(
  ctx: Ctx,
  tx: Tx,
  inspection: repo.InspectionRow,
  finding: CheckedFinding,
  findingId: string,
  cadreName: string,
): Promise<string> {
  const deadline = finding.deadline ?? defaultDeadline(inspection.inspectedOn, ctx.deps.config.duty.rectificationDays);
  const order = await orders.insertRectification(tx, {
    findingId,
    inspectionId: inspection.id,
    cadreId: finding.cadreId,
    teamId: finding.teamId,
    divisionCode: finding.divisionCode,
    requirement: finding.requirement || defaultRequirement,
    deadline,
    state: 'open',
  });
  const instance = await startWorkflow(tx, { principal: systemPrincipal(ctx.principal.displayName), actor: ctx.actor }, rectificationWorkflow, {
    subjectId: order.id,
    title: `限期整改：${cadreName}（${finding.teamName}）${inspection.inspectedOn} ${inspectionMethodLabels[inspection.method].zh}脱岗`,
    divisionCode: finding.divisionCode,
    assignee: { role: 'team_leader' },
    dueAt: dueAtOf(deadline),
    link: `/inspections/rectifications/${order.id}`,
    comment: order.requirement,
  });
  await orders.updateRectification(tx, order.id, { workflowId: instance.id });
  await recordAudit(tx, ctx.actor, {
    action: 'rectifications.open',
    entityType: 'rectification',
    entityId: order.id,
    divisionCode: finding.divisionCode,
    after: { ...order, workflowId: instance.id },
  });
  return order.id;
}

export async function createInspection(ctx: Ctx, body: InspectionCreateBody): Promise<InspectionView> {
  requirePermission(ctx.principal, 'inspections.record');
  const dayProblem = inspectedOnProblem(body.inspectedOn, todayInBeijing());
  failOn([
    ...(dayProblem ? [{ path: 'inspectedOn', message: dayProblem }] : []),
    ...regionProblem(ctx, body.divisionCode),
    ...findingProblems(body.findings, body.inspectedOn, ctx.deps.config.duty.rectificationDays),
  ]);
  const findings = await checkFindings(ctx, body);
  const names = await repo.cadreAndTeamNames(ctx.db, findings.map((f) => f.cadreId), []);
  const id = await ctx.db.transaction(async (tx) => {
    const inspection = await repo.insertInspection(tx, {
      divisionCode: body.divisionCode,
      method: body.method,
      inspectedOn: body.inspectedOn,
      leadUnit: body.leadUnit,
      participants: body.participants || null,
      note: body.note || null,
      createdBy: ctx.principal.accountId,
    });
    const recorded = [];
    for (const finding of findings) {
      const row = await repo.insertFinding(tx, {
        inspectionId: inspection.id,
        cadreId: finding.cadreId,
        teamId: finding.teamId,
        divisionCode: finding.divisionCode,
        atPost: finding.atPost,
        absenceReason: finding.atPost ? null : (finding.absenceReason ?? null),
        leaveRequestId: finding.leaveRequestId,
        note: finding.note || null,
      });
      const rectificationId =
        !finding.atPost && finding.absenceReason === 'absent'
          ? await openRectification(ctx, tx, inspection, finding, row.id, names.cadres.get(finding.cadreId) ?? '')
          : null;
      recorded.push({ cadreId: row.cadreId, atPost: row.atPost, absenceReason: row.absenceReason, leaveRequestId: row.leaveRequestId, rectificationId });
    }
    await recordAudit(tx, ctx.actor, {
      action: 'inspections.create',
      entityType: 'inspection',
      entityId: inspection.id,
      divisionCode: inspection.divisionCode,
      after: { ...inspection, findings: recorded },
    });
    return inspection.id;
  });
  return getInspection(ctx, id);
}
