import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import type { SlotStatusCode } from '../../../contracts/selection.ts';

export const selectionPermissions = ['selection.read', 'selection.manage', 'selection.nominate', 'selection.export'] as const;

type SlotLike = { divisionCode: string; unitId: string; status: SlotStatusCode };

/** The county (or city) that governs the village keeps the slot; the asked unit only nominates. */
export function mayManageSlot(principal: Principal, slot: { divisionCode: string }): boolean {
  return can(principal, 'selection.manage') && codeInScope(principal.scope, slot.divisionCode);
}

/** The party committee of the asked unit, while the slot waits for a candidate. */
export function mayNominate(principal: Principal, slot: SlotLike): boolean {
  return can(principal, 'selection.nominate') && principal.scope.unitId === slot.unitId && slot.status === 'open';
}

/** 重派: the county names the recalled cadre's successor itself, once, while the slot is open. */
export function mayReplace(principal: Principal, slot: SlotLike, nomination: { state: string }, alreadyReplaced: boolean): boolean {
  return mayManageSlot(principal, slot) && nomination.state === 'recalled' && !alreadyReplaced && slot.status === 'open';
}
