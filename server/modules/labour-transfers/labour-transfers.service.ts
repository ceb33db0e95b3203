import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type {
  LabourCreateBody,
  LabourListItem,
  LabourListQuery,
  LabourPersons,
  LabourSummary,
  LabourSummaryQuery,
  LabourUpdateBody,
  LabourView,
} from '../../../contracts/labour-transfers.ts';
import { findHouseholdInScope, findPersonInScope, listPersons } from '../households/index.ts';
import * as repo from './labour-transfers.repository.ts';
import { labourErrors } from './labour-transfers.errors.ts';
import { presentTransfers } from './labour-transfers.present.ts';
import { averageIncome, byProvince, labourDateProblems, todayInBeijing, type FieldError } from './labour-transfers.rules.ts';

function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
}

export async function listTransfers(ctx: Ctx, query: LabourListQuery): Promise<ListResult<LabourListItem>> {
  requirePermission(ctx.principal, 'labour.read');
  const today = todayInBeijing();
  const result = await repo.listTransfers(ctx.db, ctx.principal.scope, query, today, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentTransfers(ctx.db, result.items, today), total: result.total };
}

export async function getTransfer(ctx: Ctx, id: string): Promise<LabourView> {
  requirePermission(ctx.principal, 'labour.read');
  const row = await repo.findTransferInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [item] = await presentTransfers(ctx.db, [row], todayInBeijing());
  return { ...item!, abilities: { update: can(ctx.principal, 'labour.write') } };
}

/** People away today in a region, by province, with their average monthly income. */
export async function labourSummary(ctx: Ctx, query: LabourSummaryQuery): Promise<LabourSummary> {
  requirePermission(ctx.principal, 'labour.read');
  return labourFigures(ctx.db, ctx.principal, query.divisionCode ?? null);
}

export async function labourFigures(executor: Executor, principal: Ctx['principal'], divisionCode: string | null): Promise<LabourSummary> {
  const rows = await repo.currentByDestination(executor, principal.scope, divisionCode, todayInBeijing());
  const current = rows.reduce((sum, r) => sum + r.people, 0);
  const income = rows.reduce((sum, r) => sum + r.incomeSum, 0);
  return {
    current,
    organized: rows.reduce((sum, r) => sum + r.organized, 0),
    averageMonthlyIncome: averageIncome(income, current),
    byProvince: byProvince(rows),
  };
}

/** The members of a household in scope, for the form's person picker. */
export async function householdMembers(ctx: Ctx, householdId: string): Promise<LabourPersons> {
  requirePermission(ctx.principal, 'labour.write');
  const household = await findHouseholdInScope(ctx.db, ctx.principal.scope, householdId);
  if (!household) throw commonErrors.NOT_FOUND();
  const persons = await listPersons(ctx.db, household.id);
  return {
    items: persons.map((p) => ({ id: p.id, name: p.name, relation: p.relation, idNumberMasked: p.idNumberMasked, birthDate: p.birthDate, labourAbility: p.labourAbility })),
  };
}

async function refuseOverlap(executor: Executor, personId: string, body: LabourUpdateBody, exceptId: string | null): Promise<void> {
  if (await repo.overlapping(executor, personId, body.startedOn, body.endedOn ?? null, exceptId)) throw labourErrors.LABOUR_OVERLAP([{ path: 'startedOn', message: '与该人员已有的外出务工时间重叠' }]);
}

function fieldsOf(body: LabourUpdateBody) {
  return {
    destination: body.destination,
    employer: body.employer,
    job: body.job || null,
    organized: body.organized,
    startedOn: body.startedOn,
    endedOn: body.endedOn ?? null,
    monthlyIncome: body.monthlyIncome,
  };
}

export async function createTransfer(ctx: Ctx, body: LabourCreateBody): Promise<LabourView> {
  requirePermission(ctx.principal, 'labour.write');
  failOn(labourDateProblems(body, todayInBeijing()));
  // A member of a household outside the account's villages is "not found", like any record there.
  const person = await findPersonInScope(ctx.db, ctx.principal.scope, body.personId);
  if (!person) throw commonErrors.NOT_FOUND();
  const id = await ctx.db.transaction(async (tx) => {
    await refuseOverlap(tx, person.id, body, null);
    const row = await repo.insertTransfer(tx, {
      personId: person.id,
      householdId: person.householdId,
      divisionCode: person.divisionCode,
      ...fieldsOf(body),
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'labour.create', entityType: 'labour_transfer', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getTransfer(ctx, id);
}

export async function updateTransfer(ctx: Ctx, id: string, body: LabourUpdateBody): Promise<LabourView> {
  requirePermission(ctx.principal, 'labour.write');
  failOn(labourDateProblems(body, todayInBeijing()));
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockTransfer(tx, ctx.principal.scope, id);
    if (!before) throw commonErrors.NOT_FOUND();
    await refuseOverlap(tx, before.personId, body, id);
    const after = await repo.updateTransfer(tx, id, fieldsOf(body));
    await recordAudit(tx, ctx.actor, { action: 'labour.update', entityType: 'labour_transfer', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getTransfer(ctx, id);
}

export async function deleteTransfer(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'labour.write');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockTransfer(tx, ctx.principal.scope, id);
    if (!before) throw commonErrors.NOT_FOUND();
    await repo.deleteTransfer(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'labour.delete', entityType: 'labour_transfer', entityId: id, divisionCode: before.divisionCode, before });
  });
}
