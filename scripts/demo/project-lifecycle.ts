import { eq } from 'drizzle-orm';
import { units } from '../../server/modules/units/index.ts';
import { projects, proposeProject, transitionProject } from '../../server/modules/projects/index.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

export const LIFECYCLE_PROJECT = '长流村集中供水工程（示范）';
const CHANGLIU = '440981101207';
const COURT = '广东省高级人民法院';

/**
 * The project the journey carries on with: proposed by the 长流村 team, reviewed by 新垌镇 and
 * approved by the county a month ago, so its notice has ended and the team may start it. Written
 * through the project services as the demo accounts; returns its id (the existing one when run again).
 */
export async function seedProjectLifecycle(world: DemoWorld): Promise<string> {
  const [existing] = await world.deps.db.select({ id: projects.id }).from(projects).where(eq(projects.name, LIFECYCLE_PROJECT));
  if (existing) return existing.id;
  const [court] = await world.deps.db.select({ id: units.id }).from(units).where(eq(units.name, COURT));
  const leader = await world.as('changliu-leader');
  const township = await world.as('xindong-party');
  const county = await world.as('gaozhou-rural');
  const proposed = await proposeProject(leader, {
    name: LIFECYCLE_PROJECT,
    category: 'drinking_water',
    villages: [CHANGLIU],
    responsibleEntity: '新垌镇人民政府',
    description: '新建蓄水池一座、铺设供水主管 3.2 公里，解决长流村 5 个村民小组集中供水',
    budget: '300000.00',
    fundSources: [
      { kind: 'fiscal', funder: '高州市财政局（统筹整合财政涉农资金）', amount: '200000.00' },
      { kind: 'unit', funder: COURT, ...(court ? { unitId: court.id } : {}), amount: '100000.00' },
    ],
    outputs: [
      { kind: 'water_projects', planned: '1' },
      { kind: 'people_served', planned: '1260' },
    ],
    plannedStart: addDays(world.today, 1),
    plannedEnd: addDays(world.today, 120),
  });
  const approvedOn = addDays(world.today, -30);
  await transitionProject(township, proposed.id, { action: 'review', comment: '符合村发展规划，同意上报' }, { today: addDays(world.today, -35) });
  await transitionProject(county, proposed.id, { action: 'approve', comment: '同意立项，按规定公示' }, { today: approvedOn });
  return proposed.id;
}
