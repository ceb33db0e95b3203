import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import { advanceWorkflow, startWorkflow } from '../../platform/workflow/workflow.ts';
import type { WorkflowActionBody } from '../../../contracts/workflow.ts';
import { serviceRequestKinds } from '../../../contracts/project-codes.ts';
import type {
  ServiceRequestBody,
  ServiceRequestListItem,
  ServiceRequestListQuery,
  ServiceRequestState,
  ServiceRequestView,
} from '../../../contracts/service-requests.ts';
import { findDivision } from '../divisions/index.ts';
import * as repo from './service-requests.repository.ts';
import { checkDueOn, defaultDueOn, dueAtOf, isVillageCode, serviceRequestToday } from './service-requests.rules.ts';
import { serviceRequestErrors } from './service-requests.errors.ts';
import { serviceRequestWorkflow, stationActions } from './service-requests.workflow.ts';
import { presentServiceRequest, presentServiceRequestList } from './service-requests.present.ts';

/** The demo seed writes past weeks through this service; it names the day each step happened. */
export type ServiceRequestClock = { today?: string };

function todayOf(clock: ServiceRequestClock | undefined): string {
  return clock?.today ?? serviceRequestToday();
}

function failOn(errors: FieldError[]): void {
  if (errors.length > 0) throw commonErrors.VALIDATION_FAILED(errors);
}

export async function listServiceRequests(ctx: Ctx, query: ServiceRequestListQuery): Promise<ListResult<ServiceRequestListItem>> {
  requirePermission(ctx.principal, 'service-requests.read');
  const today = serviceRequestToday();
  const result = await repo.listServiceRequests(ctx.db, ctx.principal.scope, query, today, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentServiceRequestList(ctx.db, result.items, today), total: result.total };
}

export async function getServiceRequest(ctx: Ctx, id: string, clock?: ServiceRequestClock): Promise<ServiceRequestView> {
  requirePermission(ctx.principal, 'service-requests.read');
  const row = await repo.findServiceRequestInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentServiceRequest(ctx, row, todayOf(clock));
}

/**
 * The village asked for: the leader's own when his scope is one village; a leader over a wider
 * area names one in it. A village outside his scope is 404, as if it did not exist.
 */
async function villageOf(ctx: Ctx, named: string | undefined): Promise<{ code: string; name: string }> {
  const code = named ?? ctx.principal.scope.divisionCode ?? undefined;
  if (!code || !isVillageCode(code)) throw serviceRequestErrors.SERVICE_REQUEST_NO_VILLAGE([{ path: 'divisionCode', message: '请选择申请代办的村' }]);
  if (!codeInScope(ctx.principal.scope, code)) throw commonErrors.NOT_FOUND();
  const village = await findDivision(ctx.db, code);
  if (!village) failOn([{ path: 'divisionCode', message: '没有这个村' }]);
  return { code, name: village!.name };
}

export async function requestService(ctx: Ctx, body: ServiceRequestBody, clock?: ServiceRequestClock): Promise<ServiceRequestView> {
  requirePermission(ctx.principal, 'service-requests.request');
  const today = todayOf(clock);
  failOn(checkDueOn(body.dueOn, today));
  const village = await villageOf(ctx, body.divisionCode);
  const dueOn = body.dueOn ?? defaultDueOn(today);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertServiceRequest(tx, {
      divisionCode: village.code,
      kind: body.kind,
      title: body.title,
      detail: body.detail,
      requesterCadreId: ctx.principal.cadreId,
      requestedBy: ctx.principal.accountId,
      state: serviceRequestWorkflow.initial,
      dueOn,
      ...(clock?.today ? { createdAt: new Date(`${today}T09:00:00+08:00`) } : {}),
    });
    const instance = await startWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, serviceRequestWorkflow, {
      subjectId: row.id,
      title: `代办服务（${serviceRequestKinds.labels[body.kind].zh}）：${body.title}（${village.name}）`,
      divisionCode: village.code,
      assignee: { role: 'service_station' },
      applicantCadreId: ctx.principal.cadreId,
      dueAt: dueAtOf(dueOn),
      link: `/service-requests/${row.id}`,
      data: { kind: body.kind },
      comment: body.detail,
    });
    const saved = await repo.updateServiceRequest(tx, row.id, { workflowId: instance.id });
    await recordAudit(tx, ctx.actor, { action: 'service-requests.request', entityType: 'service_request', entityId: row.id, divisionCode: village.code, after: saved });
    return row.id;
  });
  return getServiceRequest(ctx, id, clock);
}

/** The row's mirror of a step: when it was accepted, when done and with what result. */
function mirrorOf(action: string, state: ServiceRequestState, comment: string | undefined, today: string) {
  if (action === 'accept') return { state, acceptedOn: today };
  if (action === 'complete') return { state, doneOn: today, result: comment?.trim() ?? null };
  // Sent again, it waits to be accepted anew.
  if (action === 'resubmit') return { state, acceptedOn: null };
  return { state };
}

/** accept / start / complete / return by the station; resubmit / withdraw by the leader who asked. */
export async function actOnServiceRequest(ctx: Ctx, id: string, body: WorkflowActionBody, clock?: ServiceRequestClock): Promise<ServiceRequestView> {
  requirePermission(ctx.principal, 'service-requests.read');
  if (!Object.hasOwn(serviceRequestWorkflow.transitions, body.action)) failOn([{ path: 'action', message: '不支持的操作' }]);
  requirePermission(ctx.principal, stationActions.includes(body.action) ? 'service-requests.handle' : 'service-requests.request');
  if (body.action === 'complete' && !body.comment?.trim()) failOn([{ path: 'comment', message: '请填写办理结果' }]);
  const today = todayOf(clock);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findServiceRequestForUpdate(tx, ctx.principal.scope, id);
    if (!row) throw commonErrors.NOT_FOUND();
    if (!row.workflowId) throw commonErrors.CONFLICT();
    const instance = await advanceWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, serviceRequestWorkflow, row.workflowId, body.action, {
      comment: body.comment,
    });
    const after = await repo.updateServiceRequest(tx, id, mirrorOf(body.action, instance.state as ServiceRequestState, body.comment, today));
    await recordAudit(tx, ctx.actor, {
      action: `service-requests.${body.action}`,
      entityType: 'service_request',
      entityId: id,
      divisionCode: row.divisionCode,
      reason: body.comment?.trim() || null,
      before: row,
      after,
    });
  });
  return getServiceRequest(ctx, id, clock);
}
