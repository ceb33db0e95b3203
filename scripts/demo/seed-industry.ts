import { and, asc, eq, inArray, isNull, like, notLike } from 'drizzle-orm';
import { cadres } from '../../server/modules/cadres/index.ts';
import { divisions } from '../../server/modules/divisions/index.ts';
import { households } from '../../server/modules/households/index.ts';
import { cooperatives, coreFarmers, demoBases, demoHouseholds, pioneerPosts } from '../../server/modules/industry/index.ts';
import { teamMembers, teams } from '../../server/modules/teams/index.ts';
import { withinDivision } from '../../server/platform/access/scope.ts';
import { makeName } from './names.ts';
import { SeededRandom } from './random.ts';
import type { DemoWorld } from './demo-world.ts';

export const CANGXI_TEAM = '苍溪县应急管理局驻村工作队';
export const MENGSHAN = '450423';
/** [002] 蒙山试点: 新建特色产业合作社21个，打造产业示范基地19个，带动1200多名农民创业就业. */
export const mengshanFigures = { cooperatives: 21, demoBases: 19, peopleEmployed: 1236 } as const;
const MENGSHAN_NOTE = '党建扶贫“五个一”蒙山试点';
const PRODUCTS = ['桑蚕', '砂糖桔', '肉牛养殖', '红薯', '水稻', '松脂', '茶叶', '百香果'] as const;

type Member = { cadreId: string; name: string; partyStatus: string; posted: string | null };

async function cangxiTeam(world: DemoWorld): Promise<{ village: string; members: Member[] } | undefined> {
  const rows = await world.deps.db
    .select({ village: teams.divisionCode, cadreId: cadres.id, name: cadres.name, partyStatus: cadres.partyStatus, posted: cadres.postedDivisionCode })
    .from(teams)
    .innerJoin(teamMembers, and(eq(teamMembers.teamId, teams.id), isNull(teamMembers.leftOn)))
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .where(eq(teams.name, CANGXI_TEAM))
    .orderBy(asc(teamMembers.joinedOn), asc(teamMembers.role), asc(cadres.birthDate));
  if (rows.length === 0) return undefined;
  return { village: rows[0]!.village, members: rows };
}

async function householdOf(world: DemoWorld, name: string): Promise<{ id: string; divisionCode: string } | undefined> {
  const [row] = await world.deps.db
    .select({ id: households.id, divisionCode: households.divisionCode })
    .from(households)
    .where(and(eq(households.householderName, name), withinDivision(households.divisionCode, '510824')))
    .limit(1);
  return row;
}

/** The first household of a village not yet taken, by its code. */
async function anyHousehold(world: DemoWorld, villages: string[], taken: Set<string>): Promise<{ id: string; divisionCode: string } | undefined> {
  for (const village of villages) {
    const rows = await world.deps.db.select({ id: households.id, divisionCode: households.divisionCode }).from(households).where(eq(households.divisionCode, village)).orderBy(asc(households.code)).limit(20);
    const free = rows.find((r) => !taken.has(r.id));
    if (free) return free;
  }
  return undefined;
}

/**
 * [004] 苍溪县应急管理局: each of the four party members built a 帮扶示范园 (杨树鸿's 龙神塘村集体经济园
 * earned the collective over 10,000 yuan in its first year), each of the five cadres made a 帮扶示范户
 * (梁仕勇 → 杨正华's 3 mu of herbs, 赵建军 → 邹容邦's 2 mu of grapes).
 */
async function seedCangxi(world: DemoWorld): Promise<{ gardens: number; demoHouseholds: number }> {
  const team = await cangxiTeam(world);
  if (!team) return { gardens: 0, demoHouseholds: 0 };
  const db = world.deps.db;
  const byName = new Map(team.members.map((m) => [m.name, m]));
  const yang = byName.get('杨树鸿');
  const liang = byName.get('梁仕勇');
  const zhao = byName.get('赵建军');
  const others = team.members.filter((m) => m !== yang && m !== liang && m !== zhao);
  const yangzhenghua = await householdOf(world, '杨正华');
  const zourongbang = await householdOf(world, '邹容邦');
  const placeOf = (m: Member) => m.posted ?? team.village;

  const gardens: (typeof demoBases.$inferInsert)[] = [];
  const garden = (m: Member | undefined, values: Omit<typeof demoBases.$inferInsert, 'divisionCode' | 'responsibleCadreId' | 'kind'> & { kind?: 'garden' | 'collective' }) => {
    if (m && m.partyStatus !== 'none') gardens.push({ kind: 'garden', divisionCode: placeOf(m), responsibleCadreId: m.cadreId, ...values });
  };
  garden(yang, { kind: 'collective', name: '龙神塘村集体经济园', product: '中药材、核桃', areaMu: '30', establishedOn: '2019-05-20', householdsDriven: 18, peopleEmployed: 12, yearlyIncome: '10800.00', note: '当年为村集体经济增收1万多元' });
  garden(liang, { name: '英明村一组中药材帮扶示范园', product: '中药材', areaMu: '8', establishedOn: '2019-04-28', householdsDriven: 10, peopleEmployed: 6, yearlyIncome: '6200.00' });
  garden(zhao, { name: '北岸村红心猕猴桃帮扶示范园', product: '红心猕猴桃', areaMu: '6', establishedOn: '2019-05-08', householdsDriven: 7, peopleEmployed: 4, yearlyIncome: '5400.00' });
  for (const m of others) garden(m, { name: '马蹄村食用菌帮扶示范园', product: '食用菌', areaMu: '3', establishedOn: '2019-06-02', householdsDriven: 5, peopleEmployed: 3, yearlyIncome: '4300.00' });

  const taken = new Set([yangzhenghua?.id, zourongbang?.id].filter((id): id is string => Boolean(id)));
  const pairs: (typeof demoHouseholds.$inferInsert)[] = [];
  if (liang && yangzhenghua) {
    pairs.push({ divisionCode: yangzhenghua.divisionCode, householdId: yangzhenghua.id, cadreId: liang.cadreId, product: '中药材', scale: '3亩', since: '2019-04-15', yearlyIncome: '10600.00', householdsDriven: 12, note: '示范帮扶英明村一组贫困户，带动10多户贫困户跟种' });
  }
  if (zhao && zourongbang) {
    pairs.push({ divisionCode: zourongbang.divisionCode, householdId: zourongbang.id, cadreId: zhao.cadreId, product: '葡萄', scale: '2亩', since: '2019-05-01', yearlyIncome: '7200.00', householdsDriven: 3, note: '缺劳户，干部帮助管护葡萄园' });
  }
  for (const m of [yang, ...others].filter((m): m is Member => Boolean(m))) {
    const household = await anyHousehold(world, [placeOf(m), team.village], taken);
    if (!household) continue;
    taken.add(household.id);
    pairs.push({ divisionCode: household.divisionCode, householdId: household.id, cadreId: m.cadreId, product: m === yang ? '核桃' : '生猪养殖', scale: m === yang ? '5亩' : '8头', since: '2019-05-15', yearlyIncome: '8600.00', householdsDriven: 2 });
  }
  if (gardens.length > 0) await db.insert(demoBases).values(gardens);
  if (pairs.length > 0) await db.insert(demoHouseholds).values(pairs);
  return { gardens: gardens.length, demoHouseholds: pairs.length };
}

/** 蒙山's poor villages: those with a team, else its rural villages, in code order. */
async function mengshanVillages(world: DemoWorld): Promise<string[]> {
  const db = world.deps.db;
  const teamed = await db.selectDistinct({ code: teams.divisionCode }).from(teams).where(withinDivision(teams.divisionCode, MENGSHAN)).orderBy(asc(teams.divisionCode));
  if (teamed.length >= mengshanFigures.cooperatives) return teamed.map((r) => r.code);
  const rural = await db
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(eq(divisions.level, 'village'), withinDivision(divisions.code, MENGSHAN), notLike(divisions.name, '%社区%'), notLike(divisions.name, '%居委会%')))
    .orderBy(asc(divisions.code));
  return rural.map((r) => r.code);
}

/** Whole numbers of people shared out so they add up to `total`. */
function shareOut(random: SeededRandom, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.6 + random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w / sum) * total));
  out[0]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

/**
 * [002] 蒙山县's pilot of the 五个一: 21 cooperatives, each with its trained leader, 19 demonstration
 * bases, pioneer posts and trained core farmers, over its poor villages; together they employ 1,236.
 */
async function seedMengshan(world: DemoWorld): Promise<{ cooperatives: number; demoBases: number }> {
  const villages = await mengshanVillages(world);
  if (villages.length === 0) return { cooperatives: 0, demoBases: 0 };
  const random = new SeededRandom('industry-mengshan');
  const chosen = random.shuffle(villages).slice(0, mengshanFigures.cooperatives).sort();
  const names = new Map((await world.deps.db.select({ code: divisions.code, name: divisions.name }).from(divisions).where(inArray(divisions.code, chosen))).map((r) => [r.code, r.name]));
  const short = (code: string) => (names.get(code) ?? '').replace(/(村民委员会|村委会)$/, '村');
  const person = (gender: 'male' | 'female' = random.chance(0.7) ? 'male' : 'female') => makeName(random, { gender, birthYear: random.int(1962, 1990), region: 'national', ethnicity: '汉族' });
  const coopEmployed = shareOut(random, 780, chosen.length);
  const baseEmployed = shareOut(random, mengshanFigures.peopleEmployed - 780, mengshanFigures.demoBases);
  const db = world.deps.db;
  const coops = await db
    .insert(cooperatives)
    .values(
      chosen.map((code, i) => {
        const product = PRODUCTS[i % PRODUCTS.length]!;
        const members = random.int(25, 80);
        return {
          divisionCode: code,
          name: `蒙山县${short(code)}${product}专业合作社`,
          product,
          registeredOn: `2016-0${random.int(3, 9)}-1${random.int(0, 9)}`,
          leaderName: person(),
          leaderTrainedOn: `2016-1${random.int(0, 1)}-2${random.int(0, 8)}`,
          memberHouseholds: members,
          poorHouseholds: random.int(8, Math.min(members, 30)),
          peopleEmployed: coopEmployed[i]!,
          note: MENGSHAN_NOTE,
        };
      }),
    )
    .returning({ id: cooperatives.id, divisionCode: cooperatives.divisionCode, product: cooperatives.product });
  const withBase = coops.slice(0, mengshanFigures.demoBases);
  await db.insert(demoBases).values(
    withBase.map((c, i) => ({
      divisionCode: c.divisionCode,
      kind: 'base' as const,
      name: `${short(c.divisionCode)}${c.product}产业示范基地`,
      product: c.product,
      areaMu: String(random.int(50, 400)),
      establishedOn: `2017-0${random.int(2, 6)}-1${random.int(0, 9)}`,
      cooperativeId: c.id,
      householdsDriven: random.int(20, 60),
      peopleEmployed: baseEmployed[i]!,
      note: MENGSHAN_NOTE,
    })),
  );
  await db.insert(pioneerPosts).values(
    coops.flatMap((c) =>
      ['产业技术指导岗', '致富带头示范岗'].map((post) => ({ divisionCode: c.divisionCode, name: `${c.product}${post}`, holderName: person(), duty: `带领群众发展${c.product}，联系帮带贫困户`, establishedOn: '2017-03-01' })),
    ),
  );
  await db.insert(coreFarmers).values(
    coops.flatMap((c) =>
      Array.from({ length: random.int(4, 8) }, () => ({ divisionCode: c.divisionCode, name: person(), skill: `${c.product}种养技术`, trainedOn: `2017-0${random.int(3, 9)}-0${random.int(1, 9)}`, trainingHours: random.pick([16, 24, 32]), trainer: '蒙山县农业农村局' })),
    ),
  );
  return { cooperatives: coops.length, demoBases: withBase.length };
}

/**
 * The 五个一 records of [002] 蒙山县 and [004] 苍溪县, written straight into the tables (they are
 * history, not today's work), after the households, whose 杨正华 and 邹容邦 it pairs with their cadres.
 * Run twice, it writes nothing new.
 */
export async function seedIndustry(world: DemoWorld): Promise<{ gardens: number; demoHouseholds: number; cooperatives: number; demoBases: number }> {
  const db = world.deps.db;
  const [cangxiDone] = await db.select({ id: demoBases.id }).from(demoBases).where(withinDivision(demoBases.divisionCode, '510824')).limit(1);
  const [mengshanDone] = await db.select({ id: cooperatives.id }).from(cooperatives).where(and(withinDivision(cooperatives.divisionCode, MENGSHAN), like(cooperatives.note, `${MENGSHAN_NOTE}%`))).limit(1);
  const cangxi = cangxiDone ? { gardens: 0, demoHouseholds: 0 } : await seedCangxi(world);
  const mengshan = mengshanDone ? { cooperatives: 0, demoBases: 0 } : await seedMengshan(world);
  return { ...cangxi, ...mengshan };
}
