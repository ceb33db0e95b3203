import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../server/platform/http/context.ts';
import { makeScope, withinDivision } from '../../server/platform/access/scope.ts';
import { cadres } from '../../server/modules/cadres/index.ts';
import { teamMembers, teams } from '../../server/modules/teams/index.ts';
import { actOnLeave, reportBack, requestLeave } from '../../server/modules/leave/index.ts';
import { leaderRoles, type TeamRoleCode } from '../../contracts/teams.ts';
import type { LeaveTypeCode } from '../../contracts/leave.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

const NAGU = '530326102';
const TUOCHE = '530326102204';

type Member = { teamId: string; village: string; cadreId: string; name: string; role: TeamRoleCode };
type Plan = { requester: Ctx; cadreId: string; type: LeaveTypeCode; start: number; end: number; reason: string; askedOn: number };

/** The teams in post in 娜姑镇 with their members, leaders first, in a fixed order. */
async function naguMembers(world: DemoWorld): Promise<Member[]> {
  return world.deps.db
    .select({ teamId: teams.id, village: teams.divisionCode, cadreId: teamMembers.cadreId, name: cadres.name, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .where(and(withinDivision(teams.divisionCode, NAGU), eq(teams.status, 'active'), isNull(teamMembers.leftOn)))
    .orderBy(asc(teams.divisionCode), sql`case when ${teamMembers.role} in ('leader_first_secretary', 'leader') then 0 else 1 end`, asc(cadres.name));
}

/** A team leader without a demo account asks and reports back for his members, as the rules let him. */
function leaderCtx(world: DemoWorld, leader: Member): Ctx {
  const roles = ['team_leader' as const];
  return {
    db: world.deps.db,
    principal: {
      accountId: world.random.uuid(),
      username: `demo-leader-${leader.village}`,
      displayName: `${leader.name}（驻村队长）`,
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
 * A month of 请销假 in 会泽县娜姑镇 through the leave services: short leave approved by the township
 * and reported back, a five-day leave approved by the county, one waiting at each level, one
 * rejected, one approved and not reported back after its end (flagged). tuoche-member's days
 * ahead stay free for the leave journey.
 */
export async function seedLeave(world: DemoWorld): Promise<void> {
  const day = (offset: number) => addDays(world.today, offset);
  const members = await naguMembers(world);
  const byTeam = new Map<string, Member[]>();
  for (const m of members) byTeam.set(m.teamId, [...(byTeam.get(m.teamId) ?? []), m]);
  const tuocheMember = await world.as('tuoche-member');
  const tuocheLeader = await world.as('tuoche-leader');
  const township = await world.as('nagu-party');
  const county = await world.as('huize-org');
  // Other teams of the township, each with a leader and at least one member.
  const others = [...byTeam.values()].filter((team) => team[0]!.village !== TUOCHE && leaderRoles.includes(team[0]!.role) && team.length > 1);
  if (others.length < 6) throw new Error(`seedLeave: 娜姑镇 has ${others.length} teams with members; 6 are needed`);
  const crew = (index: number) => {
    const team = others[index]!;
    return { leader: team[0]!, member: team[1]!, ctx: leaderCtx(world, team[0]!) };
  };
  const [a, b, c, d, e, f] = [crew(0), crew(1), crew(2), crew(3), crew(4), crew(5)];

  const ask = async (plan: Plan) => {
    const leave = await requestLeave(
      plan.requester,
      { cadreId: plan.cadreId, type: plan.type, startDate: day(plan.start), endDate: day(plan.end), reason: plan.reason },
      { today: day(plan.askedOn) },
    );
    return leave.id;
  };
  const decide = (ctx: Ctx, id: string, action: 'approve' | 'reject', comment?: string) => actOnLeave(ctx, id, { action, ...(comment ? { comment } : {}) });
  const back = (ctx: Ctx, id: string, on: number, note?: string) => reportBack(ctx, id, { returnedOn: day(on), ...(note ? { note } : {}) }, { today: day(on) });

  const short: (Plan & { backOn: number; by: Ctx; note?: string })[] = [
    { requester: tuocheMember, by: tuocheMember, cadreId: tuocheMember.principal.cadreId!, type: 'personal', start: -25, end: -24, askedOn: -27, backOn: -23, reason: '回曲靖参加孩子家长会' },
    { requester: tuocheLeader, by: tuocheLeader, cadreId: tuocheLeader.principal.cadreId!, type: 'sick', start: -15, end: -15, askedOn: -15, backOn: -14, reason: '牙疼到县医院就诊', note: '已返岗' },
    { requester: a.ctx, by: a.ctx, cadreId: a.member.cadreId, type: 'personal', start: -28, end: -26, askedOn: -29, backOn: -25, reason: '老家建房，回家处理宅基地手续' },
    { requester: b.ctx, by: b.ctx, cadreId: b.member.cadreId, type: 'sick', start: -19, end: -18, askedOn: -19, backOn: -17, reason: '感冒发烧，在镇卫生院输液' },
    { requester: c.ctx, by: c.ctx, cadreId: c.leader.cadreId, type: 'other', start: -11, end: -9, askedOn: -13, backOn: -9, reason: '参加派出单位年度述职', note: '提前半天返岗' },
  ];
  for (const plan of short) {
    const id = await ask(plan);
    await decide(township, id, 'approve');
    await back(plan.by, id, plan.backOn, plan.note);
  }

  // Five days are the county's to approve.
  const long = await ask({ requester: d.ctx, cadreId: d.member.cadreId, type: 'sick', start: -22, end: -18, askedOn: -24, reason: '腰椎间盘突出，昆明复查并休养' });
  await decide(county, long, 'approve');
  await back(d.ctx, long, -17, '复查结果良好');

  const refused = await ask({ requester: e.ctx, cadreId: e.member.cadreId, type: 'personal', start: -8, end: -7, askedOn: -10, reason: '回县城办理个人事务' });
  await decide(township, refused, 'reject', '本周开展防返贫动态监测入户核查，请调整请假时间');

  // Approved, ended four days ago, nobody reported back: flagged for the member, his leader and the township.
  const overdue = await ask({ requester: f.ctx, cadreId: f.member.cadreId, type: 'personal', start: -6, end: -4, askedOn: -7, reason: '回昆明照顾住院的父亲' });
  await decide(township, overdue, 'approve');

  // Waiting: two days at the township, six at the county.
  await ask({ requester: a.ctx, cadreId: a.leader.cadreId, type: 'personal', start: 3, end: 4, askedOn: -1, reason: '回派出单位办理职称评审材料' });
  await ask({ requester: b.ctx, cadreId: b.leader.cadreId, type: 'other', start: 7, end: 12, askedOn: -2, reason: '参加省委党校第一书记轮训班' });
}
