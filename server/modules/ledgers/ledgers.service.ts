import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import { commitmentStates } from '../../../contracts/evaluation-codes.ts';
import type { CommitmentBody, CommitmentListQuery, CommitmentUpdateBody, CommitmentView, SettleBody } from '../../../contracts/ledgers.ts';
import * as repo from './ledgers.repository.ts';
import { ledgerErrors } from './ledgers.errors.ts';
import { mayKeepCommitment, maySettle } from './ledgers.policy.ts';
import { isOverdue, ledgerToday, settleProblems } from './ledgers.rules.ts';

export function visibleTo(ctx: Ctx) {
  return repo.commitmentScope(ctx.principal.scope, ctx.principal.cadreId);
}

export function presentCommitment(row: repo.CommitmentListRow, today: string): CommitmentView {
  const c = row.commitment;
  return {
    id: c.id,
    teamId: c.teamId,
    teamName: row.teamName,
    cadreId: c.cadreId,
    cadreName: row.cadreName,
    divisionCode: c.divisionCode,
    villageName: row.villageName,
    content: c.content,
    promisedOn: c.promisedOn,
    dueOn: c.dueOn,
    state: c.state,
    overdue: isOverdue(c.state, c.dueOn, today),
    settledOn: c.settledOn,
    outcome: c.outcome,
    createdAt: c.createdAt.toISOString(),
  };
}

export async function listCommitments(ctx: Ctx, query: CommitmentListQuery): Promise<ListResult<CommitmentView>> {
  requirePermission(ctx.principal, 'ledgers.read');
  const today = ledgerToday();
  const visible = visibleTo(ctx);
  const rows = await repo.readCommitments(ctx.db, visible, query, today, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: rows.map((r) => presentCommitment(r, today)), total: await repo.countCommitments(ctx.db, visible, query, today) };
}

export async function getCommitment(ctx: Ctx, id: string): Promise<CommitmentView> {
  requirePermission(ctx.principal, 'ledgers.read');
  const row = await repo.findCommitment(ctx.db, visibleTo(ctx), id);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentCommitment(row, ledgerToday());
}

function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw ledgerErrors.COMMITMENT_INVALID(problems);
}

export async function createCommitment(ctx: Ctx, body: CommitmentBody): Promise<CommitmentView> {
  requirePermission(ctx.principal, 'ledgers.write');
  const id = await ctx.db.transaction(async (tx) => {
    const membership = await repo.activeMembership(tx, body.cadreId);
    if (!membership) throw ledgerErrors.COMMITMENT_INVALID([{ path: 'cadreId', message: '该干部目前不在任何工作队中' }]);
    const { team } = membership;
    const leads = await repo.leadsTeam(tx, ctx.principal.cadreId, team.id);
    if (!mayKeepCommitment(ctx.principal, team.divisionCode, leads)) throw commonErrors.FORBIDDEN();
    const row = await repo.insertCommitment(tx, {
      teamId: team.id,
      cadreId: body.cadreId,
      divisionCode: team.divisionCode,
      content: body.content,
      promisedOn: body.promisedOn,
      dueOn: body.dueOn,
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'ledgers.commitment_create', entityType: 'ledger_commitment', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getCommitment(ctx, id);
}

/** An open commitment in reach, locked, that the caller may keep. */
async function openCommitment(ctx: Ctx, tx: Executor, id: string): Promise<repo.CommitmentRow> {
  const row = await repo.lockCommitment(tx, visibleTo(ctx), id);
  if (!row) throw commonErrors.NOT_FOUND();
  const leads = await repo.leadsTeam(tx, ctx.principal.cadreId, row.teamId);
  if (!mayKeepCommitment(ctx.principal, row.divisionCode, leads)) throw commonErrors.FORBIDDEN();
  if (row.state !== 'open') throw ledgerErrors.COMMITMENT_SETTLED(undefined, { state: commitmentStates.labels[row.state].zh });
  return row;
}

export async function updateCommitment(ctx: Ctx, id: string, body: CommitmentUpdateBody): Promise<CommitmentView> {
  requirePermission(ctx.principal, 'ledgers.write');
  await ctx.db.transaction(async (tx) => {
    const before = await openCommitment(ctx, tx, id);
    const after = await repo.updateCommitment(tx, id, { content: body.content, promisedOn: body.promisedOn, dueOn: body.dueOn });
    await recordAudit(tx, ctx.actor, { action: 'ledgers.commitment_update', entityType: 'ledger_commitment', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getCommitment(ctx, id);
}

export async function deleteCommitment(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'ledgers.write');
  await ctx.db.transaction(async (tx) => {
    const before = await openCommitment(ctx, tx, id);
    await repo.deleteCommitment(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'ledgers.commitment_delete', entityType: 'ledger_commitment', entityId: id, divisionCode: before.divisionCode, before });
  });
}

export async function settleCommitment(ctx: Ctx, id: string, body: SettleBody): Promise<CommitmentView> {
  requirePermission(ctx.principal, 'ledgers.settle');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockCommitment(tx, visibleTo(ctx), id);
    if (!before) throw commonErrors.NOT_FOUND();
    if (!maySettle(ctx.principal, before.divisionCode)) throw commonErrors.FORBIDDEN();
    if (before.state !== 'open') throw ledgerErrors.COMMITMENT_SETTLED(undefined, { state: commitmentStates.labels[before.state].zh });
    failOn(settleProblems(body.settledOn, before.promisedOn, ledgerToday()));
    const after = await repo.updateCommitment(tx, id, {
      state: body.state,
      settledOn: body.settledOn,
      outcome: body.outcome,
      settledBy: ctx.principal.accountId,
      settledAt: new Date(),
    });
    await recordAudit(tx, ctx.actor, { action: 'ledgers.commitment_settle', entityType: 'ledger_commitment', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getCommitment(ctx, id);
}
