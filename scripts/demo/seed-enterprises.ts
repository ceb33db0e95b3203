import { and, asc, eq, like } from 'drizzle-orm';
import { withinDivision } from '../../server/platform/access/scope.ts';
import type { Ctx } from '../../server/platform/http/context.ts';
import { divisions } from '../../server/modules/divisions/index.ts';
import { addContribution, addPairing, createEnterprise, enterprises } from '../../server/modules/enterprises/index.ts';
import { creditCodeCheckChar, type ContributionBody } from '../../contracts/enterprises.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

export const CANGWU = '450421';
export const FUNING = '450481113206';
export const CHANGJIANG = '南宁长江集团有限公司';
/** [002]: 先期投入1200多万元进行村庄整体规划. */
export const CHANGJIANG_FIRST_INVESTMENT = '12360000.00';

type Raw = 'tea' | 'timber' | 'resin' | 'spice' | 'stone' | 'grain' | 'pork' | 'fruit' | 'fish' | 'bamboo' | null;
type Plan = { name: string; industry: string; raw: Raw };

// [002] 苍梧县 村企连心: 20 爱心企业, by 党组织结对共建; the village gives raw materials and spare labour back.
const plans: Plan[] = [
  { name: '苍梧县六堡山茶业有限公司', industry: '茶叶', raw: 'tea' },
  { name: '苍梧县茶乡六堡茶业有限公司', industry: '茶叶', raw: 'tea' },
  { name: '苍梧县鑫林木业有限公司', industry: '木材加工', raw: 'timber' },
  { name: '苍梧县桂东木业有限公司', industry: '木材加工', raw: 'timber' },
  { name: '苍梧县松香化工有限公司', industry: '林产化工', raw: 'resin' },
  { name: '苍梧县八角香料有限公司', industry: '香料加工', raw: 'spice' },
  { name: '苍梧县沙头建材有限公司', industry: '建材', raw: 'stone' },
  { name: '苍梧县石桥水泥制品有限公司', industry: '建材', raw: 'stone' },
  { name: '苍梧县恒达砖业有限公司', industry: '建材', raw: 'stone' },
  { name: '苍梧县绿源食品有限公司', industry: '食品', raw: 'pork' },
  { name: '苍梧县丰源米业有限公司', industry: '粮食加工', raw: 'grain' },
  { name: '苍梧县山里香腊味食品有限公司', industry: '食品', raw: 'pork' },
  { name: '苍梧县梨埠砂糖橘果业有限公司', industry: '水果种植销售', raw: 'fruit' },
  { name: '苍梧县富民生猪养殖有限公司', industry: '畜牧养殖', raw: 'grain' },
  { name: '苍梧县桂江水产养殖有限公司', industry: '水产养殖', raw: 'fish' },
  { name: '苍梧县宏发竹木制品有限公司', industry: '竹木制品', raw: 'bamboo' },
  { name: '苍梧县华鑫电子有限公司', industry: '电子元件', raw: null },
  { name: '苍梧县新兴服装有限公司', industry: '服装加工', raw: null },
  { name: '苍梧县顺通运输有限公司', industry: '交通运输', raw: null },
  { name: '苍梧县金穗农业发展有限公司', industry: '农业', raw: 'grain' },
];

const purchases: Record<Exclude<Raw, null>, string> = {
  tea: '收购村民鲜茶叶',
  timber: '收购村民速生桉木材',
  resin: '收购村民松脂',
  spice: '收购村民八角、肉桂',
  stone: '采购村集体砂石料',
  grain: '收购村民稻谷、玉米',
  pork: '收购村民生猪、土鸡',
  fruit: '收购村民砂糖橘',
  fish: '收购村民鱼苗、成鱼',
  bamboo: '收购村民毛竹',
};

const works = ['出资硬化屯级道路', '出资修建村头便民桥', '出资修缮村委办公楼、改善办公条件', '出资建设村级活动场所', '出资安装太阳能路灯', '出资修建饮水池'];
const goods = [
  { text: '捐赠村委会办公电脑', unit: '台', per: 4500, range: [2, 6] },
  { text: '捐赠水泥用于修路', unit: '吨', per: 420, range: [30, 120] },
  { text: '捐赠化肥', unit: '吨', per: 2800, range: [5, 20] },
  { text: '捐赠村委办公桌椅', unit: '套', per: 900, range: [10, 30] },
] as const;

/** A 统一社会信用代码 of a company registered in 苍梧县, with its check character. */
function creditCode(world: DemoWorld): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const body = `91${CANGWU}MA5${Array.from({ length: 6 }, () => world.random.pick([...chars])).join('')}`;
  return body + creditCodeCheckChar(body)!;
}

const yuan = (amount: number) => `${amount}.00`;

async function cangwuVillages(world: DemoWorld): Promise<{ code: string; name: string }[]> {
  return world.deps.db
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(and(withinDivision(divisions.code, CANGWU), eq(divisions.level, 'village')))
    .orderBy(asc(divisions.code));
}

/** Two to four records a year of pairing: money for works, often goods, purchases and jobs. */
function contributionsFor(world: DemoWorld, plan: Plan, pairingId: string, since: string): ContributionBody[] {
  const day = (from: number) => addDays(since, world.random.int(from, from + 120));
  const out: ContributionBody[] = [
    { pairingId, kind: 'money', value: yuan(world.random.int(5, 60) * 10000), givenOn: day(20), description: world.random.pick(works) },
  ];
  if (world.random.chance(0.5)) {
    const g = world.random.pick(goods);
    const count = world.random.int(g.range[0], g.range[1]);
    out.push({ pairingId, kind: 'goods', value: yuan(count * g.per), quantity: String(count), unit: g.unit, givenOn: day(60), description: g.text });
  }
  if (plan.raw) {
    out.push({ pairingId, kind: 'purchases', value: yuan(world.random.int(2, 40) * 10000), givenOn: day(150), description: purchases[plan.raw] });
  }
  if (!plan.raw || world.random.chance(0.6)) {
    out.push({ pairingId, kind: 'jobs', quantity: String(world.random.int(3, 30)), givenOn: day(90), description: '吸纳村富余劳动力进厂务工' });
  }
  return out;
}

async function pairAndGive(ctx: Ctx, world: DemoWorld, enterpriseId: string, plan: Plan, village: string, since: string, agreement: string) {
  const paired = await addPairing(ctx, enterpriseId, { divisionCode: village, since, agreement });
  const pairing = paired.pairings.find((p) => p.divisionCode === village && !p.until)!;
  const bodies = contributionsFor(world, plan, pairing.id, since).filter((b) => b.givenOn <= world.today);
  for (const body of bodies) await addContribution(ctx, enterpriseId, body);
  return bodies.length;
}

/**
 * [002] 村企连心: 20 苍梧县 enterprises each paired with one or two of its villages, written as 苍梧县委组织部,
 * and 南宁长江集团 paired by 梧州市委组织部 with 岑溪市安平镇富宁村, its first ¥12,360,000 for the village plan.
 * Runs once: a database that has 南宁长江集团 already is left alone.
 */
export async function seedEnterprises(world: DemoWorld): Promise<{ enterprises: number; pairings: number; contributions: number }> {
  const written = { enterprises: 0, pairings: 0, contributions: 0 };
  const [done] = await world.deps.db.select({ id: enterprises.id }).from(enterprises).where(like(enterprises.name, CHANGJIANG));
  if (done) return written;

  const county = await world.as('cangwu-org');
  const villages = world.random.shuffle(await cangwuVillages(world));
  if (villages.length < 40) throw new Error(`苍梧县 villages not loaded (${villages.length})`);
  let next = 0;
  for (const plan of plans) {
    const phone = world.random.chance(0.6) ? `139${world.random.digits(8)}` : `0774-${world.random.int(2, 8)}${world.random.digits(6)}`;
    const view = await createEnterprise(county, {
      name: plan.name,
      creditCode: creditCode(world),
      divisionCode: `${CANGWU}000000`,
      industry: plan.industry,
      contactName: `${world.random.pick(['李', '黄', '陈', '梁', '莫', '覃', '邓', '钟'])}${world.random.pick(['经理', '总', '主任'])}`,
      contactPhone: phone,
      partyOrgName: `${plan.name}党支部`,
    });
    written.enterprises += 1;
    const count = world.random.chance(0.35) ? 2 : 1;
    for (let i = 0; i < count; i += 1) {
      const village = villages[next++]!;
      const since = addDays(world.today, -world.random.int(420, 720));
      written.contributions += await pairAndGive(county, world, view.id, plan, village.code, since, '党组织结对共建协议（村企连心）');
      written.pairings += 1;
    }
  }

  const city = await world.as('wuzhou-city');
  const changjiang = await createEnterprise(city, {
    name: CHANGJIANG,
    divisionCode: '450400000000',
    industry: '房地产开发、乡村旅游',
    contactName: '周经理',
    contactPhone: `138${world.random.digits(8)}`,
    partyOrgName: '南宁长江集团有限公司党委',
    note: '市委组织部“十乡百村”定点帮扶促成合作开发协议',
  });
  const since = addDays(world.today, -400);
  const paired = await addPairing(city, changjiang.id, { divisionCode: FUNING, since, agreement: '富宁村合作开发协议：打造乡村休闲旅游点' });
  const pairingId = paired.pairings[0]!.id;
  await addContribution(city, changjiang.id, { pairingId, kind: 'money', value: CHANGJIANG_FIRST_INVESTMENT, givenOn: addDays(since, 30), description: '先期投入资金进行村庄整体规划' });
  await addContribution(city, changjiang.id, { pairingId, kind: 'project', givenOn: addDays(since, 90), description: '引进乡村休闲旅游项目，带动周边村庄共同发展' });
  await addContribution(city, changjiang.id, { pairingId, kind: 'jobs', quantity: '45', givenOn: addDays(since, 200), description: '旅游点建设吸纳富宁村及周边村民务工' });
  return { enterprises: written.enterprises + 1, pairings: written.pairings + 1, contributions: written.contributions + 3 };
}
