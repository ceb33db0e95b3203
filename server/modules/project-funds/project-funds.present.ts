import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { findWorkflows, presentWorkflow } from '../../platform/workflow/workflow.ts';
import type { AdjustmentSourceBody, AllocationView, BudgetAdjustmentState, BudgetAdjustmentView, PaymentView } from '../../../contracts/project-funds.ts';
import type { FundSourceKind } from '../../../contracts/project-codes.ts';
import { divisionNames } from '../divisions/index.ts';
import type { AdjustmentRow, AllocationRow, PaymentListRow } from './project-funds.repository.ts';
import { budgetAdjustmentWorkflow } from './project-funds.workflow.ts';

export function presentAllocation(row: { allocation: AllocationRow; sourceKind: FundSourceKind; funder: string }): AllocationView {
  const a = row.allocation;
  return {
    id: a.id,
    projectId: a.projectId,
    fundSourceId: a.fundSourceId,
    sourceKind: row.sourceKind,
    funder: row.funder,
    allocatedOn: a.allocatedOn,
    amount: a.amount,
    document: a.document,
    createdAt: a.createdAt.toISOString(),
  };
}

export async function presentPayments(executor: Executor, rows: PaymentListRow[]): Promise<PaymentView[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]);
  return rows.map((p) => ({
    id: p.id,
    projectId: p.projectId,
    projectName: p.projectName,
    divisionCode: p.divisionCode,
    villageName: names.get(p.divisionCode) ?? null,
    fundSourceId: p.fundSourceId,
    sourceKind: p.sourceKind,
    funder: p.funder,
    paidOn: p.paidOn,
    amount: p.amount,
    payee: p.payee,
    purpose: p.purpose,
    voucherNo: p.voucherNo,
    createdAt: p.createdAt.toISOString(),
  }));
}

type StoredSource = AdjustmentSourceBody & { fundSourceId?: string | null };

export async function presentAdjustments(ctx: Ctx, rows: AdjustmentRow[]): Promise<BudgetAdjustmentView[]> {
  const instances = await findWorkflows(ctx.db, budgetAdjustmentWorkflow.kind, rows.map((r) => r.id));
  const byId = new Map(instances.map((i) => [i.subjectId, i]));
  return Promise.all(
    rows.map(async (row) => {
      const instance = byId.get(row.id);
      return {
        id: row.id,
        projectId: row.projectId,
        previousBudget: row.previousBudget,
        newBudget: row.newBudget,
        sources: (row.sources as StoredSource[]).map((s) => ({ fundSourceId: s.fundSourceId ?? null, kind: s.kind, funder: s.funder, amount: s.amount })),
        reason: row.reason,
        state: row.state as BudgetAdjustmentState,
        createdAt: row.createdAt.toISOString(),
        workflow: instance ? await presentWorkflow(ctx.db, ctx.principal, ctx.locale, budgetAdjustmentWorkflow, instance) : null,
      };
    }),
  );
}
