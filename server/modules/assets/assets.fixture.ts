import type { AppDeps } from '../../platform/http/context.ts';
import { projects } from '../projects/index.ts';
import { assets, shares } from './assets.schema.ts';

/** A handed-over project written directly, so asset tests need not walk the project workflow. */
export async function insertProject(deps: AppDeps, divisionCode: string, name = '测试饮水工程'): Promise<string> {
  const [row] = await deps.db
    .insert(projects)
    .values({ name, divisionCode, category: 'drinking_water', responsibleEntity: '村委会', budget: '200000.00', approvedBudget: '200000.00', state: 'handed_over' })
    .returning({ id: projects.id });
  return row!.id;
}

export async function insertAsset(deps: AppDeps, values: { divisionCode: string; projectId?: string; name?: string }): Promise<string> {
  const [row] = await deps.db
    .insert(assets)
    .values({
      divisionCode: values.divisionCode,
      projectId: values.projectId ?? null,
      name: values.name ?? '村集体蓄水池',
      kind: 'water_works',
      owner: '村集体',
      maintainer: '村委会',
      value: '150000.00',
      handedOverOn: '2025-01-15',
      condition: 'good',
    })
    .returning({ id: assets.id });
  return row!.id;
}

export async function insertShare(deps: AppDeps, values: { divisionCode: string; householdId: string; cooperative?: string }): Promise<string> {
  const [row] = await deps.db
    .insert(shares)
    .values({ divisionCode: values.divisionCode, householdId: values.householdId, cooperative: values.cooperative ?? '测试养殖专业合作社', amount: '2000.00', since: '2023-03-01' })
    .returning({ id: shares.id });
  return row!.id;
}
