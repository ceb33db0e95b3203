import type { Ctx } from '../../platform/http/context.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { maskIdNumber, maskPhone } from '../../platform/audit/redact.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import type { CadreCreateBody, CadreListQuery, CadreUpdateBody, CadreView, UnmaskBody } from '../../../contracts/cadres.ts';
import { findUnitById, findUnitInScope } from '../units/index.ts';
import * as repo from './cadres.repository.ts';
import { managingDivisionOf, mayUnmaskCadre, mayUpdateCadre } from './cadres.policy.ts';
import { checkIdentity, validateIdNumber } from './cadres.rules.ts';
import { auditViewOf, presentCadres } from './cadres.present.ts';
import { cadreErrors } from './cadres.errors.ts';

const duplicateId = () => cadreErrors.CADRE_DUPLICATE_ID([{ path: 'idNumber', message: '该身份证号的干部已登记' }]);

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return (error as { code?: string })?.code === '23505' || cause?.code === '23505';
}

export async function listCadres(ctx: Ctx, query: CadreListQuery): Promise<ListResult<CadreView>> {
  requirePermission(ctx.principal, 'cadres.read');
  const result = await repo.listCadres(ctx.db, ctx.principal.scope, query);
  return { items: await presentCadres(ctx, result.items), total: result.total };
}

export async function getCadre(ctx: Ctx, cadreId: string): Promise<CadreView> {
  requirePermission(ctx.principal, 'cadres.read');
  const row = await repo.findCadreInScope(ctx.db, ctx.principal.scope, cadreId);
  if (!row) throw commonErrors.NOT_FOUND();
  return (await presentCadres(ctx, [row]))[0]!;
}

/** A unit the caller can see, or any unit when the caller may pick units outside his region. */
async function resolveUnit(ctx: Ctx, unitId: string) {
  const unit =
    (await findUnitInScope(ctx.db, ctx.principal.scope, unitId)) ??
    (can(ctx.principal, 'units.pick') ? await findUnitById(ctx.db, unitId) : undefined);
  if (!unit) throw cadreErrors.CADRE_UNIT_UNKNOWN([{ path: 'unitId', message: '所选单位不存在或不在您的管辖范围内' }]);
  return unit;
}

function sensitiveColumns(ctx: Ctx, idNumber: string) {
  return {
    idNumberHash: ctx.deps.cipher.fingerprint(idNumber),
    idNumberCipher: ctx.deps.cipher.encrypt(idNumber),
    idNumberMasked: maskIdNumber(idNumber),
  };
}

function phoneColumns(ctx: Ctx, phone: string | null) {
  return phone ? { phoneCipher: ctx.deps.cipher.encrypt(phone), phoneMasked: maskPhone(phone) } : { phoneCipher: null, phoneMasked: null };
}

function plainColumns(body: CadreCreateBody | CadreUpdateBody) {
  return {
    name: body.name,
    ...pinyinOf(body.name),
    gender: body.gender,
    ethnicity: body.ethnicity,
    partyStatus: body.partyStatus,
    education: body.education ?? null,
    unitId: body.unitId,
    position: body.position,
    rank: body.rank ?? null,
    specialities: [...new Set(body.specialities)],
  };
}

export async function createCadre(ctx: Ctx, body: CadreCreateBody): Promise<CadreView> {
  requirePermission(ctx.principal, 'cadres.create');
  const check = validateIdNumber(body.idNumber);
  if (!check.ok) throw commonErrors.VALIDATION_FAILED([{ path: 'idNumber', message: check.message }]);
  const unit = await resolveUnit(ctx, body.unitId);
  const sensitive = sensitiveColumns(ctx, check.facts.idNumber);
  try {
    const row = await ctx.db.transaction(async (tx) => {
      if (await repo.findCadreByHash(tx, sensitive.idNumberHash)) throw duplicateId();
      const created = await repo.insertCadre(tx, {
        ...plainColumns(body),
        ...sensitive,
        ...phoneColumns(ctx, body.phone),
        birthDate: check.facts.birthDate,
        divisionCode: managingDivisionOf(ctx.principal.scope, unit),
      });
      await recordAudit(tx, ctx.actor, { action: 'cadres.create', entityType: 'cadre', entityId: created.id, divisionCode: created.divisionCode, after: auditViewOf(created) });
      return created;
    });
    return (await presentCadres(ctx, [row]))[0]!;
  } catch (error) {
    // Two clerks registering the same person at once: the unique fingerprint decides.
    if (isUniqueViolation(error)) throw duplicateId();
    throw error;
  }
}

export async function updateCadre(ctx: Ctx, cadreId: string, body: CadreUpdateBody): Promise<CadreView> {
  requirePermission(ctx.principal, 'cadres.update');
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const before = await repo.findCadreInScope(tx, ctx.principal.scope, cadreId);
      if (!before) throw commonErrors.NOT_FOUND();
      if (!mayUpdateCadre(ctx.principal, before)) throw commonErrors.FORBIDDEN();
      const idNumber = body.idNumber ? body.idNumber : ctx.deps.cipher.decrypt(before.idNumberCipher);
      const issues = checkIdentity({ idNumber, gender: body.gender, birthDate: body.birthDate ?? null });
      if (issues.length > 0) throw cadreErrors.CADRE_INVALID_IDENTITY(issues);
      const facts = validateIdNumber(idNumber);
      if (!facts.ok) throw commonErrors.VALIDATION_FAILED([{ path: 'idNumber', message: facts.message }]);
      const values: Partial<repo.NewCadreRow> = { ...plainColumns(body), birthDate: facts.facts.birthDate, divisionCode: before.divisionCode };
      if (body.idNumber) {
        const sensitive = sensitiveColumns(ctx, facts.facts.idNumber);
        const holder = await repo.findCadreByHash(tx, sensitive.idNumberHash);
        if (holder && holder.id !== cadreId) throw duplicateId();
        Object.assign(values, sensitive);
      }
      if (body.phone !== undefined) Object.assign(values, phoneColumns(ctx, body.phone || null));
      if (body.unitId !== before.unitId) {
        const unit = await resolveUnit(ctx, body.unitId);
        values.divisionCode = managingDivisionOf(ctx.principal.scope, unit);
      }
      const after = await repo.updateCadre(tx, cadreId, values);
      await recordAudit(tx, ctx.actor, {
        action: 'cadres.update',
        entityType: 'cadre',
        entityId: cadreId,
        divisionCode: after.divisionCode,
        before: auditViewOf(before),
        after: auditViewOf(after),
      });
      return after;
    });
    return (await presentCadres(ctx, [row]))[0]!;
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateId();
    throw error;
  }
}

/** Shows one sensitive value in clear to someone who keeps the record, with the typed reason audited. */
export async function unmaskCadreField(ctx: Ctx, cadreId: string, body: UnmaskBody): Promise<{ value: string }> {
  requirePermission(ctx.principal, 'cadres.unmask');
  const row = await repo.findCadreInScope(ctx.db, ctx.principal.scope, cadreId);
  if (!row) throw commonErrors.NOT_FOUND();
  if (!mayUnmaskCadre(ctx.principal, row)) throw commonErrors.FORBIDDEN();
  const stored = body.field === 'idNumber' ? row.idNumberCipher : row.phoneCipher;
  if (!stored) throw cadreErrors.CADRE_NO_PHONE([{ path: 'field', message: '该干部未登记手机号' }]);
  const value = ctx.deps.cipher.decrypt(stored);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'cadres.unmask',
    entityType: 'cadre',
    entityId: row.id,
    divisionCode: row.divisionCode,
    reason: body.reason,
    after: { field: body.field },
  });
  return { value };
}
