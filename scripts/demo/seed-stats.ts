import { refreshStats } from '../../server/modules/stats/index.ts';
import type { DemoWorld } from './demo-world.ts';

/**
 * The last step of the demo load: rebuild the statistics rollup from everything the seeds wrote, so
 * the dashboards show figures at first sign-in. Always, even when the schedule has already built one:
 * a scheduled refresh may have run while the seeds were still writing. A rebuild replaces the rollup,
 * so a second run leaves the same figures.
 */
export async function seedStats(world: DemoWorld): Promise<number> {
  const result = await refreshStats(world.deps.db, world.deps.config, { today: world.today });
  return result.rows;
}
