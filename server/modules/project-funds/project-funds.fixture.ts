import type { AppDeps } from '../../platform/http/context.ts';
import type { FundSourceKind } from '../../../contracts/project-codes.ts';
import { projectFundSources, projects, projectVillages } from '../projects/index.ts';

type FixtureSource = { kind: FundSourceKind; funder: string; amount: string; unitId?: string };

/** A project written straight into its tables, approved and under way, for the funds tests. */
export async function insertFundedProject(
  deps: AppDeps,
  values: { divisionCode: string; budget: string; sources: FixtureSource[]; state?: string; name?: string },
) {
  return deps.db.transaction(async (tx) => {
    const [project] = await tx
      .insert(projects)
      .values({
        name: values.name ?? '集中供水工程',
        divisionCode: values.divisionCode,
        category: 'drinking_water',
        responsibleEntity: '村民委员会',
        budget: values.budget,
        approvedBudget: values.budget,
        state: values.state ?? 'in_progress',
      })
      .returning();
    await tx.insert(projectVillages).values({ projectId: project!.id, divisionCode: values.divisionCode });
    const sources = await tx
      .insert(projectFundSources)
      .values(values.sources.map((s) => ({ projectId: project!.id, ...s })))
      .returning();
    return { project: project!, sources };
  });
}
