import type { Ctx } from '../../server/platform/http/context.ts';
import { makeScope } from '../../server/platform/access/scope.ts';
import { approvedLeaveBetween } from '../../server/modules/leave/index.ts';
import {
  actOnRectification,
  answerRectification,
  createInspection,
  inspectionRoster,
  issueOverdueCriticisms,
} from '../../server/modules/inspections/index.ts';
import { leaderRoles, type TeamRoleCode } from '../../contracts/teams.ts';
import type { FindingInput, InspectionCreateBody, InspectionMethodCode, RosterMember } from '../../contracts/inspections.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

const NAGU = '530326102000';
const TUOCHE = '530326102204';
const GAOZHOU = '440981000000';
const LEAD_UNIT = '会泽县纪委监委';
const PARTICIPANTS = '县委组织部、县乡村振兴局';

type Team = { teamId: string; village: string; members: RosterMember[] };

function teamsOf(roster: readonly RosterMember[]): Team[] {
  const byTeam = new Map<string, Team>();
  for (const m of roster) {
    const team = byTeam.get(m.teamId) ?? { teamId: m.teamId, village: m.villageCode, members: [] };
    team.members.push(m);
    byTeam.set(m.teamId, team);
  }
  return [...byTeam.values()];
}

/** A team leader without a demo account answers for his team, as the rules let him. */
function leaderCtx(world: DemoWorld, leader: RosterMember): Ctx {
  const roles = ['team_leader' as const];
  return {
    db: world.deps.db,
    principal: {
      accountId: world.random.uuid(),
      username: `demo-leader-${leader.villageCode}`,
      displayName: `${leader.cadreName}（驻村队长）`,
      roles,
      permissions: new Set(world.deps.catalog.permissionsOf(roles)),
      scope: makeScope(leader.villageCode, null),
      cadreId: leader.cadreId,
    },
    actor: { accountId: null, username: `demo-leader-${leader.villageCode}`, requestId: 'demo-activity', ip: null },
    locale: 'zh-CN',
    deps: world.deps,
  };
}

/** Everyone of the teams checked is at post unless named; a member the records show on leave is on leave. */
function findingsFor(teams: readonly Team[], exceptions: Map<string, Omit<FindingInput, 'cadreId'>>): FindingInput[] {
  return teams.flatMap((team) =>
    team.members.map((m) => exceptions.get(m.cadreId) ? { cadreId: m.cadreId, ...exceptions.get(m.cadreId)! } : m.leave ? { cadreId: m.cadreId, atPost: false, absenceReason: 'leave' as const } : { cadreId: m.cadreId, atPost: true }),
  );
}

const isLeader = (m: RosterMember) => leaderRoles.includes(m.role as TeamRoleCode);

/**
 * A month of 督查 in 会泽县娜姑镇 by huize-discipline, one method each: an on-site check finding an
 * absence the team rectified and the inspector accepted; a villagers' visit finding an absence never
 * answered, past its deadline, so a notice of criticism; an attendance review meeting approved leave
 * (or official business when the leave seed has none); a phone check finding a 拖车村 member away,
 * whose order is still open (tuoche-leader's to-do). And one on-site check in 高州市, all at post.
 */
export async function seedInspections(world: DemoWorld): Promise<void> {
  const day = (offset: number) => addDays(world.today, offset);
  const inspector = await world.as('huize-discipline');
  const roster = async (on: number) => (await inspectionRoster(inspector, { divisionCode: NAGU, on: day(on) })).items;
  const record = (method: InspectionMethodCode, on: number, findings: FindingInput[], extra: Partial<InspectionCreateBody> = {}) =>
    createInspection(inspector, { method, inspectedOn: day(on), divisionCode: NAGU, leadUnit: LEAD_UNIT, participants: PARTICIPANTS, findings, ...extra });

  const free = (team: Team) => team.members.find((m) => !isLeader(m) && !m.leave);
  const pickTeams = (members: RosterMember[], count: number, skip: Set<string>) =>
    world.random
      .shuffle(teamsOf(members).filter((t) => t.village !== TUOCHE && !skip.has(t.teamId) && isLeader(t.members[0]!) && free(t)))
      .slice(0, count);
  const used = new Set<string>();

  // 实地查岗, ten days ago: one absent; the team answers and the inspector accepts within the deadline.
  const onSite = await roster(-10);
  const [rectified, ...calm] = pickTeams(onSite, 3, used);
  if (!rectified) throw new Error('seedInspections: 娜姑镇 has no team with members to inspect');
  const tuocheOnSite = teamsOf(onSite).filter((t) => t.village === TUOCHE);
  const absentA = free(rectified)!;
  const a = await record('on_site', -10, findingsFor([...tuocheOnSite, rectified, ...calm], new Map([[absentA.cadreId, { atPost: false, absenceReason: 'absent', note: '驻地和村委会均未见到本人，电话未接' }]])));
  [rectified, ...calm].forEach((t) => used.add(t.teamId));
  const orderA = a.rectifications[0]!;
  await answerRectification(leaderCtx(world, rectified.members[0]!), orderA.id, {
    response: `${absentA.cadreName}已作出书面检查，说明当日私自回县城办事未请假；工作队重申考勤和请销假制度，队长每日核实在岗情况。`,
  });
  await actOnRectification(inspector, orderA.id, { action: 'accept', comment: '整改措施具体，予以验收' });

  // 民情走访, 24 days ago: one absent, never answered; the deadline passed, so a criticism.
  const visit = await roster(-24);
  const [criticised, ...visited] = pickTeams(visit, 2, used);
  if (criticised) {
    const absentB = free(criticised)!;
    await record(
      'villager_visit',
      -24,
      findingsFor([criticised, ...visited], new Map([[absentB.cadreId, { atPost: false, absenceReason: 'absent', note: '走访群众反映近一周未见驻村干部' }]])),
      { participants: '县委组织部' },
    );
    [criticised, ...visited].forEach((t) => used.add(t.teamId));
  }

  // 翻阅考勤 on a day someone was on approved leave, if the leave seed wrote any.
  const all = await roster(-3);
  const leaves = await approvedLeaveBetween(world.deps.db, all.map((m) => m.cadreId), day(-28), day(-3));
  const leave = leaves.find((l) => l.startDate >= day(-28)) ?? leaves[0];
  if (leave) {
    const leaveDay = leave.startDate < day(-28) ? day(-28) : leave.startDate;
    const offset = Math.round((Date.parse(leaveDay) - Date.parse(world.today)) / 86_400_000);
    const onLeave = teamsOf(await roster(offset)).filter((t) => t.members.some((m) => m.cadreId === leave.cadreId));
    await record('attendance_review', offset, findingsFor(onLeave, new Map()), { note: '查阅考勤簿和请销假登记，请假手续齐全' });
  } else {
    const reviewed = await roster(-16);
    const [business] = pickTeams(reviewed, 1, used);
    if (business) {
      const away = free(business)!;
      await record('attendance_review', -16, findingsFor([business], new Map([[away.cadreId, { atPost: false, absenceReason: 'official_business', note: '经乡镇同意到县农业农村局对接产业项目' }]])));
    }
  }

  // 电话抽查, five days ago: a 拖车村 member away without leave; the order is open (tuoche-leader's to-do).
  const member = await world.as('tuoche-member');
  const phone = teamsOf(await roster(-5)).filter((t) => t.village === TUOCHE);
  const away = phone.flatMap((t) => t.members).find((m) => m.cadreId === member.principal.cadreId && !m.leave);
  if (away) {
    await record('phone_check', -5, findingsFor(phone, new Map([[away.cadreId, { atPost: false, absenceReason: 'absent', note: '视频连线时本人不在村内' }]])), {
      participants: '县委组织部',
    });
  }

  const gaozhou = await world.as('gaozhou-org');
  const gaozhouRoster = (await inspectionRoster(gaozhou, { divisionCode: GAOZHOU, on: day(-12) })).items;
  const gaozhouTeams = teamsOf(gaozhouRoster).slice(0, 2);
  if (gaozhouTeams.length > 0) {
    await createInspection(gaozhou, {
      method: 'on_site',
      inspectedOn: day(-12),
      divisionCode: GAOZHOU,
      leadUnit: '高州市纪委监委',
      participants: '市委组织部',
      findings: findingsFor(gaozhouTeams, new Map()),
    });
  }

  await issueOverdueCriticisms(world.deps.db, world.today);
}
