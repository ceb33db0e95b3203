import { inArray } from 'drizzle-orm';
import { donations } from '../../server/modules/donations/index.ts';
import type { DonationForm, DonorKind } from '../../contracts/social-codes.ts';
import { addDays, type DemoWorld } from './demo-world.ts';
import { formatCents } from './project-money.ts';
import { SeededRandom } from './random.ts';
import { DAWEI } from './seed-wuzhou.ts';
import { shareOut, wuzhouVillages, type WuzhouVillage } from './seed-wuzhou-projects.ts';
import { insertInChunks } from './write-demo.ts';

export const WUZHOU_DONATION_SEED = 'zhucun-wuzhou-donations-v1';

/** [002]: "联系捐款捐物折款近600多万元" — money and goods at their value, to the cent; 香港善一堂's gift among them. */
export const wuzhouDonationFigures = { total: '6048600.00', dawei: '680000.00', count: 121 } as const;
const DAWEI_GIFT = { donor: '香港善一堂', purpose: '村级幼儿园建设', daysAgo: 286 };

type Donor = [name: string, kind: DonorKind];
const DONORS: Donor[] = [
  ['广西梧州中恒集团股份有限公司', 'enterprise'],
  ['梧州市冰泉实业股份有限公司', 'enterprise'],
  ['广西梧州双钱实业有限公司', 'enterprise'],
  ['广西梧州制药（集团）股份有限公司', 'enterprise'],
  ['梧州神冠蛋白肠衣有限公司', 'enterprise'],
  ['广西梧州茂圣茶业有限公司', 'enterprise'],
  ['广西梧州市通宝再生物资有限公司', 'enterprise'],
  ['岑溪市古典鸡养殖有限公司', 'enterprise'],
  ['藤县中和陶瓷有限公司', 'enterprise'],
  ['蒙山县丝绸实业有限公司', 'enterprise'],
  ['梧州市慈善总会', 'organization'],
  ['梧州市红十字会', 'organization'],
  ['岑溪市慈善会', 'organization'],
  ['藤县青年志愿者协会', 'organization'],
  ['梧州市直机关工委（干部职工爱心捐款）', 'unit'],
  ['梧州学院（教职工爱心捐款）', 'unit'],
];
// 在外乡贤: people of the village who made good elsewhere.
const SURNAMES = '梁黄陈李何罗邓覃莫钟';
const GIVEN = ['志强', '伟明', '国华', '永康', '锦荣', '德昌', '家豪', '少华', '汉文', '振兴'];

type Goods = { goods: string; unit: string; price: number; purpose: string };
const GOODS: Goods[] = [
  { goods: '复合肥', unit: '吨', price: 3_200, purpose: '扶持贫困户发展种植' },
  { goods: '课桌椅', unit: '套', price: 380, purpose: '改善村小学办学条件' },
  { goods: '台式电脑', unit: '台', price: 3_600, purpose: '村级远程教育站点' },
  { goods: '冬季棉被', unit: '床', price: 160, purpose: '慰问贫困户、五保户' },
  { goods: '三黄鸡苗', unit: '只', price: 6, purpose: '扶持贫困户发展养殖' },
  { goods: '砂糖桔果苗', unit: '株', price: 8, purpose: '扶持贫困户发展种植' },
  { goods: '水泥', unit: '吨', price: 420, purpose: '村屯道路硬化' },
  { goods: '太阳能路灯', unit: '盏', price: 2_300, purpose: '村屯亮化' },
];
const MONEY_PURPOSES = ['村屯道路硬化', '饮水工程建设', '村小学校舍修缮', '资助贫困学生就学', '慰问贫困户', '村级文化活动场所建设', '改水改厕及绿化美化'];

type DonationRow = typeof donations.$inferInsert;

/** The donations the first secretaries arranged, each to the village of the team they lead. */
export function planWuzhouDonations(villages: readonly WuzhouVillage[], today: string, random: SeededRandom): DonationRow[] {
  const dawei = villages.find((v) => v.code === DAWEI);
  if (!dawei) throw new Error('大卫村 has no team in post');
  const others = villages.filter((v) => v.leaderId && v.code !== DAWEI);
  const count = wuzhouDonationFigures.count - 1;
  // Whole hundreds of yuan share out the rest of the total, the larger gifts rarer than the small.
  const weights = Array.from({ length: count }, () => Math.exp(random.next() * 3.5));
  const rest = (Number(wuzhouDonationFigures.total) - Number(wuzhouDonationFigures.dawei)) / 100;
  const values = shareOut(weights, rest).map((hundreds) => hundreds * 100);
  const received = (daysAgo: number) => addDays(today, -daysAgo);
  const rows: DonationRow[] = [
    {
      id: random.uuid(), divisionCode: DAWEI, donor: DAWEI_GIFT.donor, donorKind: 'organization', form: 'money', value: wuzhouDonationFigures.dawei,
      purpose: DAWEI_GIFT.purpose, receivedOn: received(DAWEI_GIFT.daysAgo), arrangedByCadreId: dawei.leaderId, receiptNo: null,
    },
  ];
  values.forEach((value, index) => {
    const village = random.pick(others);
    const individual = random.chance(0.25);
    const [donor, donorKind]: Donor = individual ? [`${random.pick([...SURNAMES])}${random.pick(GIVEN)}`, 'individual'] : random.pick(DONORS);
    const form: DonationForm = random.chance(0.35) ? 'goods' : 'money';
    const base = { id: random.uuid(), divisionCode: village.code, donor, donorKind, form, value: formatCents(value * 100), receivedOn: received(random.int(5, 360)), arrangedByCadreId: village.leaderId };
    if (form === 'goods') {
      const goods = random.pick(GOODS);
      rows.push({ ...base, goods: goods.goods, quantity: Math.max(1, Math.round(value / goods.price)).toFixed(2), unit: goods.unit, purpose: goods.purpose, receiptNo: null });
    } else {
      rows.push({ ...base, purpose: individual ? `乡贤捐资：${random.pick(MONEY_PURPOSES)}` : random.pick(MONEY_PURPOSES), receiptNo: `梧捐${base.receivedOn.slice(0, 4)}-${String(index + 2).padStart(4, '0')}` });
    }
  });
  rows[0]!.receiptNo = `梧捐${rows[0]!.receivedOn.slice(0, 4)}-0001`;
  return rows;
}

/**
 * [002]'s year of donations in 梧州's poor villages, written directly: 香港善一堂's ¥680,000 for
 * 大卫村's kindergarten, which 李冬霞 arranged, and the others the first secretaries brought in.
 * Nothing when 梧州 has no teams or the donations are there.
 */
export async function seedWuzhouDonations(world: DemoWorld): Promise<void> {
  await world.deps.db.transaction(async (tx) => {
    const villages = await wuzhouVillages(tx);
    if (villages.length === 0) return;
    const rows = planWuzhouDonations(villages, world.today, new SeededRandom(WUZHOU_DONATION_SEED));
    const [existing] = await tx.select({ id: donations.id }).from(donations).where(inArray(donations.id, rows.map((r) => r.id!))).limit(1);
    if (existing) return;
    await insertInChunks(tx, donations, rows);
  });
}
