import type { Executor } from '../../platform/db/client.ts';
import { findWorkflows, stepsOf } from '../../platform/workflow/workflow.ts';
import type { NominationListItem, SlotListItem } from '../../../contracts/selection.ts';
import type { TeamRoleCode } from '../../../contracts/teams.ts';
import { divisionNames, divisionPaths } from '../divisions/index.ts';
import { findCadresByIds } from '../cadres/index.ts';
import * as repo from './selection.repository.ts';
import { selectionWorkflow } from './selection.workflow.ts';

export async function presentSlots(executor: Executor, rows: repo.SlotRow[], options: { paths?: boolean } = {}): Promise<SlotListItem[]> {
  const codes = rows.map((r) => r.divisionCode);
  const names = await divisionNames(executor, codes);
  const paths = options.paths ? await divisionPaths(executor, codes) : new Map<string, string>();
  const unitNames = await repo.unitNames(executor, rows.map((r) => r.unitId));
  const teamNames = await repo.teamNames(executor, rows.flatMap((r) => (r.teamId ? [r.teamId] : [])));
  return rows.map((r) => ({
    id: r.id,
    divisionCode: r.divisionCode,
    villageName: names.get(r.divisionCode) ?? null,
    villagePath: paths.get(r.divisionCode) ?? null,
    unitId: r.unitId,
    unitName: unitNames.get(r.unitId) ?? null,
    teamId: r.teamId,
    teamName: r.teamId ? (teamNames.get(r.teamId) ?? null) : null,
    role: r.role as TeamRoleCode,
    needs: r.needs,
    status: r.status,
    nominateBy: r.nominateBy,
    termStart: r.termStart,
    termEnd: r.termEnd,
    createdAt: r.createdAt.toISOString(),
  }));
}

const closingActions = new Set(['reject', 'withdraw', 'recall']);

/** Why each nomination was sent back, withdrawn or recalled: the comment of that step. */
async function closingReasons(executor: Executor, rows: repo.NominationRow[]): Promise<Map<string, string | null>> {
  const closed = rows.filter((r) => r.state === 'rejected' || r.state === 'withdrawn' || r.state === 'recalled');
  const instances = await findWorkflows(executor, selectionWorkflow.kind, closed.map((r) => r.id));
  const steps = await stepsOf(executor, instances.map((i) => i.id));
  const reasons = new Map<string, string | null>();
  for (const instance of instances) {
    const step = steps.filter((s) => s.instanceId === instance.id && closingActions.has(s.action)).at(-1);
    reasons.set(instance.subjectId, step?.comment ?? null);
  }
  return reasons;
}

export async function presentNominations(executor: Executor, rows: repo.NominationRow[]): Promise<NominationListItem[]> {
  const slots = new Map((await repo.findSlotsByIds(executor, rows.map((r) => r.slotId))).map((s) => [s.id, s]));
  const cadres = new Map((await findCadresByIds(executor, rows.map((r) => r.cadreId))).map((c) => [c.id, c]));
  const names = await divisionNames(executor, rows.map((r) => r.divisionCode));
  const unitNames = await repo.unitNames(executor, rows.map((r) => r.unitId));
  const reasons = await closingReasons(executor, rows);
  return rows.map((r) => ({
    id: r.id,
    slotId: r.slotId,
    cadreId: r.cadreId,
    cadreName: cadres.get(r.cadreId)?.name ?? null,
    unitId: r.unitId,
    unitName: unitNames.get(r.unitId) ?? null,
    divisionCode: r.divisionCode,
    villageName: names.get(r.divisionCode) ?? null,
    role: (slots.get(r.slotId)?.role ?? 'member') as TeamRoleCode,
    state: r.state,
    effectiveDate: r.effectiveDate,
    endDate: r.endDate,
    reason: r.recallReason ?? reasons.get(r.id) ?? null,
    replacesId: r.replacesId,
    createdAt: r.createdAt.toISOString(),
  }));
}
