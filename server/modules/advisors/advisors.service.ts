import type { Ctx } from '../../platform/http/context.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { maskPhone } from '../../platform/audit/redact.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { RevealBody } from '../../../contracts/households.ts';
import { centsToMoney, sumCents, toCents } from '../../../contracts/money.ts';
import {
  advisorBody,
  supportBody,
  type AdvisorBody,
  type AdvisorListItem,
  type AdvisorListQuery,
  type AdvisorView,
  type SupportBody,
  type SupportList,
  type SupportListQuery,
  type SupportView,
} from '../../../contracts/advisors.ts';
import { findDivision } from '../divisions/index.ts';
import { findProjectInScope } from '../projects/index.ts';
import * as repo from './advisors.repository.ts';
import { advisorErrors } from './advisors.errors.ts';
import { auditAdvisorOf, presentAdvisorList, presentBriefing, presentSupports } from './advisors.present.ts';
import { chinaToday, isVillageCode } from './advisors.rules.ts';

function failOn(errors: FieldError[]): void {
  if (errors.length > 0) throw commonErrors.VALIDATION_FAILED(errors);
}

export async function listAdvisors(ctx: Ctx, query: AdvisorListQuery): Promise<ListResult<AdvisorListItem>> {
  requirePermission(ctx.principal, 'advisors.read');
  const result = await repo.listAdvisors(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentAdvisorList(ctx.db, result.items), total: result.total };
}

export async function getAdvisor(ctx: Ctx, id: string): Promise<AdvisorView> {
  requirePermission(ctx.principal, 'advisors.read');
  const row = await repo.findAdvisorInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [[item], supports, briefings] = await Promise.all([presentAdvisorList(ctx.db, [row]), repo.supportsOf(ctx.db, id), repo.briefingsOf(ctx.db, id)]);
  const brief = can(ctx.principal, 'advisors.brief');
  return {
    ...item!,
    supports: await presentSupports(ctx.db, supports),
    briefings: briefings.map((b) => presentBriefing(b, brief)),
    abilities: { write: can(ctx.principal, 'advisors.write'), brief, reveal: brief },
  };
}

/** The home village: a village (not a township) inside the caller's scope; outside it is 404, as if it did not exist. */
async function checkVillage(ctx: Ctx, code: string): Promise<void> {
  if (!isVillageCode(code)) throw advisorErrors.ADVISOR_NOT_VILLAGE([{ path: 'divisionCode', message: '请选择顾问所联系的村' }]);
  if (!codeInScope(ctx.principal.scope, code)) throw commonErrors.NOT_FOUND();
  if (!(await findDivision(ctx.db, code))) failOn([{ path: 'divisionCode', message: '没有这个村' }]);
}

function columnsOf(ctx: Ctx, body: AdvisorBody) {
  const input = advisorBody.parse(body);
  failOn(input.appointedOn > chinaToday() ? [{ path: 'appointedOn', message: '聘请日期不能晚于今天' }] : []);
  const phone = input.phone === undefined ? {} : input.phone ? { phoneCipher: ctx.deps.cipher.encrypt(input.phone), phoneMasked: maskPhone(input.phone) } : { phoneCipher: null, phoneMasked: null };
  return {
    divisionCode: input.divisionCode,
    name: input.name,
    occupation: input.occupation,
    workplace: input.workplace,
    appointedOn: input.appointedOn,
    active: input.active,
    note: input.note,
    ...phone,
  };
}

export async function createAdvisor(ctx: Ctx, body: AdvisorBody): Promise<AdvisorView> {
  requirePermission(ctx.principal, 'advisors.write');
  const values = columnsOf(ctx, body);
  await checkVillage(ctx, values.divisionCode);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertAdvisor(tx, { ...values, createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'advisors.create', entityType: 'advisor', entityId: row.id, divisionCode: row.divisionCode, after: auditAdvisorOf(row) });
    return row.id;
  });
  return getAdvisor(ctx, id);
}

export async function updateAdvisor(ctx: Ctx, id: string, body: AdvisorBody): Promise<AdvisorView> {
  requirePermission(ctx.principal, 'advisors.write');
  const values = columnsOf(ctx, body);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockAdvisor(tx, ctx.principal.scope, id);
    if (!before) throw commonErrors.NOT_FOUND();
    if (values.divisionCode !== before.divisionCode) await checkVillage(ctx, values.divisionCode);
    const after = await repo.updateAdvisor(tx, id, values);
    await recordAudit(tx, ctx.actor, { action: 'advisors.update', entityType: 'advisor', entityId: id, divisionCode: after.divisionCode, before: auditAdvisorOf(before), after: auditAdvisorOf(after) });
  });
  return getAdvisor(ctx, id);
}

/** Only an advisor entered by mistake goes: once briefed, the record stays and he is marked inactive. */
export async function deleteAdvisor(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'advisors.write');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockAdvisor(tx, ctx.principal.scope, id);
    if (!before) throw commonErrors.NOT_FOUND();
    if ((await repo.countBriefings(tx, id)) > 0) throw advisorErrors.ADVISOR_HAS_BRIEFINGS();
    await repo.deleteAdvisor(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'advisors.delete', entityType: 'advisor', entityId: id, divisionCode: before.divisionCode, before: auditAdvisorOf(before) });
  });
}

/** The clear phone, for whoever sends the briefings; the reason is kept in the audit log. */
export async function revealPhone(ctx: Ctx, id: string, body: RevealBody): Promise<{ value: string }> {
  requirePermission(ctx.principal, 'advisors.brief');
  const row = await repo.findAdvisorInScope(ctx.db, ctx.principal.scope, id);
  if (!row || !row.phoneCipher) throw commonErrors.NOT_FOUND();
  const value = ctx.deps.cipher.decrypt(row.phoneCipher);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'advisors.reveal',
    entityType: 'advisor',
    entityId: row.id,
    divisionCode: row.divisionCode,
    reason: body.reason,
    after: { field: 'phone' },
  });
  return { value };
}

export async function listAdvisorSupports(ctx: Ctx, id: string): Promise<SupportView[]> {
  requirePermission(ctx.principal, 'advisors.read');
  const advisor = await repo.findAdvisorInScope(ctx.db, ctx.principal.scope, id);
  if (!advisor) throw commonErrors.NOT_FOUND();
  return presentSupports(ctx.db, await repo.supportsOf(ctx.db, id));
}

export async function addSupport(ctx: Ctx, id: string, body: SupportBody): Promise<SupportView> {
  requirePermission(ctx.principal, 'advisors.write');
  const input = supportBody.parse(body);
  failOn(input.givenOn > chinaToday() ? [{ path: 'givenOn', message: '日期不能晚于今天' }] : []);
  if (input.projectId && !(await findProjectInScope(ctx.db, ctx.principal.scope, input.projectId))) {
    failOn([{ path: 'projectId', message: '没有这个项目，或不在您的管辖范围内' }]);
  }
  const supportId = await ctx.db.transaction(async (tx) => {
    const advisor = await repo.lockAdvisor(tx, ctx.principal.scope, id);
    if (!advisor) throw commonErrors.NOT_FOUND();
    const row = await repo.insertSupport(tx, {
      advisorId: id,
      divisionCode: advisor.divisionCode,
      kind: input.kind,
      value: input.value ?? null,
      quantity: input.quantity ?? null,
      unit: input.unit || null,
      givenOn: input.givenOn,
      description: input.description,
      projectId: input.projectId ?? null,
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'advisors.support', entityType: 'advisor', entityId: id, divisionCode: advisor.divisionCode, after: row });
    return row.id;
  });
  const [view] = await presentSupports(ctx.db, [(await repo.findSupportRow(ctx.db, supportId))!]);
  return view!;
}

export async function listSupports(ctx: Ctx, query: SupportListQuery): Promise<SupportList> {
  requirePermission(ctx.principal, 'advisors.read');
  const scope = ctx.principal.scope;
  const [rows, kinds] = await Promise.all([
    repo.readSupports(ctx.db, scope, query, { limit: query.pageSize, offset: offsetOf(query) }),
    repo.supportTotalsByKind(ctx.db, scope, query),
  ]);
  const byKind = kinds.map((k) => ({ kind: k.kind, count: Number(k.count), value: centsToMoney(toCents(k.value)) })).sort((a, b) => a.kind.localeCompare(b.kind));
  const total = byKind.reduce((n, k) => n + k.count, 0);
  return {
    items: await presentSupports(ctx.db, rows),
    total,
    totals: { count: total, value: centsToMoney(sumCents(byKind.map((k) => toCents(k.value)))), byKind },
  };
}
