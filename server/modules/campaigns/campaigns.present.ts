import type { Executor } from '../../platform/db/client.ts';
import type { CampaignLine, CampaignTaskView, LedgerEntryView, TargetRow } from '../../../contracts/campaigns.ts';
import { divisionNames } from '../divisions/index.ts';
import { branchNames, householdNames, unitNames, type TargetRecord } from './campaigns.repository.ts';
import type { TaskRow } from './campaign-tasks.repository.ts';
import type { EntryRow } from './campaign-ledger.repository.ts';

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/** The plan's rows folded into one row per unit. */
export function presentTargets(rows: TargetRecord[]): TargetRow[] {
  const byUnit = new Map<string, TargetRow>();
  for (const r of rows) {
    const row = byUnit.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, targets: {}, note: r.note };
    row.targets[r.line as CampaignLine] = r.target;
    byUnit.set(r.unitId, row);
  }
  return [...byUnit.values()];
}

type TaskAbilities = (row: TaskRow) => CampaignTaskView['abilities'];

export async function presentTasks(executor: Executor, rows: TaskRow[], abilities: TaskAbilities): Promise<CampaignTaskView[]> {
  const [unitsById, branchesById, villages, householdsById] = await Promise.all([
    unitNames(executor, distinct(rows.map((r) => r.unitId))),
    branchNames(executor, distinct(rows.map((r) => r.branchId))),
    divisionNames(executor, distinct(rows.map((r) => r.villageCode))),
    householdNames(executor, distinct(rows.map((r) => r.householdId))),
  ]);
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: unitsById.get(r.unitId) ?? null,
    line: r.line,
    title: r.title,
    branchId: r.branchId,
    branchName: r.branchId ? (branchesById.get(r.branchId) ?? null) : null,
    villageCode: r.villageCode,
    villageName: r.villageCode ? (villages.get(r.villageCode) ?? null) : null,
    householdId: r.householdId,
    householdName: r.householdName ?? (r.householdId ? (householdsById.get(r.householdId) ?? null) : null),
    personName: r.personName,
    state: r.state,
    doneOn: r.doneOn,
    abilities: abilities(r),
  }));
}

export async function presentEntries(executor: Executor, rows: EntryRow[], mayEdit: (row: EntryRow) => boolean): Promise<LedgerEntryView[]> {
  const [unitsById, branchesById, villages, householdsById] = await Promise.all([
    unitNames(executor, distinct(rows.map((r) => r.unitId))),
    branchNames(executor, distinct(rows.map((r) => r.branchId))),
    divisionNames(executor, distinct(rows.map((r) => r.villageCode))),
    householdNames(executor, distinct(rows.map((r) => r.householdId))),
  ]);
  return rows.map((r) => ({
    id: r.id,
    taskId: r.taskId,
    line: r.line,
    unitId: r.unitId,
    unitName: unitsById.get(r.unitId) ?? null,
    branchId: r.branchId ?? '',
    branchName: r.branchId ? (branchesById.get(r.branchId) ?? null) : null,
    personName: r.personName,
    cadreId: r.cadreId,
    villageCode: r.villageCode,
    villageName: villages.get(r.villageCode) ?? null,
    householdId: r.householdId,
    householdName: r.householdName ?? (r.householdId ? (householdsById.get(r.householdId) ?? null) : null),
    happenedOn: r.happenedOn,
    description: r.description,
    personTimes: r.personTimes,
    problemsSolved: r.problemsSolved,
    policyItems: r.policyItems,
    technicalServices: r.technicalServices,
    ideas: r.ideas,
    projects: r.projects,
    funds: r.funds,
    mayEdit: mayEdit(r),
  }));
}
