import { and, count, eq, isNull } from 'drizzle-orm';
import { partyMemberships, partyOrgs } from '../../server/modules/party-orgs/index.ts';
import { branchReports, issueReport, orgLifeRecords } from '../../server/modules/org-life/index.ts';
import type { BranchTask, OrgLifeKind } from '../../contracts/party-codes.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

const BRANCH = '苍溪县应急管理局驻村工作队临时党支部';

const studies = [
  '学习贯彻党的二十届四中全会精神',
  '学习习近平总书记关于“三农”工作的重要论述',
  '防止返贫动态监测和帮扶政策',
  '《中华人民共和国乡村振兴促进法》',
  '巩固拓展脱贫攻坚成果同乡村振兴有效衔接政策',
  '深入贯彻中央八项规定精神学习教育',
  '《中国共产党农村基层组织工作条例》',
  '中央一号文件精神',
  '农村低收入人口常态化帮扶政策',
  '驻村帮扶工作业务学习：入户走访和民情日记',
  '应急管理和防汛减灾知识',
  '《中国共产党纪律处分条例》',
];
const themeDays = ['重温入党誓词', '走访慰问困难群众', '进村入户宣讲惠民政策', '参观红军渡纪念地', '为民办实事现场会', '政策宣讲进院坝'];
const labours = ['清理英明村村道杂草', '龙神塘集体经济园施肥除草', '帮助脱贫户采收猕猴桃', '人居环境整治', '修整马蹄村灌溉渠', '协助留守老人抢收中药材'];
const reasons = ['入户走访', '回单位汇报工作', '病假', '参加县级培训'];

type Row = typeof orgLifeRecords.$inferInsert;

/**
 * [004]: a year of the Cangxi temporary branch's meetings up to today — a study every week, a theme
 * party day, volunteer labour and a committee meeting each month, an assembly and a party lecture
 * each quarter, one special meeting — then the weekly notices and monthly reports of the finished periods.
 */
export async function seedOrgLife(world: DemoWorld): Promise<number> {
  const db = world.deps.db;
  const [org] = await db.select().from(partyOrgs).where(eq(partyOrgs.name, BRANCH));
  if (!org) return 0;
  const [existing] = await db.select({ n: count() }).from(orgLifeRecords).where(eq(orgLifeRecords.partyOrgId, org.id));
  if ((existing?.n ?? 0) > 0) {
    await issuePast(world, org.id);
    return 0;
  }
  const members = (await db.select().from(partyMemberships).where(and(eq(partyMemberships.partyOrgId, org.id), isNull(partyMemberships.leftOn)))).map((m) => m.cadreId);
  const rows: Row[] = [];
  const random = world.random;
  const add = (kind: OrgLifeKind, heldOn: string, topic: string, tasks: BranchTask[], place: string) => {
    if (heldOn > world.today) return;
    const absentees: Row['absentees'] = [];
    if (members.length > 2 && random.chance(0.12)) {
      const cadreId = random.pick(members);
      const madeUpOn = addDays(heldOn, random.int(1, 5));
      absentees.push({ cadreId, reason: random.pick(reasons), madeUpOn: madeUpOn <= world.today ? madeUpOn : null, madeUpNote: madeUpOn <= world.today ? '自学并向书记汇报学习体会' : null });
    }
    const absent = new Set(absentees.map((a) => a.cadreId));
    rows.push({ partyOrgId: org.id, divisionCode: org.divisionCode, kind, heldOn, topic, place, tasks, attendeeIds: members.filter((m) => !absent.has(m)), absentees, content: `${topic}。` });
  };
  const first = addDays(world.today, -364);
  // Wednesday of each week from a year back.
  const weekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (let day = addDays(first, (2 - weekday + 7) % 7), i = 0; day <= world.today; day = addDays(day, 7), i += 1) {
    add('weekly_study', day, studies[i % studies.length]!, ['theory_study', 'education_management'], '英明村党群服务中心');
  }
  for (let m = 0; m < 13; m += 1) {
    const month = new Date(`${first.slice(0, 7)}-01T00:00:00Z`);
    month.setUTCMonth(month.getUTCMonth() + m);
    const ym = month.toISOString().slice(0, 7);
    if (`${ym}-28` < first) continue;
    add('committee_meeting', `${ym}-02`, `研究${Number(ym.slice(5))}月驻村帮扶工作`, ['situation_reporting', 'discipline_supervision'], '英明村党群服务中心');
    add('theme_day', `${ym}-0${random.int(5, 9)}`, themeDays[m % themeDays.length]!, ['policy_publicity', 'serving_people'], '英明村');
    add('volunteer_labour', `${ym}-${random.int(15, 20)}`, labours[m % labours.length]!, ['serving_people'], '英明村、马蹄村');
    add('group_meeting', `${ym}-25`, '党小组交流入户走访情况', ['situation_reporting'], '英明村党群服务中心');
    if (Number(ym.slice(5)) % 3 === 0) {
      add('member_assembly', `${ym}-12`, '支部党员大会：通报季度工作、评议党员', ['education_management'], '英明村党群服务中心');
      add('party_lecture', `${ym}-22`, '书记讲党课：把支部建在驻村工作队上', ['theory_study'], '英明村党群服务中心');
    }
    if (ym.endsWith('-10')) add('special_meeting', `${ym}-26`, '帮扶专题组织生活会：对照“六个一”查摆问题', ['discipline_supervision', 'education_management'], '英明村党群服务中心');
  }
  const inRange = rows.filter((r) => r.heldOn >= first && (!org.establishedOn || r.heldOn >= org.establishedOn));
  for (let i = 0; i < inRange.length; i += 200) await db.insert(orgLifeRecords).values(inRange.slice(i, i + 200));
  await issuePast(world, org.id);
  return inRange.length;
}

/** The notices of the last eight finished weeks and the reports of the last twelve finished months, issued by the secretary. */
async function issuePast(world: DemoWorld, orgId: string): Promise<void> {
  const ctx = await world.as('cangxi-branch');
  const [done] = await world.deps.db.select({ n: count() }).from(branchReports).where(eq(branchReports.partyOrgId, orgId));
  if ((done?.n ?? 0) > 0) return;
  const periods: { kind: 'weekly_notice' | 'monthly_report'; period: string }[] = [];
  for (let w = 8; w >= 1; w -= 1) periods.push({ kind: 'weekly_notice', period: isoWeekLabel(addDays(world.today, -7 * w)) });
  for (let m = 12; m >= 1; m -= 1) {
    const d = new Date(`${world.today.slice(0, 7)}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - m);
    periods.push({ kind: 'monthly_report', period: d.toISOString().slice(0, 7) });
  }
  for (const p of periods) await issueReport(ctx, orgId, p);
}

function isoWeekLabel(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7) + 3);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const firstThursday = new Date(jan4);
  firstThursday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + 3);
  const week = Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
