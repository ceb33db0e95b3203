import type { Executor } from '../../platform/db/client.ts';
import type { Principal } from '../../platform/access/permissions.ts';
import type { VillageClassView } from '../../../contracts/village-classes.ts';
import { divisionPaths } from '../divisions/index.ts';
import * as repo from './village-classes.repository.ts';
import { mayClassify } from './village-classes.policy.ts';

export async function presentClasses(executor: Executor, principal: Principal, rows: repo.ClassListRow[]): Promise<VillageClassView[]> {
  const paths = await divisionPaths(executor, [...new Set(rows.map((r) => r.row.divisionCode))]);
  const names = await repo.unitNames(executor, rows.flatMap((r) => r.row.backingUnitIds));
  return rows.map(({ row, villageName, decidedByName }) => {
    const keeps = mayClassify(principal, row.divisionCode);
    return {
      id: row.id,
      divisionCode: row.divisionCode,
      villageName,
      path: paths.get(row.divisionCode) ?? null,
      year: row.year,
      classCode: row.classCode,
      otherFactors: row.otherFactors,
      reason: row.reason,
      supportPlan: row.supportPlan,
      backingUnits: row.backingUnitIds.map((id) => ({ id, name: names.get(id) ?? null })),
      decidedByName,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      abilities: { update: keeps, delete: keeps },
    };
  });
}
