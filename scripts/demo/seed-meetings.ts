import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import { createMeeting } from '../../server/modules/meetings/meetings.service.ts';
import { meetings } from '../../server/modules/meetings/index.ts';
import { createLiaisonGroup } from '../../server/modules/liaison-groups/liaison-groups.service.ts';
import { liaisonGroups } from '../../server/modules/liaison-groups/index.ts';
import { partyOrgs, partyOrgTeams } from '../../server/modules/party-orgs/index.ts';
import { teamMembers, teams } from '../../server/modules/teams/index.ts';
import type { LiaisonMemberInput } from '../../contracts/liaison-groups.ts';
import type { DemoWorld } from './demo-world.ts';
import { addDays } from './demo-world.ts';

const MAOMING = '440900000000';
const HUIZE = '530326000000';
const NAGU = '530326102000';
const SYMPOSIUM = '茂名市省直中直驻村党建扶贫工作交流座谈会';
const MAOMING_GROUP = '省直中直驻茂名市精准扶贫工作联络小组';
const BRANCH = '茂名市新时期精准扶贫精准脱贫省直中直驻村临时党支部';
// [000]: the three teams that prepared the symposium; the first, 李晓奋's, chaired it.
const ORGANIZERS = ['广东省高级人民法院', '广东省航海学院', '广东省航运集团有限公司'];

/** [000] as the report tells it: the agenda of its two sessions, what was said and what was decided. */
const symposium = {
  kind: 'symposium' as const,
  title: SYMPOSIUM,
  heldOn: '2016-11-10',
  place: '高州市镇江镇新芝泰农业科技有限公司会议室',
  organizer: '广东省高级人民法院驻高州市长流村扶贫工作队、省航海学院驻电白区花山村扶贫工作队、省航运集团驻电白区罗浮村扶贫工作队',
  host: '李晓奋（省法院驻长流村扶贫工作队队长兼第一书记）',
  agenda: [
    '传达当天上午茂名市委召开的广东省2016年度扶贫开发工作成效考核准备工作会议精神',
    '各驻村工作队介绍半年扶贫工作经验做法，交流难点、重点问题',
    '各驻村第一书记介绍驻村党建工作开展情况，交流急需解决的问题',
    '新芝泰农业科技有限公司总经理朱卫培介绍产业扶贫的做法和经验',
    '现场参观考察该公司的火龙果种植园',
  ],
  summary:
    '扶贫业务工作方面，从入户家访、精准识别、日志填表，到助残义诊、助学济困、文艺下乡、志愿服务，再到修路立灯、筑堤修渠、产业探索，省体院、省交通银行、广州海关、省国税、工信部电子五所、工贸职业学院、中科院广州分院、广东海事局等单位踊跃发言。\n\n' +
    '党建工作方面，参会的第一书记认为，县、镇、村三级党组织普遍对省直中直驻村第一书记存在弱化、甚至虚化的问题；驻村工作队的党员虽已将组织关系转到村委党支部，但为群策群力、统一省直中直党建工作做法，可以创新党建工作方式方法。',
  outcomes: [
    { kind: 'experience' as const, text: '省法院驻村工作队分享草拟的扶贫项目实施流程规定：项目的领导和监督、实施责任主体、项目的提出和实施环节，获得一致认同' },
    { kind: 'suggestion' as const, text: '省直中直与珠三角地市对口帮扶补贴待遇等方面存在差距，请予研究' },
    { kind: 'suggestion' as const, text: '县、镇、村三级党组织对省直中直驻村第一书记存在弱化、虚化问题' },
    { kind: 'decision' as const, text: `成立“${BRANCH}”，全票选举李晓奋为支部书记、罗道叠为组织委员、容柏青为宣传委员，依属地管理原则报茂名市委组织部审批` },
    { kind: 'decision' as const, text: `成立${MAOMING_GROUP}，确保信息沟通、资源整合` },
  ],
};

type TeamRow = { id: string; name: string; divisionCode: string };

async function leaderOf(world: DemoWorld, teamId: string): Promise<string | null> {
  const [row] = await world.deps.db
    .select({ cadreId: teamMembers.cadreId })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), inArray(teamMembers.role, ['leader_first_secretary', 'leader']), isNull(teamMembers.leftOn)));
  return row?.cadreId ?? null;
}

async function activeTeamsUnder(world: DemoWorld, prefix: string): Promise<TeamRow[]> {
  return world.deps.db
    .select({ id: teams.id, name: teams.name, divisionCode: teams.divisionCode })
    .from(teams)
    .where(and(like(teams.divisionCode, `${prefix}%`), eq(teams.status, 'active')))
    .orderBy(asc(teams.divisionCode), asc(teams.id));
}

/**
 * §11 [000][003]: 茂名's symposium of the twenty teams and the liaison group it set up, 会泽县's and
 * 娜姑镇's chat groups of their teams, and this month's progress meeting of 娜姑镇. Written once.
 */
export async function seedMeetings(world: DemoWorld): Promise<number> {
  const db = world.deps.db;
  if ((await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.title, SYMPOSIUM))).length > 0) return 0;
  let written = 0;

  const city = await world.as('maoming-city');
  const maomingTeams = await db
    .select({ id: teams.id, name: teams.name, divisionCode: teams.divisionCode })
    .from(partyOrgTeams)
    .innerJoin(partyOrgs, eq(partyOrgs.id, partyOrgTeams.partyOrgId))
    .innerJoin(teams, eq(teams.id, partyOrgTeams.teamId))
    .where(eq(partyOrgs.name, BRANCH))
    .orderBy(asc(teams.name));
  const meeting = await createMeeting(city, { ...symposium, divisionCode: MAOMING, attendeeCount: null, teamIds: maomingTeams.map((t) => t.id) });
  written += 1;
  const roleOf = (team: TeamRow) => {
    const index = ORGANIZERS.findIndex((unit) => team.name.startsWith(unit));
    return index === 0 ? 'leader' : index > 0 ? 'deputy' : 'member';
  };
  const maomingMembers: LiaisonMemberInput[] = [];
  for (const team of maomingTeams) maomingMembers.push({ teamId: team.id, role: roleOf(team), contactCadreId: await leaderOf(world, team.id) });
  await createLiaisonGroup(city, {
    kind: 'working_group',
    name: MAOMING_GROUP,
    divisionCode: MAOMING,
    platform: null,
    purpose: '确保信息沟通、资源整合，形成扶贫攻坚的合力；组长单位牵头召集工作交流座谈会',
    establishedOn: '2016-11-10',
    dissolvedOn: null,
    meetingId: meeting.id,
    members: maomingMembers,
  });
  written += 1;

  // [003]: "依托新媒体的优势，建立工作队QQ群、微信群等联络交流平台".
  const county = await world.as('huize-org');
  await createLiaisonGroup(county, {
    kind: 'chat_group',
    name: '会泽县驻村扶贫工作队微信群',
    divisionCode: HUIZE,
    platform: 'wechat',
    purpose: '各驻村扶贫工作队相互学习、共同进步、促进工作；县委组织部在群内转发通知，系统内的通知和回执仍为准',
    establishedOn: '2018-03-20',
    dissolvedOn: null,
    meetingId: null,
    members: (await activeTeamsUnder(world, '530326')).map((t) => ({ teamId: t.id, role: 'member' as const, contactCadreId: null })),
  });
  const township = await world.as('nagu-party');
  const naguTeams = await activeTeamsUnder(world, '530326102');
  const naguMembers: LiaisonMemberInput[] = [];
  for (const team of naguTeams) naguMembers.push({ teamId: team.id, role: 'member', contactCadreId: await leaderOf(world, team.id) });
  await createLiaisonGroup(township, {
    kind: 'chat_group',
    name: '娜姑镇驻村工作队QQ群',
    divisionCode: NAGU,
    platform: 'qq',
    purpose: '镇党委与各驻村工作队日常联络，交流走访和项目推进中的问题',
    establishedOn: '2018-04-02',
    dissolvedOn: null,
    meetingId: null,
    members: naguMembers,
  });
  written += 2;

  const heldOn = addDays(world.today, -20);
  await createMeeting(township, {
    kind: 'promotion',
    title: `娜姑镇驻村工作推进会（${Number(heldOn.slice(5, 7))}月）`,
    heldOn,
    divisionCode: NAGU,
    place: '娜姑镇人民政府三楼会议室',
    organizer: '中共娜姑镇委员会',
    host: '镇党委副书记',
    attendeeCount: naguTeams.length * 2 + 6,
    agenda: ['通报上月督查查岗和月报报送情况', '各工作队汇报本季度入户走访和项目推进情况', '部署防返贫监测户核查和冬春农业生产'],
    summary: '各工作队逐一汇报，镇党委对走访覆盖不足和月报迟报的工作队提出要求。',
    outcomes: [
      { kind: 'decision', text: '本月底前完成监测户全覆盖走访，走访记录同步录入系统' },
      { kind: 'suggestion', text: '部分村组道路项目资金拨付进度慢，请县乡村振兴局协调' },
    ],
    teamIds: naguTeams.map((t) => t.id),
  });
  written += 1;

  const at = (day: string) => new Date(`${day}T18:00:00+08:00`);
  await db.update(meetings).set({ createdAt: at('2016-11-10'), updatedAt: at('2016-11-10') }).where(eq(meetings.title, SYMPOSIUM));
  await db.update(liaisonGroups).set({ createdAt: at('2016-11-10'), updatedAt: at('2016-11-10') }).where(eq(liaisonGroups.name, MAOMING_GROUP));
  return written;
}
