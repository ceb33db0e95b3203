import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can } from '../../platform/access/permissions.ts';
import { findWorkflow, presentWorkflow } from '../../platform/workflow/workflow.ts';
import type { ProjectListItem, ProjectState, ProjectView } from '../../../contracts/projects.ts';
import { divisionNames } from '../divisions/index.ts';
import type { ProjectRow } from './projects.repository.ts';
import * as repo from './projects.repository.ts';
import { projectWorkflow } from './projects.workflow.ts';

export async function presentProjectList(executor: Executor, rows: ProjectRow[]): Promise<ProjectListItem[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    category: row.category,
    divisionCode: row.divisionCode,
    villageName: names.get(row.divisionCode) ?? null,
    responsibleEntity: row.responsibleEntity,
    budget: row.budget,
    approvedBudget: row.approvedBudget,
    state: row.state as ProjectState,
    noticeStart: row.noticeStart,
    noticeEnd: row.noticeEnd,
    beneficiaryHouseholds: row.beneficiaryHouseholds,
    beneficiaryPersons: row.beneficiaryPersons,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** Paid totals per fund source come from the funds ledger when it can give them; null otherwise. */
export type PaidBySource = (executor: Executor, projectIds: string[]) => Promise<Map<string, string>>;

/** One project with its parts, its approval history and what the caller may do with it. */
export async function presentProject(ctx: Ctx, row: ProjectRow, paidBySource: PaidBySource | null): Promise<ProjectView> {
  const [item] = await presentProjectList(ctx.db, [row]);
  const parts = await repo.partsOf(ctx.db, row.id);
  const names = await divisionNames(ctx.db, parts.villages);
  const paid = paidBySource ? await paidBySource(ctx.db, [row.id]) : null;
  const instance = await findWorkflow(ctx.db, projectWorkflow.kind, row.id);
  const workflow = instance ? await presentWorkflow(ctx.db, ctx.principal, ctx.locale, projectWorkflow, instance) : null;
  const applicant = instance?.applicantAccountId === ctx.principal.accountId;
  return {
    ...item!,
    description: row.description,
    proposerUnitId: row.proposerUnitId,
    proposerCadreId: row.proposerCadreId,
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    startedOn: row.startedOn,
    completedOn: row.completedOn,
    acceptanceNoticeStart: row.acceptanceNoticeStart,
    acceptanceNoticeEnd: row.acceptanceNoticeEnd,
    acceptedOn: row.acceptedOn,
    handedOverOn: row.handedOverOn,
    villages: parts.villages.map((divisionCode) => ({ divisionCode, name: names.get(divisionCode) ?? null })),
    fundSources: parts.fundSources.map((s) => ({
      id: s.id,
      kind: s.kind,
      funder: s.funder,
      unitId: s.unitId,
      amount: s.amount,
      paid: paid ? (paid.get(s.id) ?? '0.00') : null,
    })),
    outputs: parts.outputs.map((o) => ({ id: o.id, kind: o.kind, unit: o.unit, planned: o.planned, actual: o.actual })),
    beneficiaryHouseholdIds: parts.householdIds,
    workflow,
    abilities: { update: applicant && can(ctx.principal, 'projects.propose') && (row.state === 'proposed' || row.state === 'returned') },
  };
}
