import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Ctx } from '../../server/platform/http/context.ts';
import { makeScope, withinDivision } from '../../server/platform/access/scope.ts';
import { cadres } from '../../server/modules/cadres/index.ts';
import { teamMembers, teams } from '../../server/modules/teams/index.ts';
import { actOnServiceRequest, requestService } from '../../server/modules/service-requests/index.ts';
import { divisions } from '../../server/modules/divisions/index.ts';
import { leaderRoles } from '../../contracts/teams.ts';
import type { ServiceRequestKind } from '../../contracts/service-requests.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

const GAOZHOU = '440981';
const CHANGLIU = '440981101207';

type Leader = { village: string; villageName: string; cadreId: string; name: string };
type Step = { action: 'accept' | 'start' | 'complete' | 'return' | 'resubmit' | 'withdraw'; on: number; comment?: string };
type Plan = { kind: ServiceRequestKind; title: string; detail: string; askedOn: number; steps: Step[] };

/** The leaders of the teams in post in 高州市 outside 长流村, one a village, in a fixed order. */
async function gaozhouLeaders(world: DemoWorld): Promise<Leader[]> {
  const rows = await world.deps.db
    .select({ village: teams.divisionCode, villageName: divisions.name, cadreId: teamMembers.cadreId, name: cadres.name })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .innerJoin(divisions, eq(divisions.code, teams.divisionCode))
    .where(
      and(
        withinDivision(teams.divisionCode, GAOZHOU),
        ne(teams.divisionCode, CHANGLIU),
        eq(teams.status, 'active'),
        isNull(teamMembers.leftOn),
        inArray(teamMembers.role, [...leaderRoles]),
      ),
    )
    .orderBy(asc(teams.divisionCode), asc(cadres.name));
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.village) && seen.add(r.village));
}

/** A leader without a demo account asks for his village, as the rules let any team leader. */
function leaderCtx(world: DemoWorld, leader: Leader): Ctx {
  const roles = ['team_leader' as const];
  return {
    db: world.deps.db,
    principal: {
      accountId: world.random.uuid(),
      username: `demo-leader-${leader.village}`,
      displayName: `${leader.name}（第一书记）`,
      roles,
      permissions: new Set(world.deps.catalog.permissionsOf(roles)),
      scope: makeScope(leader.village, null),
      cadreId: leader.cadreId,
    },
    actor: { accountId: null, username: `demo-leader-${leader.village}`, requestId: 'demo-activity', ip: null },
    locale: 'zh-CN',
    deps: world.deps,
  };
}

/**
 * [002] 代办服务 in 高州市 through the service: 长流村's trademark done, and one request in each other
 * state in the villages of other teams: waiting to be accepted, accepted, in progress, in progress
 * past its due day (overdue, red in the station's to-do list), returned for more papers, withdrawn.
 * 长流村 asks nothing about its cooperative, so the service request journey can.
 */
export async function seedServiceRequests(world: DemoWorld): Promise<number> {
  const day = (offset: number) => addDays(world.today, offset);
  const station = await world.as('gaozhou-station');
  const changliu = await world.as('changliu-leader');
  const leaders = await gaozhouLeaders(world);
  if (leaders.length < 6) throw new Error(`seedServiceRequests: 高州市 has ${leaders.length} villages with a team leader; 6 are needed`);

  const run = async (requester: Ctx, plan: Plan) => {
    const request = await requestService(requester, { kind: plan.kind, title: plan.title, detail: plan.detail }, { today: day(plan.askedOn) });
    for (const step of plan.steps) {
      const by = step.action === 'resubmit' || step.action === 'withdraw' ? requester : station;
      await actOnServiceRequest(by, request.id, { action: step.action, ...(step.comment ? { comment: step.comment } : {}) }, { today: day(step.on) });
    }
  };
  const village = (index: number) => leaders[index]!.villageName.replace(/村(民)?委员?会$/, '村');

  await run(changliu, {
    kind: 'trademark_registration',
    title: '“长流荔枝”商标注册',
    detail: '村集体拟以“长流荔枝”注册农产品商标（第 31 类），已备好村委会决议和荔枝产品照片，请服务站代办商标注册申请。',
    askedOn: -20,
    steps: [
      { action: 'accept', on: -19 },
      { action: 'start', on: -18 },
      { action: 'complete', on: -8, comment: '商标注册申请已提交国家知识产权局并获受理，受理通知书已交村委会存档，预计 9 个月后公告。' },
    ],
  });
  const plans: Plan[] = [
    {
      kind: 'cooperative_registration',
      title: `${village(0)}养蜂专业合作社登记`,
      detail: '12 户养蜂户自愿联合成立合作社，章程和成员名册已拟好，请服务站代办市场监管登记。',
      askedOn: -3,
      steps: [],
    },
    {
      kind: 'project_application',
      title: `${village(1)}村道硬底化项目申报`,
      detail: '村委会至三组道路 1.8 公里未硬化，雨天无法通行，请服务站协助编制项目申报书并报市农业农村局。',
      askedOn: -6,
      steps: [{ action: 'accept', on: -5 }],
    },
    {
      kind: 'project_application',
      title: `${village(2)}光伏发电项目申报`,
      detail: '村委会楼顶及学校旧址可装 100 千瓦光伏，收益归村集体，请协助办理项目申报和电网接入手续。',
      askedOn: -12,
      steps: [
        { action: 'accept', on: -11 },
        { action: 'start', on: -10, comment: '已联系供电局现场查勘' },
      ],
    },
    {
      kind: 'other',
      title: `${village(3)}农村电商服务站备案`,
      detail: '村里电商服务站已装修完毕，请服务站协助向市商务局办理备案并申请物流补贴。',
      askedOn: -25,
      steps: [
        { action: 'accept', on: -24 },
        { action: 'start', on: -22 },
      ],
    },
    {
      kind: 'trademark_registration',
      title: `${village(4)}龙眼干商标注册`,
      detail: '请代办龙眼干商标注册。',
      askedOn: -9,
      steps: [{ action: 'return', on: -8, comment: '请补充村集体经济组织登记证书复印件和商标图样，补齐后重新提交。' }],
    },
    {
      kind: 'other',
      title: `${village(5)}小额信贷政策咨询`,
      detail: '几户脱贫户想了解小额信贷续贷政策，请服务站派人到村宣讲。',
      askedOn: -15,
      steps: [
        { action: 'return', on: -14, comment: '小额信贷由县农商行驻镇网点直接办理，已把联系人电话告诉村委。' },
        { action: 'withdraw', on: -13 },
      ],
    },
  ];
  for (const [index, plan] of plans.entries()) await run(leaderCtx(world, leaders[index]!), plan);
  return plans.length + 1;
}
