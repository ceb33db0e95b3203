import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { findWorkflow, presentWorkflow } from '../../platform/workflow/workflow.ts';
import type { ServiceRequestListItem, ServiceRequestState, ServiceRequestView } from '../../../contracts/service-requests.ts';
import { divisionNames } from '../divisions/index.ts';
import type { ServiceRequestListRow } from './service-requests.repository.ts';
import { isOverdue } from './service-requests.rules.ts';
import { serviceRequestWorkflow } from './service-requests.workflow.ts';

export async function presentServiceRequestList(executor: Executor, rows: ServiceRequestListRow[], today: string): Promise<ServiceRequestListItem[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]);
  return rows.map((row) => {
    const state = row.state as ServiceRequestState;
    return {
      id: row.id,
      divisionCode: row.divisionCode,
      villageName: names.get(row.divisionCode) ?? null,
      kind: row.kind,
      title: row.title,
      detail: row.detail,
      state,
      requesterName: row.requesterName,
      dueOn: row.dueOn,
      acceptedOn: row.acceptedOn,
      doneOn: row.doneOn,
      result: row.result,
      overdue: isOverdue({ state, dueOn: row.dueOn }, today),
      createdAt: row.createdAt.toISOString(),
    };
  });
}

/** One request with its history and the steps the caller may take now. */
export async function presentServiceRequest(ctx: Ctx, row: ServiceRequestListRow, today: string): Promise<ServiceRequestView> {
  const [item] = await presentServiceRequestList(ctx.db, [row], today);
  const instance = await findWorkflow(ctx.db, serviceRequestWorkflow.kind, row.id);
  return {
    ...item!,
    workflow: instance ? await presentWorkflow(ctx.db, ctx.principal, ctx.locale, serviceRequestWorkflow, instance) : null,
  };
}
