import type { Ctx } from '../../platform/http/context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type {
  CoreFarmerBody,
  CoreFarmerListQuery,
  CoreFarmerPatch,
  CoreFarmerView,
  DemoHouseholdBody,
  DemoHouseholdListQuery,
  DemoHouseholdPatch,
  DemoHouseholdView,
  PioneerPostBody,
  PioneerPostListQuery,
  PioneerPostPatch,
  PioneerPostView,
} from '../../../contracts/industry.ts';
import * as repo from './industry.repository.ts';
import { presentCoreFarmers, presentDemoHouseholds, presentPioneerPosts } from './industry.present.ts';
import { notInFuture, todayInChina } from './industry.rules.ts';
import { failOn, merged, requireCadre, requireHouseholdOf, requireVillage } from './industry.checks.ts';
import { industryErrors } from './industry.errors.ts';

// ---- 帮扶示范户 ----

export async function listDemoHouseholds(ctx: Ctx, query: DemoHouseholdListQuery): Promise<ListResult<DemoHouseholdView>> {
  requirePermission(ctx.principal, 'industry.read');
  const result = await repo.listDemoHouseholds(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentDemoHouseholds(ctx.db, result.items), total: result.total };
}

export async function getDemoHousehold(ctx: Ctx, id: string): Promise<DemoHouseholdView> {
  requirePermission(ctx.principal, 'industry.read');
  const row = await repo.findDemoHousehold(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentDemoHouseholds(ctx.db, [row]);
  return view!;
}

function demoHouseholdBodyOf(row: repo.DemoHouseholdRow): DemoHouseholdBody {
  const { divisionCode, householdId, cadreId, product, scale, since, yearlyIncome, householdsDriven, note } = row;
  return { divisionCode, householdId, cadreId, product, scale, since, yearlyIncome, householdsDriven, note };
}

async function checkDemoHousehold(ctx: Ctx, body: DemoHouseholdBody): Promise<void> {
  failOn(notInFuture('since', body.since, todayInChina()));
  await requireVillage(ctx, body.divisionCode);
  await requireHouseholdOf(ctx, body.householdId, body.divisionCode, 'householdId');
  await requireCadre(ctx, body.cadreId);
}

function demoHouseholdFields(body: DemoHouseholdBody) {
  return {
    divisionCode: body.divisionCode,
    householdId: body.householdId,
    cadreId: body.cadreId,
    product: body.product,
    scale: body.scale ?? null,
    since: body.since,
    yearlyIncome: body.yearlyIncome ?? null,
    householdsDriven: body.householdsDriven,
    note: body.note ?? null,
  };
}

/** One cadre, one household, one record: checked under the cadre's lock, so two at once cannot both pass. */
async function guardPair(tx: Tx, body: DemoHouseholdBody, self: string | null): Promise<void> {
  await repo.lockCadreDemoHouseholds(tx, body.cadreId);
  const existing = await repo.findDemoHouseholdPair(tx, body.cadreId, body.householdId);
  if (existing && existing.id !== self) throw industryErrors.DEMO_HOUSEHOLD_TAKEN([{ path: 'householdId', message: '该干部已把这户登记为帮扶示范户' }]);
}

export async function createDemoHousehold(ctx: Ctx, body: DemoHouseholdBody): Promise<DemoHouseholdView> {
  requirePermission(ctx.principal, 'industry.write');
  await checkDemoHousehold(ctx, body);
  const id = await ctx.db.transaction(async (tx) => {
    await guardPair(tx, body, null);
    const row = await repo.insertDemoHousehold(tx, { ...demoHouseholdFields(body), createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'industry.demo-household.create', entityType: 'demo_household', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getDemoHousehold(ctx, id);
}

export async function updateDemoHousehold(ctx: Ctx, id: string, patch: DemoHouseholdPatch): Promise<DemoHouseholdView> {
  requirePermission(ctx.principal, 'industry.write');
  const current = await repo.findDemoHousehold(ctx.db, ctx.principal.scope, id);
  if (!current) throw commonErrors.NOT_FOUND();
  const body = merged(demoHouseholdBodyOf(current), patch);
  await checkDemoHousehold(ctx, body);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findDemoHousehold(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    await guardPair(tx, body, id);
    const after = await repo.updateDemoHousehold(tx, id, demoHouseholdFields(body));
    await recordAudit(tx, ctx.actor, { action: 'industry.demo-household.update', entityType: 'demo_household', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getDemoHousehold(ctx, id);
}

export async function deleteDemoHousehold(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'industry.write');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findDemoHousehold(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    await repo.deleteDemoHousehold(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'industry.demo-household.delete', entityType: 'demo_household', entityId: id, divisionCode: before.divisionCode, before });
  });
}

// ---- 先锋示范岗 ----

export async function listPioneerPosts(ctx: Ctx, query: PioneerPostListQuery): Promise<ListResult<PioneerPostView>> {
  requirePermission(ctx.principal, 'industry.read');
  const result = await repo.listPioneerPosts(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentPioneerPosts(ctx.db, result.items), total: result.total };
}

export async function getPioneerPost(ctx: Ctx, id: string): Promise<PioneerPostView> {
  requirePermission(ctx.principal, 'industry.read');
  const row = await repo.findPioneerPost(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentPioneerPosts(ctx.db, [row]);
  return view!;
}

function pioneerPostBodyOf(row: repo.PioneerPostRow): PioneerPostBody {
  const { divisionCode, name, holderCadreId, holderName, duty, establishedOn } = row;
  return { divisionCode, name, holderCadreId, holderName, duty, establishedOn };
}

async function checkPioneerPost(ctx: Ctx, body: PioneerPostBody): Promise<void> {
  failOn(notInFuture('establishedOn', body.establishedOn, todayInChina()));
  await requireVillage(ctx, body.divisionCode);
  if (body.holderCadreId) await requireCadre(ctx, body.holderCadreId);
}

function pioneerPostFields(body: PioneerPostBody) {
  return {
    divisionCode: body.divisionCode,
    name: body.name,
    holderCadreId: body.holderCadreId ?? null,
    holderName: body.holderName,
    duty: body.duty,
    establishedOn: body.establishedOn,
  };
}

export async function createPioneerPost(ctx: Ctx, body: PioneerPostBody): Promise<PioneerPostView> {
  requirePermission(ctx.principal, 'industry.write');
  await checkPioneerPost(ctx, body);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertPioneerPost(tx, { ...pioneerPostFields(body), createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'industry.pioneer-post.create', entityType: 'pioneer_post', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getPioneerPost(ctx, id);
}

export async function updatePioneerPost(ctx: Ctx, id: string, patch: PioneerPostPatch): Promise<PioneerPostView> {
  requirePermission(ctx.principal, 'industry.write');
  const current = await repo.findPioneerPost(ctx.db, ctx.principal.scope, id);
  if (!current) throw commonErrors.NOT_FOUND();
  const body = merged(pioneerPostBodyOf(current), patch);
  await checkPioneerPost(ctx, body);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findPioneerPost(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    const after = await repo.updatePioneerPost(tx, id, pioneerPostFields(body));
    await recordAudit(tx, ctx.actor, { action: 'industry.pioneer-post.update', entityType: 'pioneer_post', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getPioneerPost(ctx, id);
}

export async function deletePioneerPost(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'industry.write');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findPioneerPost(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    await repo.deletePioneerPost(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'industry.pioneer-post.delete', entityType: 'pioneer_post', entityId: id, divisionCode: before.divisionCode, before });
  });
}

// ---- 特色产业骨干农户 ----

export async function listCoreFarmers(ctx: Ctx, query: CoreFarmerListQuery): Promise<ListResult<CoreFarmerView>> {
  requirePermission(ctx.principal, 'industry.read');
  const result = await repo.listCoreFarmers(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentCoreFarmers(ctx.db, result.items), total: result.total };
}

export async function getCoreFarmer(ctx: Ctx, id: string): Promise<CoreFarmerView> {
  requirePermission(ctx.principal, 'industry.read');
  const row = await repo.findCoreFarmer(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentCoreFarmers(ctx.db, [row]);
  return view!;
}

function coreFarmerBodyOf(row: repo.CoreFarmerRow): CoreFarmerBody {
  const { divisionCode, name, householdId, skill, trainedOn, trainingHours, trainer } = row;
  return { divisionCode, name, householdId, skill, trainedOn, trainingHours, trainer };
}

async function checkCoreFarmer(ctx: Ctx, body: CoreFarmerBody): Promise<void> {
  failOn(notInFuture('trainedOn', body.trainedOn, todayInChina()));
  await requireVillage(ctx, body.divisionCode);
  if (body.householdId) await requireHouseholdOf(ctx, body.householdId, body.divisionCode, 'householdId');
}

function coreFarmerFields(body: CoreFarmerBody) {
  return {
    divisionCode: body.divisionCode,
    name: body.name,
    householdId: body.householdId ?? null,
    skill: body.skill,
    trainedOn: body.trainedOn,
    trainingHours: body.trainingHours ?? null,
    trainer: body.trainer ?? null,
  };
}

export async function createCoreFarmer(ctx: Ctx, body: CoreFarmerBody): Promise<CoreFarmerView> {
  requirePermission(ctx.principal, 'industry.write');
  await checkCoreFarmer(ctx, body);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertCoreFarmer(tx, { ...coreFarmerFields(body), createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'industry.core-farmer.create', entityType: 'core_farmer', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getCoreFarmer(ctx, id);
}

export async function updateCoreFarmer(ctx: Ctx, id: string, patch: CoreFarmerPatch): Promise<CoreFarmerView> {
  requirePermission(ctx.principal, 'industry.write');
  const current = await repo.findCoreFarmer(ctx.db, ctx.principal.scope, id);
  if (!current) throw commonErrors.NOT_FOUND();
  const body = merged(coreFarmerBodyOf(current), patch);
  await checkCoreFarmer(ctx, body);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findCoreFarmer(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    const after = await repo.updateCoreFarmer(tx, id, coreFarmerFields(body));
    await recordAudit(tx, ctx.actor, { action: 'industry.core-farmer.update', entityType: 'core_farmer', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getCoreFarmer(ctx, id);
}

export async function deleteCoreFarmer(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'industry.write');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findCoreFarmer(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    await repo.deleteCoreFarmer(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'industry.core-farmer.delete', entityType: 'core_farmer', entityId: id, divisionCode: before.divisionCode, before });
  });
}
