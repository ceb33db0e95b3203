import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import type { UnitBody, UnitListQuery, UnitView } from '../../../contracts/units.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import * as repo from './units.repository.ts';
import { mayCreateUnitAt, mayUpdateUnit } from './units.policy.ts';
import { unitErrors } from './units.errors.ts';

export async function presentUnits(ctx: Ctx, rows: repo.UnitRow[]): Promise<UnitView[]> {
  const names = await divisionNames(ctx.db, rows.map((r) => r.divisionCode));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    type: row.type,
    divisionCode: row.divisionCode,
    divisionName: names.get(row.divisionCode) ?? null,
    contactName: row.contactName,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    abilities: { update: mayUpdateUnit(ctx.principal, row) },
  }));
}

export async function listUnits(ctx: Ctx, query: UnitListQuery): Promise<ListResult<UnitView>> {
  requirePermission(ctx.principal, query.mode === 'pick' ? 'units.pick' : 'units.read');
  const result = await repo.listUnits(ctx.db, ctx.principal.scope, query);
  return { items: await presentUnits(ctx, result.items), total: result.total };
}

export async function getUnit(ctx: Ctx, unitId: string): Promise<UnitView> {
  requirePermission(ctx.principal, 'units.read');
  const row = await repo.findUnitInScope(ctx.db, ctx.principal.scope, unitId);
  if (!row) throw commonErrors.NOT_FOUND();
  return (await presentUnits(ctx, [row]))[0]!;
}

async function checkDivision(ctx: Ctx, divisionCode: string): Promise<void> {
  if (!(await findDivision(ctx.db, divisionCode))) {
    throw unitErrors.UNIT_DIVISION_UNKNOWN([{ path: 'divisionCode', message: '所在地行政区划不存在' }]);
  }
}

export async function createUnit(ctx: Ctx, body: UnitBody): Promise<UnitView> {
  requirePermission(ctx.principal, 'units.create');
  await checkDivision(ctx, body.divisionCode);
  if (!mayCreateUnitAt(ctx.principal, body.divisionCode)) {
    throw unitErrors.UNIT_DIVISION_OUT_OF_SCOPE([{ path: 'divisionCode', message: '只能在本辖区内登记单位' }]);
  }
  const row = await ctx.db.transaction(async (tx) => {
    if (await repo.findUnitByName(tx, body.name, body.divisionCode)) {
      throw unitErrors.UNIT_NAME_TAKEN([{ path: 'name', message: '同一地区已有同名单位' }]);
    }
    const created = await repo.insertUnit(tx, { ...body, ...pinyinOf(body.name) });
    await recordAudit(tx, ctx.actor, { action: 'units.create', entityType: 'unit', entityId: created.id, divisionCode: created.divisionCode, after: created });
    return created;
  });
  return (await presentUnits(ctx, [row]))[0]!;
}

export async function updateUnit(ctx: Ctx, unitId: string, body: UnitBody): Promise<UnitView> {
  requirePermission(ctx.principal, 'units.update');
  const row = await ctx.db.transaction(async (tx) => {
    const before = await repo.findUnitInScope(tx, ctx.principal.scope, unitId);
    if (!before) throw commonErrors.NOT_FOUND();
    if (!mayUpdateUnit(ctx.principal, before)) throw commonErrors.FORBIDDEN();
    if (body.divisionCode !== before.divisionCode) {
      await checkDivision(ctx, body.divisionCode);
      if (!mayCreateUnitAt(ctx.principal, body.divisionCode)) {
        throw unitErrors.UNIT_DIVISION_OUT_OF_SCOPE([{ path: 'divisionCode', message: '只能在本辖区内登记单位' }]);
      }
    }
    const clash = await repo.findUnitByName(tx, body.name, body.divisionCode);
    if (clash && clash.id !== unitId) throw unitErrors.UNIT_NAME_TAKEN([{ path: 'name', message: '同一地区已有同名单位' }]);
    const after = await repo.updateUnit(tx, unitId, { ...body, ...pinyinOf(body.name) });
    await recordAudit(tx, ctx.actor, { action: 'units.update', entityType: 'unit', entityId: unitId, divisionCode: after.divisionCode, before, after });
    return after;
  });
  return (await presentUnits(ctx, [row]))[0]!;
}
