import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { TodoItem } from '../../../contracts/todos.ts';
import type { SlotCreateBody, SlotListItem, SlotListQuery, SlotView } from '../../../contracts/selection.ts';
import { teamRoleLabels } from '../../../contracts/teams.ts';
import { findDivision, divisionNames } from '../divisions/index.ts';
import { findUnitById } from '../units/index.ts';
import { findTeamInScope } from '../teams/index.ts';
import * as repo from './selection.repository.ts';
import { mayManageSlot, mayNominate } from './selection.policy.ts';
import { checkSlotTerm } from './selection.rules.ts';
import { selectionErrors } from './selection.errors.ts';
import { presentNominations, presentSlots } from './selection.present.ts';

export function failOn(fields: FieldError[]): void {
  if (fields.length > 0) throw commonErrors.VALIDATION_FAILED(fields);
}

export async function listSlots(ctx: Ctx, query: SlotListQuery): Promise<ListResult<SlotListItem>> {
  requirePermission(ctx.principal, 'selection.read');
  const result = await repo.listSlots(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentSlots(ctx.db, result.items), total: result.total };
}

export async function presentSlot(ctx: Ctx, executor: Executor, row: repo.SlotRow): Promise<SlotView> {
  const [item] = await presentSlots(executor, [row], { paths: true });
  const nominations = await presentNominations(executor, await repo.nominationsOfSlot(executor, row.id));
  return { ...item!, nominations, abilities: { nominate: mayNominate(ctx.principal, row), manage: mayManageSlot(ctx.principal, row) } };
}

export async function getSlot(ctx: Ctx, slotId: string): Promise<SlotView> {
  requirePermission(ctx.principal, 'selection.read');
  const row = await repo.findSlotInScope(ctx.db, ctx.principal.scope, slotId);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentSlot(ctx, ctx.db, row);
}

/** The village lies in the caller's region, the unit exists (it may sit anywhere), the team is one the caller keeps. */
async function checkSlotFields(ctx: Ctx, body: SlotCreateBody): Promise<void> {
  const errors: FieldError[] = [...checkSlotTerm(body.termStart, body.termEnd, body.nominateBy)];
  const village = await findDivision(ctx.db, body.villageCode);
  if (!village || village.level !== 'village') errors.push({ path: 'villageCode', message: '请选择村级行政区划' });
  else if (!codeInScope(ctx.principal.scope, village.code)) errors.push({ path: 'villageCode', message: '村庄须在本辖区内' });
  if (!(await findUnitById(ctx.db, body.unitId))) errors.push({ path: 'unitId', message: '派出单位不存在' });
  if (body.teamId) {
    const team = await findTeamInScope(ctx.db, ctx.principal.scope, body.teamId);
    if (!team || team.status === 'ended') errors.push({ path: 'teamId', message: '工作队不存在、已结束或不在管辖范围内' });
    else if (!(await repo.teamServesVillage(ctx.db, team.id, body.villageCode))) errors.push({ path: 'teamId', message: '所选工作队不驻该村' });
  }
  failOn(errors);
}

export async function createSlot(ctx: Ctx, body: SlotCreateBody): Promise<SlotView> {
  requirePermission(ctx.principal, 'selection.manage');
  await checkSlotFields(ctx, body);
  const slotId = await ctx.db.transaction(async (tx) => {
    const slot = await repo.insertSlot(tx, {
      divisionCode: body.villageCode,
      unitId: body.unitId,
      teamId: body.teamId ?? null,
      role: body.role,
      needs: body.needs,
      nominateBy: body.nominateBy ?? null,
      termStart: body.termStart ?? null,
      termEnd: body.termEnd ?? null,
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'selection.slots.create', entityType: 'selection_slot', entityId: slot.id, divisionCode: slot.divisionCode, after: slot });
    return slot.id;
  });
  return getSlot(ctx, slotId);
}

/** The county withdraws its request (the post is no longer needed); not while a candidate is on it. */
export async function closeSlot(ctx: Ctx, slotId: string): Promise<SlotView> {
  requirePermission(ctx.principal, 'selection.manage');
  await ctx.db.transaction(async (tx) => {
    await repo.lockSlot(tx, slotId);
    const slot = await repo.findSlotInScope(tx, ctx.principal.scope, slotId);
    if (!slot) throw commonErrors.NOT_FOUND();
    if (!mayManageSlot(ctx.principal, slot)) throw commonErrors.FORBIDDEN();
    if (slot.status !== 'open') throw selectionErrors.SELECTION_SLOT_BUSY();
    const after = await repo.updateSlot(tx, slotId, { status: 'closed' });
    await recordAudit(tx, ctx.actor, { action: 'selection.slots.close', entityType: 'selection_slot', entityId: slotId, divisionCode: slot.divisionCode, before: slot, after });
  });
  return getSlot(ctx, slotId);
}

/** A unit's party committee sees the open slots asked of it until it nominates someone. */
export async function slotTodos(ctx: Ctx): Promise<TodoItem[]> {
  const unitId = ctx.principal.scope.unitId;
  if (!unitId || !can(ctx.principal, 'selection.nominate')) return [];
  const rows = await repo.openSlotsOfUnit(ctx.db, unitId);
  const names = await divisionNames(ctx.db, rows.map((r) => r.divisionCode));
  const today = new Date().toISOString().slice(0, 10);
  return rows.map((r) => ({
    key: `selection-slot:${r.id}`,
    kind: 'selection_slot',
    title: `请推荐驻村人选：${names.get(r.divisionCode) ?? r.divisionCode}（${teamRoleLabels[r.role as keyof typeof teamRoleLabels]?.zh ?? r.role}）`,
    link: `/selection/slots/${r.id}`,
    menuPath: '/selection',
    since: r.updatedAt.toISOString(),
    dueAt: r.nominateBy ? `${r.nominateBy}T23:59:59+08:00` : null,
    overdue: r.nominateBy !== null && r.nominateBy < today,
  }));
}
