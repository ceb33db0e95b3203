import type { SpecialityCode } from '../../contracts/cadres.ts';
import { emptyPlan, type DemoPlan, type PlanPartyOrg, type UnitTypeCode } from './demo-model.ts';
import type { SeededRandom } from './random.ts';
import { shareOut } from './seed-wuzhou-projects.ts';

export const GUIZHOU = '520000000000';
/** 织金县熊家场镇宝山村: 省总工会机关第五党支部's pair [001]. */
export const BAOSHAN = '520524116214';
export const BAOSHAN_BRANCH = '中共宝山村支部委员会';
export const UNION = '贵州省总工会';
export const UNION_FIFTH_BRANCH = '贵州省总工会机关第五党支部';

// [001]: "省直机关已有1263个机关党支部结对帮扶1120个村" across "省直机关115个单位".
export const guizhouOrganFigures = { units: 115, branches: 1263 } as const;

// 云岩区 and 南明区 hold the provincial organs; most universities sit in 花溪区.
const YUNYAN = '520103';
const NANMING = '520102';
const HUAXI = '520111';

type Size = 'S' | 'M' | 'L' | 'XL';
// How many organ branches a unit of each size keeps, before the total is fitted to 1,263.
const SIZE_WEIGHT: Record<Size, number> = { S: 6, M: 10, L: 15, XL: 22 };

type OrganSeed = [name: string, shortName: string | null, size: Size, specialities: SpecialityCode[], type?: UnitTypeCode, seat?: string];

// The 115 units of 贵州省直机关 as 2016 knew them: 厅、局、委、办, the courts, the people's organizations and the universities.
const ORGANS: OrganSeed[] = [
  ['中共贵州省委办公厅', '省委办公厅', 'L', ['party_affairs']],
  ['中共贵州省纪律检查委员会', '省纪委', 'L', ['law', 'party_affairs']],
  ['中共贵州省委组织部', '省委组织部', 'L', ['party_affairs']],
  ['中共贵州省委宣传部', '省委宣传部', 'M', ['party_affairs', 'education']],
  ['中共贵州省委统一战线工作部', '省委统战部', 'M', ['party_affairs']],
  ['中共贵州省委政法委员会', '省委政法委', 'M', ['law']],
  ['中共贵州省委政策研究室', '省委政研室', 'S', ['party_affairs']],
  ['中共贵州省委机构编制委员会办公室', '省编办', 'S', ['party_affairs']],
  ['中共贵州省委党校', '省委党校', 'L', ['education', 'party_affairs']],
  ['中共贵州省委党史研究室', '省委党史研究室', 'S', ['party_affairs', 'education']],
  ['中共贵州省委老干部局', '省委老干部局', 'S', ['party_affairs']],
  ['中共贵州省直属机关工作委员会', '省直机关工委', 'S', ['party_affairs']],
  ['中共贵州省委网络安全和信息化领导小组办公室', '省委网信办', 'S', ['party_affairs', 'ecommerce']],
  ['贵州省人大常委会办公厅', '省人大常委会办公厅', 'L', ['law']],
  ['贵州省人民政府办公厅', '省政府办公厅', 'L', ['party_affairs']],
  ['贵州省政协办公厅', '省政协办公厅', 'M', ['party_affairs']],
  ['贵州省高级人民法院', '省法院', 'XL', ['law']],
  ['贵州省人民检察院', '省检察院', 'XL', ['law']],
  ['贵州省发展和改革委员会', '省发展改革委', 'XL', ['finance', 'engineering']],
  ['贵州省经济和信息化委员会', '省经济和信息化委', 'L', ['engineering', 'ecommerce']],
  ['贵州省教育厅', '省教育厅', 'L', ['education']],
  ['贵州省科学技术厅', '省科技厅', 'L', ['agriculture', 'engineering']],
  ['贵州省民族宗教事务委员会', '省民宗委', 'M', ['party_affairs', 'education']],
  ['贵州省公安厅', '省公安厅', 'XL', ['law']],
  ['贵州省民政厅', '省民政厅', 'L', ['health', 'party_affairs']],
  ['贵州省司法厅', '省司法厅', 'M', ['law']],
  ['贵州省财政厅', '省财政厅', 'XL', ['finance']],
  ['贵州省人力资源和社会保障厅', '省人力资源社会保障厅', 'L', ['education', 'finance']],
  ['贵州省国土资源厅', '省国土资源厅', 'L', ['engineering', 'agriculture']],
  ['贵州省环境保护厅', '省环保厅', 'M', ['engineering', 'forestry']],
  ['贵州省住房和城乡建设厅', '省住房城乡建设厅', 'L', ['engineering']],
  ['贵州省交通运输厅', '省交通运输厅', 'XL', ['engineering']],
  ['贵州省水利厅', '省水利厅', 'L', ['water', 'engineering']],
  ['贵州省农业委员会', '省农委', 'XL', ['agriculture', 'animal_husbandry']],
  ['贵州省林业厅', '省林业厅', 'L', ['forestry', 'agriculture']],
  ['贵州省商务厅', '省商务厅', 'M', ['ecommerce', 'finance']],
  ['贵州省文化厅', '省文化厅', 'M', ['education', 'tourism']],
  ['贵州省卫生和计划生育委员会', '省卫生计生委', 'XL', ['health']],
  ['贵州省审计厅', '省审计厅', 'L', ['finance']],
  ['贵州省人民政府外事办公室', '省外事办', 'S', ['party_affairs']],
  ['贵州省人民政府国有资产监督管理委员会', '省国资委', 'M', ['finance']],
  ['贵州省地方税务局', '省地税局', 'XL', ['finance']],
  ['贵州省工商行政管理局', '省工商局', 'L', ['finance', 'law']],
  ['贵州省质量技术监督局', '省质监局', 'M', ['engineering']],
  ['贵州省新闻出版广电局', '省新闻出版广电局', 'M', ['education']],
  ['贵州省体育局', '省体育局', 'M', ['education', 'health']],
  ['贵州省安全生产监督管理局', '省安监局', 'M', ['engineering']],
  ['贵州省统计局', '省统计局', 'M', ['finance']],
  ['贵州省旅游发展委员会', '省旅游发展委', 'M', ['tourism']],
  ['贵州省食品药品监督管理局', '省食品药品监管局', 'M', ['health']],
  ['贵州省扶贫开发办公室', '省扶贫办', 'M', ['agriculture', 'finance']],
  ['贵州省生态移民局', '省生态移民局', 'S', ['engineering', 'agriculture']],
  ['贵州省人民防空办公室', '省人防办', 'S', ['engineering']],
  ['贵州省人民政府法制办公室', '省政府法制办', 'S', ['law']],
  ['贵州省人民政府金融工作办公室', '省政府金融办', 'S', ['finance']],
  ['贵州省人民政府研究室', '省政府研究室', 'S', ['party_affairs']],
  ['贵州省人民政府发展研究中心', '省政府发展研究中心', 'S', ['finance', 'agriculture']],
  ['贵州省人民政府参事室', '省政府参事室', 'S', ['party_affairs']],
  ['贵州省文史研究馆', '省文史馆', 'S', ['education']],
  ['贵州省人民政府侨务办公室', '省侨办', 'S', ['party_affairs']],
  ['贵州省人民政府台湾事务办公室', '省台办', 'S', ['party_affairs']],
  ['贵州省机关事务管理局', '省机关事务局', 'M', ['engineering']],
  ['贵州省投资促进局', '省投资促进局', 'S', ['finance', 'ecommerce']],
  ['贵州省能源局', '省能源局', 'S', ['engineering']],
  ['贵州省粮食局', '省粮食局', 'S', ['agriculture']],
  ['贵州省物价局', '省物价局', 'S', ['finance']],
  ['贵州省知识产权局', '省知识产权局', 'S', ['law', 'engineering']],
  ['贵州省测绘地理信息局', '省测绘地信局', 'M', ['engineering']],
  ['贵州省监狱管理局', '省监狱管理局', 'M', ['law']],
  ['贵州省戒毒管理局', '省戒毒管理局', 'S', ['law', 'health']],
  ['贵州省地方志编纂委员会办公室', '省地方志办', 'S', ['education']],
  ['贵州省档案局', '省档案局', 'S', ['education', 'law']],
  ['贵州省地震局', '省地震局', 'S', ['engineering']],
  ['贵州省文物局', '省文物局', 'S', ['education', 'tourism']],
  ['贵州省中医药管理局', '省中医药局', 'S', ['health']],
  ['贵州省信访局', '省信访局', 'S', ['law']],
  ['贵州省地质矿产勘查开发局', '省地矿局', 'L', ['engineering']],
  ['贵州省有色金属和核工业地质勘查局', '省有色地勘局', 'M', ['engineering']],
  ['贵州省煤田地质局', '省煤田地质局', 'M', ['engineering']],
  ['贵州省供销合作社联合社', '省供销社', 'M', ['ecommerce', 'agriculture']],
  ['贵州省社会科学院', '省社科院', 'M', ['education', 'agriculture']],
  ['贵州科学院', null, 'L', ['agriculture', 'engineering']],
  ['贵州省农业科学院', '省农科院', 'XL', ['agriculture', 'animal_husbandry'], 'provincial', HUAXI],
  ['贵州省科学技术协会', '省科协', 'M', ['agriculture', 'engineering']],
  [UNION, '省总工会', 'M', ['party_affairs']],
  ['共青团贵州省委员会', '团省委', 'S', ['party_affairs', 'education']],
  ['贵州省妇女联合会', '省妇联', 'S', ['party_affairs', 'health']],
  ['贵州省文学艺术界联合会', '省文联', 'S', ['education', 'tourism']],
  ['贵州省作家协会', '省作协', 'S', ['education']],
  ['贵州省社会科学界联合会', '省社科联', 'S', ['education']],
  ['贵州省残疾人联合会', '省残联', 'S', ['health']],
  ['贵州省归国华侨联合会', '省侨联', 'S', ['party_affairs']],
  ['贵州省工商业联合会', '省工商联', 'S', ['finance', 'ecommerce']],
  ['贵州省红十字会', '省红十字会', 'S', ['health']],
  ['贵州省法学会', '省法学会', 'S', ['law']],
  ['中国国际贸易促进委员会贵州省分会', '省贸促会', 'S', ['ecommerce']],
  ['贵州省社会主义学院', '省社会主义学院', 'S', ['education']],
  ['贵州日报报业集团', '贵州日报', 'M', ['education'], 'soe', NANMING],
  ['贵州广播电视台', null, 'M', ['education'], 'soe', NANMING],
  ['贵州省农村信用社联合社', '省农信社', 'M', ['finance'], 'soe'],
  ['贵州出版集团有限公司', '贵州出版集团', 'S', ['education'], 'soe'],
  ['当代贵州杂志社', null, 'S', ['education']],
  ['贵州大学', null, 'XL', ['agriculture', 'engineering', 'education'], 'university', HUAXI],
  ['贵州师范大学', '贵州师大', 'L', ['education'], 'university'],
  ['贵州医科大学', null, 'L', ['health'], 'university'],
  ['贵州民族大学', null, 'L', ['education'], 'university', HUAXI],
  ['贵州财经大学', null, 'L', ['finance', 'ecommerce'], 'university', HUAXI],
  ['贵阳中医学院', null, 'M', ['health'], 'university'],
  ['贵州理工学院', null, 'M', ['engineering'], 'university'],
  ['贵州师范学院', null, 'M', ['education'], 'university'],
  ['贵州商学院', null, 'M', ['finance', 'ecommerce'], 'university'],
  ['贵州警官职业学院', null, 'S', ['law'], 'university'],
  ['贵州轻工职业技术学院', null, 'S', ['engineering'], 'university'],
  ['贵州交通职业技术学院', null, 'S', ['engineering'], 'university'],
  ['贵州农业职业学院', null, 'S', ['agriculture', 'animal_husbandry'], 'university'],
];

// The seed's story needs at least a fifth branch at 省总工会.
const UNION_MIN_BRANCHES = 5;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 21 → 二十一: a branch's ordinal as its name writes it. */
export function chineseOrdinal(n: number): string {
  if (n < 1 || n > 99) throw new Error(`no ordinal for ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

export type GuizhouOrgan = { name: string; shortName: string; specialities: readonly SpecialityCode[] };

/** The 115 units in plan order, with the short name the province calls each by. */
export function guizhouOrgans(): GuizhouOrgan[] {
  return ORGANS.map(([name, shortName, , specialities]) => ({ name, shortName: shortName ?? name, specialities }));
}

/** The organ branches each unit keeps, fitted so the 115 units hold 1,263 in all. */
function branchCounts(): number[] {
  const counts = shareOut(
    ORGANS.map(([, , size]) => SIZE_WEIGHT[size]),
    guizhouOrganFigures.branches,
  );
  const union = ORGANS.findIndex(([name]) => name === UNION);
  if (counts[union]! < UNION_MIN_BRANCHES) throw new Error('省总工会 needs a fifth branch');
  return counts;
}

/**
 * [001] 贵州省直机关: 115 units, each with its 党组 (a party committee organ or a university has its
 * 委员会 instead), its 机关党委 and its organ branches, 1,263 branches in all; and 宝山村's branch,
 * paired with 省总工会机关第五党支部. No cadres: the campaign's ledger names the people who went.
 */
export function planGuizhouOrgans(random: SeededRandom): DemoPlan {
  const plan = emptyPlan();
  const counts = branchCounts();
  ORGANS.forEach(([name, shortName, , specialities, type = 'provincial', seat = YUNYAN], index) => {
    const unitId = random.uuid();
    plan.units.push({ id: unitId, name, shortName, type, divisionCode: GUIZHOU, seatCounty: seat, specialities });
    const org = (orgName: string, kind: PlanPartyOrg['kind'], parentId: string | null): PlanPartyOrg => {
      const row: PlanPartyOrg = { id: random.uuid(), name: orgName, kind, parentId, unitId, teamId: null, divisionCode: GUIZHOU, establishedOn: null, note: null };
      plan.partyOrgs.push(row);
      return row;
    };
    const partyName = name.startsWith('中共') ? name : `中共${name}`;
    if (type === 'university') org(`${partyName}委员会`, 'committee', null);
    else if (!name.startsWith('中共')) org(`${partyName}党组`, 'committee', null);
    const organCommittee = org(`${partyName}机关委员会`, 'committee', null);
    for (let n = 1; n <= counts[index]!; n += 1) org(`${name}机关第${chineseOrdinal(n)}党支部`, 'branch', organCommittee.id);
  });
  plan.partyOrgs.push({ id: random.uuid(), name: BAOSHAN_BRANCH, kind: 'branch', parentId: null, unitId: null, teamId: null, divisionCode: BAOSHAN, establishedOn: null, note: '与省总工会机关第五党支部结对，创建“红旗党支部”' });
  return plan;
}
