import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { divisions } from '../../server/modules/divisions/index.ts';
import { addSupport, advisors, createAdvisor, generateBriefing, lastFullQuarter, sendBriefing } from '../../server/modules/advisors/index.ts';
import type { SupportBody } from '../../contracts/advisors.ts';
import type { Ctx } from '../../server/platform/http/context.ts';
import { makeName } from './names.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

export const LIUFEI = '450481115206';
const CHANGLIU = '440981101207';
const CENXI_VILLAGES = 15;

/** [002] 六肥村: 筹集资金600多万元建成六肥小学、防洪堤工程等10多个惠民公益项目，并成立统购统销合作社. */
const liufeiSupports: [description: string, value: string, givenOn: string][] = [
  ['捐资新建六肥小学教学楼', '1800000', '2024-03-15'],
  ['筹资修建六肥河防洪堤工程', '1200000', '2024-06-20'],
  ['捐资硬化村道 4.2 公里', '650000', '2024-09-10'],
  ['捐建跨河便民桥', '560000', '2024-11-05'],
  ['捐资建设集中供水工程', '420000', '2025-01-18'],
  ['捐建村文化广场', '380000', '2025-03-22'],
  ['捐建农产品冷链仓储', '350000', '2025-05-30'],
  ['捐建老年人活动中心', '300000', '2025-07-12'],
  ['捐资改造村卫生室', '280000', '2025-08-26'],
  ['捐资修缮农田灌渠', '260000', '2025-10-15'],
  ['捐资安装村道太阳能路灯', '150000', '2026-01-20'],
];

const occupations = [
  ['在深圳创业的电子企业家', '深圳市'],
  ['在广州经营物流公司', '广州市'],
  ['在南宁从事建筑工程', '南宁市'],
  ['在东莞经营家具厂', '东莞市'],
  ['退休中学校长', '岑溪市'],
  ['在佛山经营陶瓷贸易', '佛山市'],
  ['在梧州开办食品加工厂', '梧州市'],
  ['高校农学教授', '南宁市'],
] as const;

function phoneOf(world: DemoWorld): string {
  return `13${world.random.int(5, 9)}${world.random.digits(8)}`;
}

async function support(ctx: Ctx, advisorId: string, body: SupportBody): Promise<void> {
  await addSupport(ctx, advisorId, body);
}

/** The villages (not 社区) of 岑溪市 the pilot covered: 六肥村 and 14 others, picked once by the seed. */
async function pilotVillages(world: DemoWorld): Promise<string[]> {
  const rows = await world.deps.db
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(eq(divisions.level, 'village'), gte(divisions.code, '450481000000'), lte(divisions.code, '450481999999')))
    .orderBy(asc(divisions.code));
  const villages = rows.map((r) => r.code).filter((code) => Number(code.slice(9)) >= 200 && code !== LIUFEI);
  if (villages.length < CENXI_VILLAGES - 1) throw new Error(`seedAdvisors: 岑溪市 has ${villages.length} villages loaded`);
  return [LIUFEI, ...world.random.shuffle(villages).slice(0, CENXI_VILLAGES - 1).sort()];
}

async function seedCenxi(world: DemoWorld): Promise<number> {
  const org = await world.as('cenxi-org');
  const villages = await pilotVillages(world);
  let written = 0;
  for (const village of villages) {
    const [occupation, workplace] = world.random.pick(occupations);
    const advisor = await createAdvisor(org, {
      divisionCode: village,
      name: makeName(world.random, { gender: world.random.chance(0.8) ? 'male' : 'female', birthYear: world.random.int(1960, 1982), region: 'guangdong', ethnicity: '汉族' }),
      occupation,
      workplace,
      phone: phoneOf(world),
      appointedOn: '2023-12-20',
      note: '岑溪市“理村顾问”试点，由村党组织出面聘请',
    });
    written += 1;
    if (village === LIUFEI) {
      for (const [description, value, givenOn] of liufeiSupports) await support(org, advisor.id, { kind: 'money', value, givenOn, description });
      await support(org, advisor.id, { kind: 'project', givenOn: '2025-04-08', description: '牵头成立统购统销村民特色农产品的合作社，联系城市超市销路' });
      continue;
    }
    const gifts = world.random.int(1, 3);
    for (let i = 0; i < gifts; i += 1) {
      const givenOn = addDays('2024-02-01', world.random.int(0, 900));
      if (world.random.chance(0.6)) {
        const value = String(world.random.int(2, 30) * 10000);
        await support(org, advisor.id, { kind: 'money', value, givenOn, description: world.random.pick(['捐资修建村道', '捐资助学', '捐资修缮村小学', '捐资建设饮水工程']) });
      } else {
        await support(org, advisor.id, { kind: 'expertise', givenOn, description: world.random.pick(['指导发展沙糖桔种植', '联系农产品销路', '为村“两委”讲解电商经营']) });
      }
    }
  }
  return written;
}

/** 长流村's advisor, briefed for the last full quarter, the briefing sent by WeChat. */
async function seedChangliu(world: DemoWorld): Promise<number> {
  const party = await world.as('xindong-party');
  const advisor = await createAdvisor(party, {
    divisionCode: CHANGLIU,
    name: makeName(world.random, { gender: 'male', birthYear: 1972, region: 'guangdong', ethnicity: '汉族' }),
    occupation: '在广州经营荔枝出口贸易',
    workplace: '广州市',
    phone: phoneOf(world),
    appointedOn: '2025-02-10',
    note: '长流村在外乡贤，支持荔枝产业',
  });
  await support(party, advisor.id, { kind: 'purchases', value: '180000', givenOn: addDays(world.today, -120), description: '包销长流村荔枝 12 吨' });
  await support(party, advisor.id, { kind: 'expertise', givenOn: addDays(world.today, -60), description: '讲解荔枝出口检疫和分级包装' });
  const period = lastFullQuarter(world.today);
  const briefing = await generateBriefing(party, advisor.id, { period }, { today: world.today });
  await sendBriefing(party, advisor.id, briefing.id, { channel: 'wechat' });
  return 1;
}

/**
 * [002] 理村顾问: 岑溪市's 15 pilot villages each with an advisor appointed by the county's organization
 * department, 六肥村's with the ¥6.1 million and the cooperative the report tells of; and 长流村's,
 * briefed on the last full quarter from what the households, field-work and project seeds wrote.
 * Runs once: a database that has the advisors already is left as it is.
 */
export async function seedAdvisors(world: DemoWorld): Promise<number> {
  const has = async (code: string) => (await world.deps.db.select({ id: advisors.id }).from(advisors).where(eq(advisors.divisionCode, code)).limit(1)).length > 0;
  let written = 0;
  if (!(await has(LIUFEI))) written += await seedCenxi(world);
  if (!(await has(CHANGLIU))) written += await seedChangliu(world);
  return written;
}
