import type { Ctx } from '../../platform/http/context.ts';
import type { Executor, Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import { advanceWorkflow, findWorkflow, presentWorkflow, startWorkflow } from '../../platform/workflow/workflow.ts';
import type {
  NominationActionBody,
  NominationCreateBody,
  NominationListItem,
  NominationListQuery,
  NominationView,
  ReplaceBody,
  Vetting,
} from '../../../contracts/selection.ts';
import { teamRoleLabels, type TeamRoleCode } from '../../../contracts/teams.ts';
import { findCadreInScope, findCadresByIds, presentCadreBriefs, recordCadrePlace, type CadreRow } from '../cadres/index.ts';
import { divisionNames } from '../divisions/index.ts';
import { findActiveTeamOfCadre, moveCadreForSelection } from '../teams/index.ts';
import * as repo from './selection.repository.ts';
import { mayNominate, mayReplace } from './selection.policy.ts';
import { checkActionFields, mayNominateOn, slotStatusFor } from './selection.rules.ts';
import { selectionErrors } from './selection.errors.ts';
import { selectionWorkflow } from './selection.workflow.ts';
import { presentNominations } from './selection.present.ts';
import { failOn } from './selection-slots.service.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

/** Today in China, where every date of the domain is kept. */
export function chinaToday(now = new Date()): string {
  return beijingDay(now);
}

export async function listNominations(ctx: Ctx, query: NominationListQuery): Promise<ListResult<NominationListItem>> {
  requirePermission(ctx.principal, 'selection.read');
  const result = await repo.listNominations(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentNominations(ctx.db, result.items), total: result.total };
}

async function presentNomination(ctx: Ctx, executor: Executor, row: repo.NominationRow): Promise<NominationView> {
  const [item] = await presentNominations(executor, [row]);
  const [slot] = await repo.findSlotsByIds(executor, [row.slotId]);
  const [cadre] = await findCadresByIds(executor, [row.cadreId]);
  const instance = await findWorkflow(executor, selectionWorkflow.kind, row.id);
  const replacedById = (await repo.replacementsOf(executor, [row.id])).get(row.id) ?? null;
  const teamNames = slot?.teamId ? await repo.teamNames(executor, [slot.teamId]) : new Map<string, string>();
  return {
    ...item!,
    cadre: cadre ? presentCadreBriefs([cadre])[0]! : null,
    cadreSpecialities: (cadre?.specialities ?? []) as NominationView['cadreSpecialities'],
    vetting: (row.vetting as Vetting | null) ?? null,
    needs: slot?.needs ?? null,
    teamId: slot?.teamId ?? null,
    teamName: slot?.teamId ? (teamNames.get(slot.teamId) ?? null) : null,
    replacedById,
    workflow: instance ? await presentWorkflow(executor, ctx.principal, ctx.locale, selectionWorkflow, instance) : null,
    abilities: { replace: slot ? mayReplace(ctx.principal, slot, row, replacedById !== null) : false },
  };
}

export async function getNomination(ctx: Ctx, id: string): Promise<NominationView> {
  requirePermission(ctx.principal, 'selection.read');
  const row = await repo.findNominationInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentNomination(ctx, ctx.db, row);
}

/** One candidate at a time: not one already nominated elsewhere or serving in a team. */
async function checkCadreFree(tx: Tx, cadreId: string): Promise<void> {
  if ((await repo.activeNominationOf(tx, cadreId)) || (await findActiveTeamOfCadre(tx, cadreId))) {
    throw selectionErrors.SELECTION_CADRE_BUSY([{ path: 'cadreId', message: '该干部已被推荐到其他岗位或正在驻村' }]);
  }
}

/** Puts a candidate on an open slot and starts his vetting; a slot reopened by a recall records whom he replaces. */
async function openNomination(ctx: Ctx, tx: Tx, slot: repo.SlotRow, cadre: CadreRow, comment: string | null, replacesId: string | null): Promise<string> {
  await checkCadreFree(tx, cadre.id);
  await recordCadrePlace(tx, cadre.id, slot.divisionCode);
  const nomination = await repo.insertNomination(tx, {
    slotId: slot.id,
    cadreId: cadre.id,
    unitId: slot.unitId,
    divisionCode: slot.divisionCode,
    state: 'nominated',
    replacesId,
  });
  const village = (await divisionNames(tx, [slot.divisionCode])).get(slot.divisionCode) ?? slot.divisionCode;
  const role = teamRoleLabels[slot.role as TeamRoleCode]?.zh ?? slot.role;
  const instance = await startWorkflow(tx, ctx, selectionWorkflow, {
    subjectId: nomination.id,
    title: `${replacesId ? '重派人选' : '推荐人选'}审核：${cadre.name} → ${village}（${role}）`,
    divisionCode: slot.divisionCode,
    unitId: slot.unitId,
    assignee: { role: 'county_org' },
    link: `/selection/nominations/${nomination.id}`,
    comment,
  });
  const after = await repo.updateNomination(tx, nomination.id, { workflowId: instance.id });
  await repo.updateSlot(tx, slot.id, { status: 'nominated' });
  await recordAudit(tx, ctx.actor, {
    action: replacesId ? 'selection.nominations.replace' : 'selection.nominations.create',
    entityType: 'selection_nomination',
    entityId: nomination.id,
    divisionCode: slot.divisionCode,
    reason: comment,
    after,
  });
  return nomination.id;
}

/** The asked unit nominates one of its own cadres for an open slot (again after a rejection: 不符重报). */
export async function nominate(ctx: Ctx, slotId: string, body: NominationCreateBody): Promise<NominationView> {
  requirePermission(ctx.principal, 'selection.nominate');
  const id = await ctx.db.transaction(async (tx) => {
    await repo.lockSlot(tx, slotId);
    const slot = await repo.findSlotInScope(tx, ctx.principal.scope, slotId);
    if (!slot) throw commonErrors.NOT_FOUND();
    if (ctx.principal.scope.unitId !== slot.unitId) throw commonErrors.FORBIDDEN();
    if (!mayNominate(ctx.principal, slot)) throw selectionErrors.SELECTION_SLOT_NOT_OPEN();
    const cadre = await findCadreInScope(tx, ctx.principal.scope, body.cadreId);
    if (!cadre || cadre.unitId !== slot.unitId) failOn([{ path: 'cadreId', message: '只能推荐本单位的干部' }]);
    const recalled = await repo.unreplacedRecallOf(tx, slot.id);
    return openNomination(ctx, tx, slot, cadre!, body.comment, recalled?.id ?? null);
  });
  return getNomination(ctx, id);
}

/** 重派: the county names the recalled cadre's successor from the same unit; another clerk vets him. */
export async function replaceNomination(ctx: Ctx, id: string, body: ReplaceBody): Promise<NominationView> {
  requirePermission(ctx.principal, 'selection.manage');
  const newId = await ctx.db.transaction(async (tx) => {
    const recalled = await repo.findNominationInScope(tx, ctx.principal.scope, id);
    if (!recalled) throw commonErrors.NOT_FOUND();
    await repo.lockSlot(tx, recalled.slotId);
    const [slot] = await repo.findSlotsByIds(tx, [recalled.slotId]);
    if (recalled.state !== 'recalled') throw selectionErrors.SELECTION_NOT_RECALLED();
    if ((await repo.replacementsOf(tx, [id])).has(id)) throw selectionErrors.SELECTION_ALREADY_REPLACED();
    if (!mayReplace(ctx.principal, slot!, recalled, false)) {
      if (!mayNominateOn(slot!.status)) throw selectionErrors.SELECTION_SLOT_NOT_OPEN();
      throw commonErrors.FORBIDDEN();
    }
    const [cadre] = await findCadresByIds(tx, [body.cadreId]);
    if (!cadre || cadre.unitId !== slot!.unitId) failOn([{ path: 'cadreId', message: '重派人选须为原派出单位的干部' }]);
    return openNomination(ctx, tx, slot!, cadre!, body.comment, id);
  });
  return getNomination(ctx, newId);
}

/** What the nomination row keeps of each step, beside the workflow's own history. */
function nominationChanges(body: NominationActionBody, today: string): Partial<repo.NewNominationRow> {
  switch (body.action) {
    case 'approve':
    case 'reject':
      return body.vetting ? { vetting: body.vetting } : {};
    case 'dispatch':
      return { effectiveDate: body.effectiveDate! };
    case 'recall':
      return { endDate: body.effectiveDate ?? today, recallReason: body.comment?.trim() || null };
    case 'end_term':
      return { endDate: body.effectiveDate ?? today };
    default:
      return {};
  }
}

/**
 * One step of the selection workflow, and what follows from it: dispatch puts the cadre into the
 * slot's team, recall and term end take him out, and the slot's status follows the nomination.
 */
export async function actOnNomination(ctx: Ctx, id: string, body: NominationActionBody): Promise<NominationView> {
  requirePermission(ctx.principal, 'selection.read');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findNominationInScope(tx, ctx.principal.scope, id);
    if (!before || !before.workflowId) throw commonErrors.NOT_FOUND();
    await repo.lockSlot(tx, before.slotId);
    const [slot] = await repo.findSlotsByIds(tx, [before.slotId]);
    failOn(checkActionFields(body, { effectiveDate: before.effectiveDate }));
    const instance = await advanceWorkflow(tx, ctx, selectionWorkflow, before.workflowId, body.action, {
      comment: body.comment,
      // In post, the nomination waits for nobody: recall and term end come when the county decides.
      ...(body.action === 'dispatch' ? { assignee: null } : {}),
    });
    const changes = nominationChanges(body, chinaToday());
    let teamMemberId: string | null = null;
    if (slot!.teamId && (body.action === 'dispatch' || body.action === 'recall' || body.action === 'end_term')) {
      const on = body.action === 'dispatch' ? changes.effectiveDate! : changes.endDate!;
      const move =
        body.action === 'dispatch'
          ? { kind: 'join' as const, teamId: slot!.teamId, cadreId: before.cadreId, role: slot!.role as TeamRoleCode, on }
          : { kind: 'leave' as const, teamId: slot!.teamId, cadreId: before.cadreId, on };
      const moved = await moveCadreForSelection(tx, move);
      failOn(moved.errors);
      teamMemberId = moved.member?.id ?? null;
    }
    const state = instance.state as repo.NominationRow['state'];
    const after = await repo.updateNomination(tx, id, { ...changes, state });
    await repo.updateSlot(tx, slot!.id, { status: slotStatusFor(state) });
    await recordAudit(tx, ctx.actor, {
      action: `selection.nominations.${body.action}`,
      entityType: 'selection_nomination',
      entityId: id,
      divisionCode: before.divisionCode,
      reason: body.comment ?? null,
      before,
      after: { ...after, teamId: slot!.teamId, teamMemberId },
    });
  });
  return getNomination(ctx, id);
}
