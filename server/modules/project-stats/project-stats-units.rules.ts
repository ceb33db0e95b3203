// The by-unit figures folded from the backed projects, pure so the tests pin them to the cent.
import type { OutputSum, ProjectUnitStatsRow } from '../../../contracts/project-stats.ts';
import { addMoney, mergeOutputs } from './project-stats.rules.ts';

export type UnitFoldInput = {
  links: readonly { unitId: string; projectId: string }[];
  facts: readonly { id: string; category: string; budget: string; approvedBudget: string; households: number; persons: number; allocated: string; paid: string }[];
  villages: readonly { projectId: string; divisionCode: string }[];
  outputs: readonly (OutputSum & { projectId: string })[];
  funds: readonly { unitId: string; amount: string }[];
  names: ReadonlyMap<string, string>;
  /** Units to show even without a project (the one asked for). */
  always: readonly string[];
};

/**
 * One row per unit: a project counts once for each unit backing it, so a project two units fund
 * appears under both and the rows are not to be added up. Villages and categories are distinct.
 */
export function unitRows(input: UnitFoldInput): ProjectUnitStatsRow[] {
  const facts = new Map(input.facts.map((f) => [f.id, f]));
  const villagesOf = new Map<string, string[]>();
  for (const v of input.villages) villagesOf.set(v.projectId, [...(villagesOf.get(v.projectId) ?? []), v.divisionCode]);
  const outputsOf = new Map<string, OutputSum[]>();
  for (const { projectId, ...o } of input.outputs) outputsOf.set(projectId, [...(outputsOf.get(projectId) ?? []), o]);
  const fundsOf = new Map(input.funds.map((f) => [f.unitId, f.amount]));

  const projectsOf = new Map<string, string[]>(input.always.map((id) => [id, []]));
  for (const link of input.links) {
    if (facts.has(link.projectId)) projectsOf.set(link.unitId, [...(projectsOf.get(link.unitId) ?? []), link.projectId]);
  }

  const rows = [...projectsOf.entries()].map(([unitId, ids]): ProjectUnitStatsRow => {
    const own = ids.map((id) => facts.get(id)!);
    return {
      unitId,
      name: input.names.get(unitId) ?? unitId,
      projects: own.length,
      villages: new Set(ids.flatMap((id) => villagesOf.get(id) ?? [])).size,
      categories: new Set(own.map((f) => f.category)).size,
      budget: addMoney('0.00', ...own.map((f) => f.budget)),
      approvedBudget: addMoney('0.00', ...own.map((f) => f.approvedBudget)),
      unitFunds: fundsOf.get(unitId) ?? '0.00',
      allocated: addMoney('0.00', ...own.map((f) => f.allocated)),
      paid: addMoney('0.00', ...own.map((f) => f.paid)),
      outputs: mergeOutputs(...ids.map((id) => outputsOf.get(id) ?? [])),
      beneficiaryHouseholds: own.reduce((n, f) => n + f.households, 0),
      beneficiaryPersons: own.reduce((n, f) => n + f.persons, 0),
    };
  });
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN') || a.unitId.localeCompare(b.unitId));
}
