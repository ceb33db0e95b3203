import type { Ctx } from '../../platform/http/context.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { AssetCheckBody, AssetCreateBody, AssetListItem, AssetListQuery, AssetUpdateBody, AssetView } from '../../../contracts/assets.ts';
import { findDivision } from '../divisions/index.ts';
import * as repo from './assets.repository.ts';
import { assetErrors } from './assets.errors.ts';
import { presentAssets, presentCheck } from './assets.present.ts';
import { latestCondition, notInFuture, todayInBeijing, type FieldError } from './assets.rules.ts';

function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
}

export async function listAssets(ctx: Ctx, query: AssetListQuery): Promise<ListResult<AssetListItem>> {
  requirePermission(ctx.principal, 'assets.read');
  const result = await repo.listAssets(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentAssets(ctx.db, result.items), total: result.total };
}

export async function getAsset(ctx: Ctx, id: string): Promise<AssetView> {
  requirePermission(ctx.principal, 'assets.read');
  const row = await repo.findAssetInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [[item], checks] = await Promise.all([presentAssets(ctx.db, [row]), repo.checksOf(ctx.db, id)]);
  return { ...item!, checks: checks.map(presentCheck), abilities: { update: can(ctx.principal, 'assets.write') } };
}

/** The village must be one the account keeps; the project, if named, one it can see (else 404, like any record out of reach). */
async function placeOf(ctx: Ctx, body: AssetUpdateBody): Promise<void> {
  const village = codeInScope(ctx.principal.scope, body.divisionCode) ? await findDivision(ctx.db, body.divisionCode) : undefined;
  if (village?.level !== 'village') throw assetErrors.NOT_A_VILLAGE([{ path: 'divisionCode', message: '请选择本辖区内的村' }]);
  if (body.projectId && !(await repo.findProjectInScope(ctx.db, ctx.principal.scope, body.projectId))) throw commonErrors.NOT_FOUND();
}

function fieldsOf(body: AssetUpdateBody) {
  return {
    projectId: body.projectId ?? null,
    divisionCode: body.divisionCode,
    name: body.name,
    kind: body.kind,
    owner: body.owner,
    maintainer: body.maintainer,
    value: body.value,
    quantity: body.quantity || null,
    handedOverOn: body.handedOverOn,
  };
}

export async function createAsset(ctx: Ctx, body: AssetCreateBody): Promise<AssetView> {
  requirePermission(ctx.principal, 'assets.write');
  failOn(notInFuture('handedOverOn', body.handedOverOn, todayInBeijing()));
  await placeOf(ctx, body);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertAsset(tx, { ...fieldsOf(body), condition: body.condition, createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'assets.create', entityType: 'asset', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getAsset(ctx, id);
}

export async function updateAsset(ctx: Ctx, id: string, body: AssetUpdateBody): Promise<AssetView> {
  requirePermission(ctx.principal, 'assets.write');
  failOn(notInFuture('handedOverOn', body.handedOverOn, todayInBeijing()));
  if (!(await repo.findAssetInScope(ctx.db, ctx.principal.scope, id))) throw commonErrors.NOT_FOUND();
  await placeOf(ctx, body);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findAssetInScope(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    const after = await repo.updateAsset(tx, id, fieldsOf(body));
    await recordAudit(tx, ctx.actor, { action: 'assets.update', entityType: 'asset', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getAsset(ctx, id);
}

/** A check is kept as history; the asset then takes the condition of its latest check by date. */
export async function addCheck(ctx: Ctx, id: string, body: AssetCheckBody): Promise<AssetView> {
  requirePermission(ctx.principal, 'assets.write');
  failOn(notInFuture('checkedOn', body.checkedOn, todayInBeijing()));
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findAssetInScope(tx, ctx.principal.scope, id, true);
    if (!before) throw commonErrors.NOT_FOUND();
    const check = await repo.insertCheck(tx, { assetId: id, checkedOn: body.checkedOn, condition: body.condition, note: body.note || null, checkedBy: body.checkedBy });
    const condition = latestCondition(await repo.checksOf(tx, id)) ?? before.condition;
    if (condition !== before.condition) await repo.updateAsset(tx, id, { condition });
    await recordAudit(tx, ctx.actor, { action: 'assets.check', entityType: 'asset', entityId: id, divisionCode: before.divisionCode, after: check });
  });
  return getAsset(ctx, id);
}
