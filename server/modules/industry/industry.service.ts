import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type {
  CooperativeBody,
  CooperativeListQuery,
  CooperativePatch,
  CooperativeView,
  DemoBaseBody,
  DemoBaseListQuery,
  DemoBasePatch,
  DemoBaseView,
} from '../../../contracts/industry.ts';
import * as repo from './industry.repository.ts';
import { findServiceRequestInScope } from './industry-summary.repository.ts';
import { presentCooperatives, presentDemoBases } from './industry.present.ts';
import { cooperativeProblems, demoBaseProblems, isPartyMember, todayInChina } from './industry.rules.ts';
import { failOn, merged, requireCadre, requireVillage } from './industry.checks.ts';
import { industryErrors } from './industry.errors.ts';

// ---- 特色产业合作社 ----

export async function listCooperatives(ctx: Ctx, query: CooperativeListQuery): Promise<ListResult<CooperativeView>> {
  requirePermission(ctx.principal, 'industry.read');
  const result = await repo.listCooperatives(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentCooperatives(ctx.db, result.items), total: result.total };
}

export async function getCooperative(ctx: Ctx, id: string): Promise<CooperativeView> {
  requirePermission(ctx.principal, 'industry.read');
  const row = await repo.findCooperative(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentCooperatives(ctx.db, [row]);
  return view!;
}

function cooperativeBodyOf(row: repo.CooperativeRow): CooperativeBody {
  const { divisionCode, name, product, registeredOn, leaderName, leaderTrainedOn, memberHouseholds, poorHouseholds, peopleEmployed, serviceRequestId, note } = row;
  return { divisionCode, name, product, registeredOn, leaderName, leaderTrainedOn, memberHouseholds, poorHouseholds, peopleEmployed, serviceRequestId, note };
}

/** The 代办 request it was registered through must be one the caller sees, for this village, of the registration kind. */
async function checkCooperative(ctx: Ctx, body: CooperativeBody): Promise<void> {
  failOn(cooperativeProblems(body, todayInChina()));
  await requireVillage(ctx, body.divisionCode);
  if (!body.serviceRequestId) return;
  const request = await findServiceRequestInScope(ctx.db, ctx.principal.scope, body.serviceRequestId);
  if (!request) throw commonErrors.NOT_FOUND();
  if (request.kind !== 'cooperative_registration') failOn([{ path: 'serviceRequestId', message: '所选代办事项不是合作社登记' }]);
  if (request.divisionCode !== body.divisionCode) failOn([{ path: 'serviceRequestId', message: '所选代办事项不是本村的' }]);
}

function cooperativeFields(body: CooperativeBody) {
  return {
    divisionCode: body.divisionCode,
    name: body.name,
    product: body.product,
    registeredOn: body.registeredOn ?? null,
    leaderName: body.leaderName,
    leaderTrainedOn: body.leaderTrainedOn ?? null,
    memberHouseholds: body.memberHouseholds,
    poorHouseholds: body.poorHouseholds,
    peopleEmployed: body.peopleEmployed,
    serviceRequestId: body.serviceRequestId ?? null,
    note: body.note ?? null,
  };
}

export async function createCooperative(ctx: Ctx, body: CooperativeBody): Promise<CooperativeView> {
  requirePermission(ctx.principal, 'industry.write');
  await checkCooperative(ctx, body);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertCooperative(tx, { ...cooperativeFields(body), createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'industry.cooperative.create', entityType: 'cooperative', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getCooperative(ctx, id);
}

export async function updateCooperative(ctx: Ctx, id: string, patch: CooperativePatch): Promise<CooperativeView> {
  requirePermission(ctx.principal, 'industry.write');
  const current = await repo.findCooperative(ctx.db, ctx.principal.scope, id);
  if (!current) throw commonErrors.NOT_FOUND();
  const body = merged(cooperativeBodyOf(current), patch);
  await checkCooperative(ctx, body);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findCooperative(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    const after = await repo.updateCooperative(tx, id, cooperativeFields(body));
    await recordAudit(tx, ctx.actor, { action: 'industry.cooperative.update', entityType: 'cooperative', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getCooperative(ctx, id);
}

export async function deleteCooperative(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'industry.write');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findCooperative(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    if ((await repo.basesOfCooperative(tx, id)) > 0) throw industryErrors.COOPERATIVE_IN_USE();
    await repo.deleteCooperative(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'industry.cooperative.delete', entityType: 'cooperative', entityId: id, divisionCode: before.divisionCode, before });
  });
}

// ---- 产业示范基地、帮扶示范园 ----

export async function listDemoBases(ctx: Ctx, query: DemoBaseListQuery): Promise<ListResult<DemoBaseView>> {
  requirePermission(ctx.principal, 'industry.read');
  const result = await repo.listDemoBases(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentDemoBases(ctx.db, result.items), total: result.total };
}

export async function getDemoBase(ctx: Ctx, id: string): Promise<DemoBaseView> {
  requirePermission(ctx.principal, 'industry.read');
  const row = await repo.findDemoBase(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentDemoBases(ctx.db, [row]);
  return view!;
}

function demoBaseBodyOf(row: repo.DemoBaseRow): DemoBaseBody {
  const { divisionCode, kind, name, product, areaMu, establishedOn, responsibleCadreId, cooperativeId, householdsDriven, peopleEmployed, yearlyIncome, note } = row;
  return { divisionCode, kind, name, product, areaMu, establishedOn, responsibleCadreId, cooperativeId, householdsDriven, peopleEmployed, yearlyIncome, note };
}

async function checkDemoBase(ctx: Ctx, body: DemoBaseBody): Promise<void> {
  failOn(demoBaseProblems(body, todayInChina()));
  await requireVillage(ctx, body.divisionCode);
  if (body.responsibleCadreId) {
    const cadre = await requireCadre(ctx, body.responsibleCadreId);
    if (body.kind === 'garden' && !isPartyMember(cadre.partyStatus)) failOn([{ path: 'responsibleCadreId', message: '帮扶示范园由党员建立，该干部不是党员' }]);
  }
  if (body.cooperativeId) {
    const cooperative = await repo.findCooperative(ctx.db, ctx.principal.scope, body.cooperativeId);
    if (!cooperative) throw commonErrors.NOT_FOUND();
    if (cooperative.divisionCode !== body.divisionCode) failOn([{ path: 'cooperativeId', message: '该合作社不在所选的村' }]);
  }
}

function demoBaseFields(body: DemoBaseBody) {
  return {
    divisionCode: body.divisionCode,
    kind: body.kind,
    name: body.name,
    product: body.product,
    areaMu: body.areaMu ?? null,
    establishedOn: body.establishedOn,
    responsibleCadreId: body.responsibleCadreId ?? null,
    cooperativeId: body.cooperativeId ?? null,
    householdsDriven: body.householdsDriven,
    peopleEmployed: body.peopleEmployed,
    yearlyIncome: body.yearlyIncome ?? null,
    note: body.note ?? null,
  };
}

export async function createDemoBase(ctx: Ctx, body: DemoBaseBody): Promise<DemoBaseView> {
  requirePermission(ctx.principal, 'industry.write');
  await checkDemoBase(ctx, body);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertDemoBase(tx, { ...demoBaseFields(body), createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'industry.demo-base.create', entityType: 'demo_base', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getDemoBase(ctx, id);
}

export async function updateDemoBase(ctx: Ctx, id: string, patch: DemoBasePatch): Promise<DemoBaseView> {
  requirePermission(ctx.principal, 'industry.write');
  const current = await repo.findDemoBase(ctx.db, ctx.principal.scope, id);
  if (!current) throw commonErrors.NOT_FOUND();
  const body = merged(demoBaseBodyOf(current), patch);
  await checkDemoBase(ctx, body);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findDemoBase(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    const after = await repo.updateDemoBase(tx, id, demoBaseFields(body));
    await recordAudit(tx, ctx.actor, { action: 'industry.demo-base.update', entityType: 'demo_base', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getDemoBase(ctx, id);
}

export async function deleteDemoBase(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'industry.write');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findDemoBase(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    await repo.deleteDemoBase(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'industry.demo-base.delete', entityType: 'demo_base', entityId: id, divisionCode: before.divisionCode, before });
  });
}
