import { and, eq } from 'drizzle-orm';
import { evaluations } from '../../server/modules/evaluations/index.ts';
import { assessments, createAssessment } from '../../server/modules/assessments/index.ts';
import type { DemoWorld } from './demo-world.ts';

const HUIZE = '530326000000';

/**
 * 会泽县's year-end assessment, proposed by the county from its published quarterly evaluations:
 * in December the year's own (it is drawn up before the year closes), earlier the previous year's. Without any published quarter of that year there is nothing to grade on,
 * and the seed does nothing; nor when the assessment exists.
 */
export async function seedAssessments(world: DemoWorld): Promise<number> {
  const year = Number(world.today.slice(0, 4)) - (world.today.slice(5, 7) === '12' ? 0 : 1);
  const db = world.deps.db;
  const [published] = await db
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(and(eq(evaluations.divisionCode, HUIZE), eq(evaluations.year, year), eq(evaluations.state, 'published')))
    .limit(1);
  if (!published) return 0;
  const [existing] = await db.select({ id: assessments.id }).from(assessments).where(and(eq(assessments.divisionCode, HUIZE), eq(assessments.year, year)));
  if (existing) return 0;
  const created = await createAssessment(await world.as('huize-org'), { divisionCode: HUIZE, year, excellentQuota: 0.25 });
  return created.gradeCount;
}
