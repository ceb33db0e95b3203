import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import { withinDivision } from '../../server/platform/access/scope.ts';
import { divisions } from '../../server/modules/divisions/index.ts';
import { teams } from '../../server/modules/teams/index.ts';
import { createReport, dueOnOf, teamReports } from '../../server/modules/reports/index.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

const TUOCHE = '530326102204';
const NAGU = '530326102';
const counties = { huize: '530326', gaozhou: '440981', cangxi: '510824' } as const;
const townshipReaders: Record<string, string> = { '530326102': 'nagu-party', '440981107': 'zhenjiang-party' };
const countyReaders: Record<string, string> = { '530326': 'huize-org', '440981': 'gaozhou-org', '510824': 'cangxi-org' };

type Team = { id: string; name: string; divisionCode: string; village: string };
type Row = typeof teamReports.$inferInsert;

function previousPeriod(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

const at = (day: string, hour: number, minute: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
const short = (village: string) => village.replace(/(村民委员会|村委会|居民委员会|社区居委会)$/, '');

const work = [
  '走访脱贫户和监测户，逐户核实“两不愁三保障”及饮水安全情况',
  '召开院坝会，宣传防返贫动态监测和产业奖补政策',
  '协调派出单位落实帮扶资金，推进村集体经济项目',
  '组织党员开展主题党日活动，讲授专题党课',
  '跟进产业基地建设，联系企业开展订单收购',
  '排查矛盾纠纷，配合村“两委”调解邻里土地纠纷',
  '开展劳动力转移就业摸底，推荐务工岗位',
  '整理帮扶台账和民情日记，更新村情资料',
];
const troubles = ['部分农户产业发展缺少技术指导', '村集体经济收入来源单一', '雨季道路塌方影响项目进度', '留守老人较多，劳动力不足'];
const plans = ['继续开展入户走访', '推进产业项目验收', '做好冬春农业生产准备', '配合开展年度考核自查'];

function monthlyText(random: DemoWorld['random'], village: string, period: string): string {
  const done = random.shuffle(work).slice(0, 3);
  return [
    `${period} ${village}驻村工作队工作情况报告`,
    `一、主要工作：1. ${done[0]}；2. ${done[1]}；3. ${done[2]}。本月累计走访农户 ${random.int(18, 60)} 户，在村 ${random.int(20, 24)} 天。`,
    `二、存在的困难和问题：${random.pick(troubles)}。`,
    `三、下月工作打算：${random.pick(plans)}，${random.pick(plans)}。`,
  ].join('\n');
}

const briefingTopics = [
  ['召开产业发展院坝会', '驻村工作队组织群众召开院坝会，围绕魔芋、中药材种植听取意见，40 余名群众参会。'],
  ['饮水巩固提升工程通水', '在派出单位协调下，自然村饮水管网改造完工通水，解决 60 余户群众季节性缺水问题。'],
  ['开展防返贫动态监测集中排查', '工作队会同村“两委”逐户排查，新识别监测户 2 户，已落实临时救助。'],
  ['组织劳动力转移就业专场招聘', '联系县内企业在村委会举办专场招聘会，现场达成就业意向 15 人。'],
  ['派出单位开展结对帮扶走访', '派出单位党组成员到村走访结对户，送去慰问物资并研究解决实际困难。'],
] as const;

async function teamsIn(world: DemoWorld): Promise<Team[]> {
  const where: SQL = or(...Object.values(counties).map((prefix) => withinDivision(teams.divisionCode, prefix)))!;
  return world.deps.db
    .select({ id: teams.id, name: teams.name, divisionCode: teams.divisionCode, village: divisions.name })
    .from(teams)
    .innerJoin(divisions, eq(divisions.code, teams.divisionCode))
    .where(and(where, eq(teams.status, 'active')))
    .orderBy(asc(teams.divisionCode), asc(teams.name));
}

/**
 * Last full month's 月报 and 工作小结 of the teams in 会泽县, 高州市 and 苍溪县 (bulk), most on time,
 * some late, about one in ten of 娜姑镇's and a few elsewhere missing; some read by the township;
 * a handful of 信息简报. 拖车村's monthly report and a briefing go through the service as
 * tuoche-leader and tuoche-member; its work summary is left for the leader to send (his to-do).
 */
export async function seedReports(world: DemoWorld): Promise<void> {
  const { random, today } = world;
  const period = previousPeriod(today);
  const dueDay = world.deps.config.duty.reportDueDay;
  const dueOn = dueOnOf('monthly_report', period, dueDay)!;
  const readers = new Map<string, string>();
  for (const username of new Set([...Object.values(townshipReaders), ...Object.values(countyReaders)])) {
    readers.set(username, (await world.as(username)).principal.accountId);
  }

  const all = await teamsIn(world);
  const rows: Row[] = [];
  let naguMissing = 0;
  for (const team of all) {
    if (team.divisionCode === TUOCHE) continue;
    const village = short(team.village);
    const missingShare = team.divisionCode.startsWith(NAGU) ? 0.1 : 0.03;
    for (const kind of ['monthly_report', 'work_summary'] as const) {
      const skipped = random.chance(kind === 'monthly_report' ? missingShare : missingShare + 0.03);
      // 娜姑镇's account demonstrates chasing missing reports: a few, never a quarter of its teams.
      const naguReport = kind === 'monthly_report' && team.divisionCode.startsWith(NAGU);
      if (skipped && !(naguReport && naguMissing >= 3)) {
        if (naguReport) naguMissing += 1;
        continue;
      }
      // Most send in the last days of the month or the first days after; some a few days late.
      const late = random.chance(0.12);
      const planned = late ? addDays(dueOn, random.int(1, 6)) : addDays(dueOn, -random.int(0, 8));
      // Not yet sent is missing too; past 娜姑镇's few, it came in today.
      if (planned > today && !(naguReport && naguMissing >= 3)) {
        if (naguReport) naguMissing += 1;
        continue;
      }
      const day = planned > today ? today : planned;
      const submittedAt = at(day, random.int(8, 21), random.int(0, 59));
      const readerName = townshipReaders[team.divisionCode.slice(0, 9)] ?? countyReaders[team.divisionCode.slice(0, 6)]!;
      const readOn = addDays(day, random.int(1, 4));
      const read = readOn < today && random.chance(0.7);
      rows.push({
        teamId: team.id,
        divisionCode: team.divisionCode,
        kind,
        period,
        title: kind === 'monthly_report' ? `${village}驻村工作队${period}月报` : `${village}驻村工作队${period}工作小结`,
        body: monthlyText(random, village, period),
        dueOn,
        submittedAt,
        late: day > dueOn,
        readAt: read ? at(readOn, random.int(9, 17), random.int(0, 59)) : null,
        readBy: read ? readers.get(readerName)! : null,
      });
    }
  }

  const naguTeams = all.filter((t) => t.divisionCode.startsWith(NAGU) && t.divisionCode !== TUOCHE);
  if (naguMissing === 0 && naguTeams.length > 0) {
    const chosen = random.pick(naguTeams).id;
    rows.splice(rows.findIndex((r) => r.kind === 'monthly_report' && r.teamId === chosen), 1);
  }
  for (const team of random.shuffle(naguTeams).slice(0, 8)) {
    const [topic, text] = random.pick(briefingTopics);
    const day = addDays(today, -random.int(2, 28));
    rows.push({
      teamId: team.id,
      divisionCode: team.divisionCode,
      kind: 'briefing',
      period: day.slice(0, 7),
      title: `${short(team.village)}${topic}`,
      body: `${day.slice(5, 7)}月${Number(day.slice(8, 10))}日，${short(team.village)}${text}`,
      dueOn: null,
      submittedAt: at(day, random.int(9, 20), random.int(0, 59)),
      late: false,
    });
  }
  for (let i = 0; i < rows.length; i += 500) await world.deps.db.insert(teamReports).values(rows.slice(i, i + 500));

  const leader = await world.as('tuoche-leader');
  const tuoche = all.find((t) => t.divisionCode === TUOCHE);
  if (!tuoche) throw new Error('seedReports: the 拖车村 team is missing');
  const sentOn = addDays(dueOn, -2) < today ? addDays(dueOn, -2) : today;
  await createReport(
    leader,
    { teamId: tuoche.id, kind: 'monthly_report', period, title: `拖车村驻村工作队${period}月报`, body: monthlyText(random, '拖车村', period) },
    { at: at(sentOn, 10, 30) },
  );
  const member = await world.as('tuoche-member');
  const briefingDay = addDays(today, -3);
  await createReport(
    member,
    {
      teamId: tuoche.id,
      kind: 'briefing',
      period: briefingDay.slice(0, 7),
      title: '拖车村开展防返贫动态监测集中排查',
      body: `${briefingDay.slice(5, 7)}月${Number(briefingDay.slice(8, 10))}日，拖车村驻村工作队会同村“两委”开展集中排查，走访农户 86 户，新识别监测户 1 户，已落实临时救助。`,
    },
    { at: at(briefingDay, 16, 20) },
  );
}
