import type { DemandState, HealthState, HouseholdStatus, MonitoringState, MonitoringType } from '../../contracts/household-codes.ts';
import type { DemandCategory } from '../../contracts/demands.ts';
import type { TeamRole } from '../../server/modules/teams/index.ts';
import { addDays } from './demo-world.ts';
import type { SeededRandom } from './random.ts';

export type FieldPerson = { id: string; name: string; health: HealthState; workingAway: boolean; workPlace: string | null };
export type FieldHousehold = {
  id: string;
  name: string;
  group: string | null;
  status: HouseholdStatus;
  monitoringType: MonitoringType | null;
  monitoringState: MonitoringState | null;
  cadreId: string | null;
  industry: string | null;
  persons: FieldPerson[];
};
export type FieldCadre = { id: string; name: string; role: TeamRole };
export type FieldVillage = { code: string; cadres: FieldCadre[]; households: FieldHousehold[] };

export type PlanVisit = { id: string; householdId: string; divisionCode: string; cadreId: string; visitedOn: string; findings: string; followUp: string | null; followUpDone: string | null };
export type PlanDiary = { id: string; cadreId: string; divisionCode: string; entryDate: string; content: string };
export type PlanDemand = {
  id: string;
  divisionCode: string;
  householdId: string | null;
  raisedBy: string;
  raisedOn: string;
  category: DemandCategory;
  content: string;
  state: DemandState;
  assignedCadreId: string | null;
  assignedOn: string | null;
  dueOn: string | null;
  solvedOn: string | null;
  solution: string | null;
  closedReason: string | null;
};
export type PlanLabourTransfer = {
  id: string;
  personId: string;
  householdId: string;
  divisionCode: string;
  destination: string;
  employer: string;
  job: string;
  organized: 'organized' | 'self';
  startedOn: string;
  monthlyIncome: number;
};

/** The days of the demo month: the thirty days before today. */
export function monthDays(today: string): string[] {
  return Array.from({ length: 30 }, (_, i) => addDays(today, i - 30));
}

function findingsFor(random: SeededRandom, household: FieldHousehold): { findings: string; followUp: string | null } {
  const ill = household.persons.find((p) => p.health === 'serious' || p.health === 'chronic');
  const away = household.persons.find((p) => p.workingAway);
  const options: { findings: string; followUp: string | null }[] = [
    { findings: '核实两不愁三保障情况：口粮充足，饮水正常，住房无安全隐患', followUp: null },
    { findings: '宣传防返贫动态监测政策，留下联系电话，户主表示家中一切正常', followUp: null },
  ];
  if (household.industry) options.push({ findings: `查看${household.industry.replace(/[，,].*$/, '')}情况，长势良好，预计今年收入稳定`, followUp: random.chance(0.3) ? '联系镇农业服务中心技术员上门指导' : null });
  if (ill) options.push({ findings: `${ill.name}${ill.health === 'serious' ? '出院后在家休养，自付医疗费用较多' : '慢性病按时服药，家庭医生本月上门随访一次'}`, followUp: ill.health === 'serious' ? '协助申请医疗救助，核对报销单据' : null });
  if (away) options.push({ findings: `${away.name}在${away.workPlace ?? '外地'}务工，每月按时寄钱回家，家中老人由邻居照应`, followUp: null });
  if (household.status === 'new') options.push({ findings: '入户核实家庭人口、收入和住房情况，收集识别申请材料', followUp: '补齐户口簿复印件和收入证明' });
  if (household.monitoringState === 'monitoring') {
    options.push({ findings: household.monitoringType === 'sudden' ? '突发困难后家庭支出增加，收入明显下降，帮扶措施正在落实' : '家庭收入接近监测线，动员参加公益性岗位和技能培训', followUp: '跟进帮扶措施落实，下月再次入户' });
  }
  return random.pick(options);
}

/**
 * 入户走访 of the demo month: most households once, households under monitoring or being
 * identified more often; about a quarter are not visited, so coverage shows a gap to close.
 */
export function planVisits(random: SeededRandom, village: FieldVillage, today: string): PlanVisit[] {
  const days = monthDays(today);
  const out: PlanVisit[] = [];
  for (const household of village.households) {
    if (household.status === 'not_identified' || (household.status === 'non_poor' && household.monitoringState !== 'monitoring')) continue;
    const watched = household.monitoringState === 'monitoring' || household.status === 'new';
    if (!random.chance(watched ? 0.95 : 0.68)) continue;
    const times = watched && random.chance(0.5) ? 2 : 1;
    const cadreId = household.cadreId ?? random.pick(village.cadres).id;
    for (const visitedOn of random.shuffle(days).slice(0, times)) {
      const { findings, followUp } = findingsFor(random, household);
      const done = followUp && random.chance(0.5) ? addDays(visitedOn, random.int(1, 6)) : null;
      out.push({ id: random.uuid(), householdId: household.id, divisionCode: village.code, cadreId, visitedOn, findings, followUp, followUpDone: done && done < today ? done : null });
    }
  }
  return out;
}

const DIARY_MORNINGS = ['上午到{group}走访{a}家，{finding}', '上午参加村“两委”例会，研究{topic}', '上午和村干部一起到{group}查看{topic}进展', '上午在村委会接待群众来访，登记诉求两件'];
const DIARY_AFTERNOONS = ['下午整理走访记录，更新帮扶台账。', '下午到{b}家了解孩子上学情况。', '下午组织召开院坝会，宣讲防返贫监测政策。', '下午协助镇里核对医保参保名单。', '下午陪{b}到镇卫生院办理慢性病卡。'];
const DIARY_TOPICS = ['产业发展', '通组道路硬化', '饮水工程维修', '村集体经济项目', '人居环境整治'];

/**
 * 民情日记 of the team cadres on some days of the month: each writes when he chooses, about a
 * third of the days, and nothing counts the days he did not.
 */
export function planDiaries(random: SeededRandom, village: FieldVillage, today: string, written: Set<string>): PlanDiary[] {
  const out: PlanDiary[] = [];
  const names = village.households.map((h) => h.name);
  if (names.length === 0) return out;
  for (const cadre of village.cadres) {
    if (written.has(cadre.id)) continue;
    written.add(cadre.id);
    const share = 0.2 + random.next() * 0.3;
    for (const day of monthDays(today)) {
      if (!random.chance(share)) continue;
      const fill = (text: string) =>
        text
          .replace('{group}', random.pick(['一组', '二组', '三组', '四组', '五组']))
          .replace('{a}', random.pick(names))
          .replace('{b}', random.pick(names))
          .replace('{topic}', random.pick(DIARY_TOPICS))
          .replace('{finding}', random.pick(['家里今年收成不错', '老人身体不太好，叮嘱按时吃药', '孩子在县城读初中，成绩稳定', '想扩大养殖规模，缺少资金']));
      out.push({ id: random.uuid(), cadreId: cadre.id, divisionCode: village.code, entryDate: day, content: `${fill(random.pick(DIARY_MORNINGS))}；${fill(random.pick(DIARY_AFTERNOONS))}` });
    }
  }
  return out;
}

const DEMANDS: readonly (readonly [DemandCategory, string, string])[] = [
  ['infrastructure', '组里通组道路雨后泥泞，摩托车进不去，希望硬化', '争取“一事一议”项目资金，硬化通组道路800米'],
  ['infrastructure', '旱季自来水时常断水，希望解决', '更换老化水管300米，新建蓄水池一座'],
  ['industry', '希望有人指导养殖技术，牛生病不知道怎么办', '联系县畜牧站技术员上门培训，发放防疫资料'],
  ['employment', '儿子初中毕业在家，想外出务工，希望推荐工作', '推荐参加劳务输出，已在东莞电子厂上岗'],
  ['medical', '慢性病门诊卡到期，不知道怎么续办', '陪同到镇卫生院办理续期，当天办结'],
  ['education', '孩子读中职，想申请雨露计划补助', '协助提交申请材料，补助已发放到户'],
  ['housing', '房屋墙体开裂，担心雨季不安全', '申请住房安全鉴定，列入今年危房改造计划'],
  ['social_security', '老人满80岁，想申请高龄津贴', '协助到镇民政办提交材料，次月起发放'],
];

/** 群众诉求 of the month and the one before: most solved within days, some in hand, some waiting, one past due. */
export function planDemands(random: SeededRandom, village: FieldVillage, today: string, overdue: boolean): PlanDemand[] {
  if (village.cadres.length === 0 || village.households.length === 0) return [];
  const out: PlanDemand[] = [];
  const count = random.int(4, 6);
  const templates = random.shuffle(DEMANDS);
  const leader = village.cadres.find((c) => c.role === 'leader_first_secretary' || c.role === 'leader') ?? village.cadres[0]!;
  for (let i = 0; i < count; i += 1) {
    const [category, content, solution] = templates[i % templates.length]!;
    const household = random.pick(village.households);
    const late = i === 0 && overdue;
    const state: DemandState = late ? 'assigned' : random.weighted([['solved', 0.6], ['assigned', 0.2], ['open', 0.15], ['closed', 0.05]]);
    const [earliest, latest] = late ? [25, 40] : state === 'solved' ? [12, 55] : state === 'open' ? [1, 10] : [3, 30];
    const raisedOn = addDays(today, -random.int(earliest, latest));
    const assignedOn = state === 'open' ? null : addDays(raisedOn, random.int(0, 2));
    const cadre = late ? leader : random.pick(village.cadres);
    const solvedOn = state === 'solved' ? addDays(assignedOn!, random.int(1, Math.min(20, Math.max(1, daysBetween(assignedOn!, today) - 1)))) : null;
    out.push({
      id: random.uuid(),
      divisionCode: village.code,
      householdId: household.id,
      raisedBy: household.name,
      raisedOn,
      category,
      content,
      state,
      assignedCadreId: state === 'open' || state === 'closed' ? null : cadre.id,
      assignedOn: state === 'closed' ? null : assignedOn,
      // The one past due was given a fortnight; the others are still within their time.
      dueOn: state === 'assigned' ? (late ? addDays(assignedOn!, 15) : addDays(today, random.int(4, 20))) : state === 'solved' ? addDays(assignedOn!, 30) : null,
      solvedOn,
      solution: state === 'solved' ? solution : null,
      closedReason: state === 'closed' ? '属个人家庭事务，不属于帮扶范围，已向当事人解释' : null,
    });
  }
  return out;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const EMPLOYERS: Record<string, readonly string[]> = {
  广东东莞: ['东莞市长安镇五金制品厂', '东莞市虎门镇服装厂', '东莞市塘厦镇电子科技有限公司'],
  广东深圳: ['深圳市宝安区电子厂', '深圳市龙华区物流园'],
  广东广州: ['广州市白云区物流公司', '广州市番禺区服装厂'],
  广东佛山: ['佛山市顺德区家具厂', '佛山市南海区铝材厂'],
  广东茂名: ['茂名市石化配套企业', '茂名市电白区建筑公司'],
  浙江宁波: ['宁波市北仑区模具厂', '宁波市慈溪家电制造公司'],
  浙江义乌: ['义乌市小商品物流公司', '义乌市饰品加工厂'],
  江苏昆山: ['昆山市电子元件厂'],
  江苏苏州: ['苏州工业园区电子厂'],
  福建晋江: ['晋江市鞋业公司'],
  福建泉州: ['泉州市纺织厂'],
  云南昆明: ['昆明市建筑工程公司', '昆明市呈贡区物流园'],
  四川成都: ['成都市餐饮连锁公司', '成都市建筑劳务公司'],
  贵州贵阳: ['贵阳市建筑劳务公司', '贵阳市白云区食品厂'],
};
const JOBS = ['普工', '电子装配工', '缝纫工', '建筑工', '快递分拣员', '厨师', '保安', '货车司机'];

/** 转移就业: everyone the registry shows working away, with the employer and 3,000–6,000 yuan a month. */
export function planLabourTransfers(random: SeededRandom, village: FieldVillage, today: string): PlanLabourTransfer[] {
  const out: PlanLabourTransfer[] = [];
  for (const household of village.households) {
    for (const person of household.persons) {
      if (!person.workingAway || !person.workPlace) continue;
      out.push({
        id: random.uuid(),
        personId: person.id,
        householdId: household.id,
        divisionCode: village.code,
        destination: person.workPlace,
        employer: random.pick(EMPLOYERS[person.workPlace] ?? [`${person.workPlace}建筑劳务公司`]),
        job: random.pick(JOBS),
        organized: random.chance(0.4) ? 'organized' : 'self',
        startedOn: addDays(today, -random.int(40, 900)),
        monthlyIncome: random.int(30, 60) * 100,
      });
    }
  }
  return out;
}
