import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { withinDivision } from '../../server/platform/access/scope.ts';
import { teamMembers, teams } from '../../server/modules/teams/index.ts';
import { ledgerCommitments } from '../../server/modules/ledgers/index.ts';
import type { CommitmentState } from '../../contracts/evaluation-codes.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

const TUOCHE = '530326102204';
const CHANGLIU = '440981101207';
const HUIZE_PREFIX = '530326';
/** How many further 会泽 teams get commitments besides 拖车村. */
const HUIZE_SAMPLE = 5;

const PROMISES = [
  '硬化通组道路 3 公里，解决群众出行难',
  '引进一家农业龙头企业，带动种植户增收',
  '建成村级光伏电站，村集体经济年增收 5 万元以上',
  '改造提升村党群服务中心',
  '实施人畜饮水巩固提升工程，全村通自来水',
  '组织技能培训 4 期，推动劳动力转移就业 50 人',
  '成立专业合作社，发展特色种植 300 亩',
  '安装太阳能路灯 60 盏',
];

type Plan = { state: CommitmentState; promisedAgo: number; dueIn: number; outcome?: string };

// One of each: kept, not kept, open within its term, and open past its due day (overdue).
const PLANS: Plan[] = [
  { state: 'kept', promisedAgo: 300, dueIn: -60, outcome: '已按期完成并通过乡镇验收' },
  { state: 'not_kept', promisedAgo: 280, dueIn: -30, outcome: '资金未落实，未能按期完成' },
  { state: 'open', promisedAgo: 90, dueIn: 120 },
  { state: 'open', promisedAgo: 200, dueIn: -10 },
];

/** First secretaries in post in the village or the county prefix, leaders first. */
async function secretaries(world: DemoWorld, where: ReturnType<typeof and>, limit: number) {
  return world.deps.db
    .select({ teamId: teamMembers.teamId, cadreId: teamMembers.cadreId, divisionCode: teams.divisionCode })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(isNull(teamMembers.leftOn), inArray(teamMembers.role, ['leader_first_secretary', 'first_secretary', 'leader']), where))
    .orderBy(asc(teams.divisionCode), asc(teamMembers.id))
    .limit(limit);
}

/**
 * 承诺事项 of the first secretaries of 拖车村, 长流村 and a sample of 会泽's teams: kept, not kept,
 * open and overdue ones, settled by the township. A first secretary who already has commitments
 * is left alone, so a second run writes nothing.
 */
export async function seedLedgers(world: DemoWorld): Promise<number> {
  const db = world.deps.db;
  const chosen = [
    ...(await secretaries(world, eq(teams.divisionCode, TUOCHE), 1)),
    ...(await secretaries(world, eq(teams.divisionCode, CHANGLIU), 1)),
    ...(await secretaries(world, and(withinDivision(teams.divisionCode, HUIZE_PREFIX), eq(teams.status, 'active'))!, HUIZE_SAMPLE + 1)),
  ];
  const unique = [...new Map(chosen.map((c) => [c.cadreId, c])).values()];
  if (unique.length === 0) return 0;
  const existing = await db.selectDistinct({ cadreId: ledgerCommitments.cadreId }).from(ledgerCommitments).where(inArray(ledgerCommitments.cadreId, unique.map((c) => c.cadreId)));
  const done = new Set(existing.map((e) => e.cadreId));
  const rows = unique
    .filter((c) => !done.has(c.cadreId))
    .flatMap((c, i) =>
      PLANS.map((plan, j) => {
        const promisedOn = addDays(world.today, -plan.promisedAgo);
        const dueOn = addDays(world.today, plan.dueIn);
        const settled = plan.state !== 'open';
        return {
          teamId: c.teamId,
          cadreId: c.cadreId,
          divisionCode: c.divisionCode,
          content: PROMISES[(i * PLANS.length + j) % PROMISES.length]!,
          promisedOn,
          dueOn,
          state: plan.state,
          settledOn: settled ? addDays(dueOn, 5) : null,
          outcome: plan.outcome ?? null,
          settledAt: settled ? new Date(`${addDays(dueOn, 5)}T10:00:00+08:00`) : null,
        };
      }),
    );
  if (rows.length > 0) await db.insert(ledgerCommitments).values(rows);
  return rows.length;
}
