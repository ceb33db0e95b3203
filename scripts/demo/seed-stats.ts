import { refreshStats, statsRefreshes } from '../../server/modules/stats/index.ts';
import type { DemoWorld } from './demo-world.ts';

/**
 * The last step of the demo load: build the statistics rollup once from everything the seeds wrote,
 * so the dashboards show figures at first sign-in. Once built, the schedule keeps it fresh; a second
 * run writes nothing.
 */
export async function seedStats(world: DemoWorld): Promise<number> {
  const [done] = await world.deps.db.select({ id: statsRefreshes.id }).from(statsRefreshes).limit(1);
  if (done) return 0;
  const result = await refreshStats(world.deps.db, world.deps.config, { today: world.today });
  return result.rows;
}
