import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { ContributionBody, EnterpriseView, PairingBody, PairingEndBody } from '../../../contracts/enterprises.ts';
import { findDivision } from '../divisions/index.ts';
import { findProjectInScope } from '../projects/index.ts';
import * as repo from './enterprises.repository.ts';
import * as contributionRepo from './contributions.repository.ts';
import { enterpriseErrors } from './enterprises.errors.ts';
import { getEnterprise, isUniqueViolation } from './enterprises.service.ts';
import { contributionProblems, notInFuture, pairingEndProblems, todayInBeijing, type FieldError } from './enterprises.rules.ts';

function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
}

async function visibleEnterprise(ctx: Ctx, executor: Executor, id: string, lock = false): Promise<repo.EnterpriseRow> {
  const row = await repo.findEnterpriseInScope(executor, ctx.principal.scope, id, lock);
  if (!row) throw commonErrors.NOT_FOUND();
  return row;
}

/** A pairing is worked on from its village's side: one outside the account's villages answers as missing. */
async function pairingInScope(ctx: Ctx, executor: Executor, enterpriseId: string, pairingId: string, lock = false): Promise<repo.PairingRow> {
  const pairing = await repo.findPairing(executor, enterpriseId, pairingId, lock);
  if (!pairing || !codeInScope(ctx.principal.scope, pairing.divisionCode)) throw commonErrors.NOT_FOUND();
  return pairing;
}

/** Pairs the enterprise with a village of the account's area, from a date (党组织结对共建). */
export async function addPairing(ctx: Ctx, enterpriseId: string, body: PairingBody): Promise<EnterpriseView> {
  requirePermission(ctx.principal, 'enterprises.write');
  failOn(notInFuture('since', body.since, todayInBeijing()));
  await visibleEnterprise(ctx, ctx.db, enterpriseId);
  const village = codeInScope(ctx.principal.scope, body.divisionCode) ? await findDivision(ctx.db, body.divisionCode) : undefined;
  if (village?.level !== 'village') throw enterpriseErrors.NOT_A_VILLAGE([{ path: 'divisionCode', message: '请选择本辖区内的村' }]);
  const taken = () => enterpriseErrors.PAIRING_ACTIVE([{ path: 'divisionCode', message: '该企业已与此村结对' }]);
  await ctx.db
    .transaction(async (tx) => {
      const enterprise = await visibleEnterprise(ctx, tx, enterpriseId, true);
      if (await repo.activePairingWith(tx, enterpriseId, body.divisionCode)) throw taken();
      const row = await repo.insertPairing(tx, {
        enterpriseId,
        divisionCode: body.divisionCode,
        since: body.since,
        agreement: body.agreement ?? null,
        createdBy: ctx.principal.accountId,
      });
      await recordAudit(tx, ctx.actor, { action: 'enterprises.pair', entityType: 'enterprise', entityId: enterprise.id, divisionCode: row.divisionCode, after: row });
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, repo.PAIRING_INDEX)) throw taken();
      throw error;
    });
  return getEnterprise(ctx, enterpriseId);
}

/** Ends a pairing on a day; its contributions stay, and none may fall after the end. */
export async function endPairing(ctx: Ctx, enterpriseId: string, pairingId: string, body: PairingEndBody): Promise<EnterpriseView> {
  requirePermission(ctx.principal, 'enterprises.write');
  await ctx.db.transaction(async (tx) => {
    await visibleEnterprise(ctx, tx, enterpriseId, true);
    const before = await pairingInScope(ctx, tx, enterpriseId, pairingId, true);
    if (before.until) throw enterpriseErrors.PAIRING_ENDED(undefined, { until: before.until });
    const last = (await repo.contributionsPerPairing(tx, [pairingId])).get(pairingId)?.last ?? null;
    failOn(pairingEndProblems(body.until, before, last, todayInBeijing()));
    const after = await repo.endPairing(tx, pairingId, body.until);
    await recordAudit(tx, ctx.actor, { action: 'enterprises.pairing.end', entityType: 'enterprise', entityId: enterpriseId, divisionCode: after.divisionCode, before, after });
  });
  return getEnterprise(ctx, enterpriseId);
}

/** A pairing entered by mistake can go while nothing is recorded under it; one that has given is ended instead. */
export async function deletePairing(ctx: Ctx, enterpriseId: string, pairingId: string): Promise<void> {
  requirePermission(ctx.principal, 'enterprises.write');
  await ctx.db.transaction(async (tx) => {
    await visibleEnterprise(ctx, tx, enterpriseId, true);
    const before = await pairingInScope(ctx, tx, enterpriseId, pairingId, true);
    const given = (await repo.contributionsPerPairing(tx, [pairingId])).get(pairingId)?.count ?? 0;
    if (given > 0) throw enterpriseErrors.PAIRING_HAS_CONTRIBUTIONS(undefined, { count: given });
    await repo.deletePairing(tx, pairingId);
    await recordAudit(tx, ctx.actor, { action: 'enterprises.pairing.delete', entityType: 'enterprise', entityId: enterpriseId, divisionCode: before.divisionCode, before });
  });
}

/** Records what the enterprise gave one of its paired villages; the project named must be one the account can see. */
export async function addContribution(ctx: Ctx, enterpriseId: string, body: ContributionBody): Promise<EnterpriseView> {
  requirePermission(ctx.principal, 'enterprises.write');
  await visibleEnterprise(ctx, ctx.db, enterpriseId);
  const pairing = await repo.findPairing(ctx.db, enterpriseId, body.pairingId);
  if (!pairing || !codeInScope(ctx.principal.scope, pairing.divisionCode)) {
    throw commonErrors.VALIDATION_FAILED([{ path: 'pairingId', message: '请选择本辖区内与该企业结对的村' }]);
  }
  failOn(contributionProblems(body, pairing, todayInBeijing()));
  if (body.projectId && !(await findProjectInScope(ctx.db, ctx.principal.scope, body.projectId))) throw commonErrors.NOT_FOUND();
  await ctx.db.transaction(async (tx) => {
    await visibleEnterprise(ctx, tx, enterpriseId, true);
    const current = await pairingInScope(ctx, tx, enterpriseId, body.pairingId, true);
    failOn(contributionProblems(body, current, todayInBeijing()));
    const jobs = body.kind === 'jobs';
    const row = await contributionRepo.insertContribution(tx, {
      pairingId: current.id,
      enterpriseId,
      divisionCode: current.divisionCode,
      kind: body.kind,
      value: jobs ? null : (body.value ?? null),
      quantity: body.quantity ?? null,
      unit: jobs ? '人' : (body.unit ?? null),
      givenOn: body.givenOn,
      description: body.description,
      projectId: body.projectId ?? null,
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'enterprises.contribute', entityType: 'enterprise_contribution', entityId: row.id, divisionCode: row.divisionCode, after: row });
  });
  return getEnterprise(ctx, enterpriseId);
}

export async function deleteContribution(ctx: Ctx, enterpriseId: string, contributionId: string): Promise<void> {
  requirePermission(ctx.principal, 'enterprises.write');
  await ctx.db.transaction(async (tx) => {
    await visibleEnterprise(ctx, tx, enterpriseId, true);
    const before = await contributionRepo.findContribution(tx, enterpriseId, contributionId);
    if (!before || !codeInScope(ctx.principal.scope, before.divisionCode)) throw commonErrors.NOT_FOUND();
    await contributionRepo.deleteContribution(tx, contributionId);
    await recordAudit(tx, ctx.actor, {
      action: 'enterprises.contribution.delete',
      entityType: 'enterprise_contribution',
      entityId: contributionId,
      divisionCode: before.divisionCode,
      before,
    });
  });
}
