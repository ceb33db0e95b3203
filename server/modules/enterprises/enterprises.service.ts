import type { Ctx } from '../../platform/http/context.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { maskPhone } from '../../platform/audit/redact.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { Executor } from '../../platform/db/client.ts';
import type {
  EnterpriseCreateBody,
  EnterpriseListItem,
  EnterpriseListQuery,
  EnterpriseUpdateBody,
  EnterpriseView,
  UnmaskBody,
} from '../../../contracts/enterprises.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import * as repo from './enterprises.repository.ts';
import { contributionsUnder } from './contributions.repository.ts';
import { enterpriseErrors } from './enterprises.errors.ts';
import { auditViewOf, presentContributions, presentEnterprises, seesPairing } from './enterprises.present.ts';
import { totalsOf } from './enterprises.rules.ts';

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const candidates = [error, (error as { cause?: unknown })?.cause] as { code?: string; constraint?: string }[];
  return candidates.some((c) => c?.code === '23505' && c.constraint === constraint);
}

export async function listEnterprises(ctx: Ctx, query: EnterpriseListQuery): Promise<ListResult<EnterpriseListItem>> {
  requirePermission(ctx.principal, 'enterprises.read');
  const scope = ctx.principal.scope;
  const result = await repo.listEnterprises(ctx.db, scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentEnterprises(ctx.db, scope, result.items), total: result.total };
}

export async function getEnterprise(ctx: Ctx, id: string): Promise<EnterpriseView> {
  requirePermission(ctx.principal, 'enterprises.read');
  const scope = ctx.principal.scope;
  const row = await repo.findEnterpriseInScope(ctx.db, scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const pairings = (await repo.pairingsOf(ctx.db, [id])).filter((p) => seesPairing(scope, row, p));
  const [[item], perPairing, contributionRows] = await Promise.all([
    presentEnterprises(ctx.db, scope, [row]),
    repo.contributionsPerPairing(
      ctx.db,
      pairings.map((p) => p.id),
    ),
    contributionsUnder(
      ctx.db,
      pairings.map((p) => p.id),
    ),
  ]);
  const [names, contributions] = await Promise.all([
    divisionNames(
      ctx.db,
      pairings.map((p) => p.divisionCode),
    ),
    presentContributions(ctx.db, contributionRows),
  ]);
  const writer = can(ctx.principal, 'enterprises.write');
  return {
    ...item!,
    pairings: pairings.map((p) => ({
      id: p.id,
      divisionCode: p.divisionCode,
      villageName: names.get(p.divisionCode) ?? null,
      since: p.since,
      until: p.until,
      agreement: p.agreement,
      contributions: perPairing.get(p.id)?.count ?? 0,
    })),
    contributions,
    totals: totalsOf(contributionRows),
    abilities: {
      update: writer && codeInScope(scope, row.divisionCode),
      pair: writer,
      contribute: writer && pairings.some((p) => !p.until && codeInScope(scope, p.divisionCode)),
      unmask: writer,
    },
  };
}

/** The keeping region must be one the account holds and one the divisions table knows. */
async function checkRegion(ctx: Ctx, divisionCode: string): Promise<void> {
  const region = codeInScope(ctx.principal.scope, divisionCode) ? await findDivision(ctx.db, divisionCode) : undefined;
  if (!region) throw commonErrors.VALIDATION_FAILED([{ path: 'divisionCode', message: '请选择本辖区内的地区' }]);
}

async function checkCreditCode(executor: Executor, creditCode: string | null | undefined, ownId: string | null): Promise<void> {
  if (!creditCode) return;
  const taken = await repo.findByCreditCode(executor, creditCode);
  if (taken && taken.id !== ownId) throw enterpriseErrors.CREDIT_CODE_TAKEN([{ path: 'creditCode', message: '该统一社会信用代码已登记' }]);
}

function phoneColumns(ctx: Ctx, phone: string | null) {
  return phone ? { contactPhoneCipher: ctx.deps.cipher.encrypt(phone), contactPhoneMasked: maskPhone(phone) } : { contactPhoneCipher: null, contactPhoneMasked: null };
}

function fieldsOf(ctx: Ctx, body: EnterpriseUpdateBody) {
  const fields: Partial<repo.NewEnterpriseRow> = {};
  if (body.name !== undefined) fields.name = body.name;
  if (body.creditCode !== undefined) fields.creditCode = body.creditCode;
  if (body.divisionCode !== undefined) fields.divisionCode = body.divisionCode;
  if (body.industry !== undefined) fields.industry = body.industry;
  if (body.contactName !== undefined) fields.contactName = body.contactName;
  if (body.partyOrgName !== undefined) fields.partyOrgName = body.partyOrgName;
  if (body.note !== undefined) fields.note = body.note;
  return body.contactPhone === undefined ? fields : { ...fields, ...phoneColumns(ctx, body.contactPhone) };
}

function rethrowTaken(error: unknown): never {
  if (isUniqueViolation(error, repo.CREDIT_CODE_INDEX)) throw enterpriseErrors.CREDIT_CODE_TAKEN([{ path: 'creditCode', message: '该统一社会信用代码已登记' }]);
  throw error;
}

export async function createEnterprise(ctx: Ctx, body: EnterpriseCreateBody): Promise<EnterpriseView> {
  requirePermission(ctx.principal, 'enterprises.write');
  await checkRegion(ctx, body.divisionCode);
  await checkCreditCode(ctx.db, body.creditCode, null);
  const id = await ctx.db
    .transaction(async (tx) => {
      const row = await repo.insertEnterprise(tx, { ...fieldsOf(ctx, body), name: body.name, divisionCode: body.divisionCode, createdBy: ctx.principal.accountId });
      await recordAudit(tx, ctx.actor, { action: 'enterprises.create', entityType: 'enterprise', entityId: row.id, divisionCode: row.divisionCode, after: auditViewOf(row) });
      return row.id;
    })
    .catch(rethrowTaken);
  return getEnterprise(ctx, id);
}

/** Visible through a pairing is not enough to change the record: only the region keeping it does that. */
async function keptEnterprise(ctx: Ctx, executor: Executor, id: string, lock = false): Promise<repo.EnterpriseRow> {
  const row = await repo.findEnterpriseInScope(executor, ctx.principal.scope, id, lock);
  if (!row) throw commonErrors.NOT_FOUND();
  if (!codeInScope(ctx.principal.scope, row.divisionCode)) throw enterpriseErrors.ENTERPRISE_KEPT_ELSEWHERE();
  return row;
}

export async function updateEnterprise(ctx: Ctx, id: string, body: EnterpriseUpdateBody): Promise<EnterpriseView> {
  requirePermission(ctx.principal, 'enterprises.write');
  await keptEnterprise(ctx, ctx.db, id);
  if (body.divisionCode !== undefined) await checkRegion(ctx, body.divisionCode);
  await checkCreditCode(ctx.db, body.creditCode, id);
  await ctx.db
    .transaction(async (tx) => {
      const before = await keptEnterprise(ctx, tx, id, true);
      const after = await repo.updateEnterprise(tx, id, fieldsOf(ctx, body));
      await recordAudit(tx, ctx.actor, {
        action: 'enterprises.update',
        entityType: 'enterprise',
        entityId: id,
        divisionCode: after.divisionCode,
        before: auditViewOf(before),
        after: auditViewOf(after),
      });
    })
    .catch(rethrowTaken);
  return getEnterprise(ctx, id);
}

/** An enterprise that has given something stays on record; one entered by mistake can go, pairings with it. */
export async function deleteEnterprise(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'enterprises.write');
  await ctx.db.transaction(async (tx) => {
    const before = await keptEnterprise(ctx, tx, id, true);
    const given = await repo.countContributionsOf(tx, id);
    if (given > 0) throw enterpriseErrors.ENTERPRISE_HAS_CONTRIBUTIONS(undefined, { count: given });
    const pairings = await repo.pairingsOf(tx, [id]);
    await repo.deleteEnterprise(tx, id);
    await recordAudit(tx, ctx.actor, {
      action: 'enterprises.delete',
      entityType: 'enterprise',
      entityId: id,
      divisionCode: before.divisionCode,
      before: { ...auditViewOf(before), pairings },
    });
  });
}

/** The contact's full phone number, for someone who works with the enterprise, with the typed reason on the trail. */
export async function unmaskContactPhone(ctx: Ctx, id: string, body: UnmaskBody): Promise<{ value: string }> {
  requirePermission(ctx.principal, 'enterprises.write');
  const row = await repo.findEnterpriseInScope(ctx.db, ctx.principal.scope, id);
  if (!row?.contactPhoneCipher) throw commonErrors.NOT_FOUND();
  const value = ctx.deps.cipher.decrypt(row.contactPhoneCipher);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'enterprises.unmask',
    entityType: 'enterprise',
    entityId: row.id,
    divisionCode: row.divisionCode,
    reason: body.reason,
    after: { field: 'contactPhone' },
  });
  return { value };
}
