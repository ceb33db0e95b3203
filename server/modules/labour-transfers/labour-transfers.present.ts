import type { Executor } from '../../platform/db/client.ts';
import type { LabourListItem } from '../../../contracts/labour-transfers.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './labour-transfers.repository.ts';
import { isCurrent, provinceOf } from './labour-transfers.rules.ts';

export async function presentTransfers(executor: Executor, rows: repo.LabourRow[], today: string): Promise<LabourListItem[]> {
  const [villages, names] = await Promise.all([
    divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]),
    repo.personAndHouseholdNames(executor, rows.map((r) => r.personId), rows.map((r) => r.householdId)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    personName: names.persons.get(r.personId) ?? null,
    householdId: r.householdId,
    householderName: names.households.get(r.householdId) ?? null,
    divisionCode: r.divisionCode,
    villageName: villages.get(r.divisionCode) ?? null,
    destination: r.destination,
    province: provinceOf(r.destination),
    employer: r.employer,
    job: r.job,
    organized: r.organized,
    startedOn: r.startedOn,
    endedOn: r.endedOn,
    monthlyIncome: r.monthlyIncome,
    current: isCurrent(r, today),
    createdAt: r.createdAt.toISOString(),
  }));
}
