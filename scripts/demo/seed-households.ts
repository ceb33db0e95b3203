import { and, asc, eq, isNull, like, ne } from 'drizzle-orm';
import type { Executor } from '../../server/platform/db/client.ts';
import type { SensitiveCipher } from '../../server/platform/crypto/sensitive.ts';
import { maskIdNumber, maskPhone } from '../../server/platform/audit/redact.ts';
import { pinyinOf } from '../../server/platform/i18n/pinyin.ts';
import { cadres } from '../../server/modules/cadres/index.ts';
import { divisions } from '../../server/modules/divisions/index.ts';
import { teamMembers, teams, teamVillages, type TeamRole } from '../../server/modules/teams/index.ts';
import { householdCadres, householdIncomes, householdIndicators, householdMeasures, householdPersons, households } from '../../server/modules/households/index.ts';
import { emptyPlan, shortVillageName, type PlanUnit } from './demo-model.ts';
import type { DemoWorld } from './demo-world.ts';
import { IdentityIssuer } from './identity.ts';
import { HouseholdIdentities } from './household-members.ts';
import type { HouseholdVillage, PlanHousehold, VillageCadre } from './household-plans.ts';
import { planVillageHouseholds } from './household-stories.ts';
import { countySettings, householdCounts, householdVillageCodes, secondGaozhouCount, yingmingCount } from './household-villages.ts';
import { cadreProfiles, makeCadre } from './people.ts';
import { SeededRandom } from './random.ts';
import { makeProfile } from './village-profiles.ts';
import { insertInChunks, writePlan } from './write-demo.ts';

export const HOUSEHOLD_SEED = 'zhucun-households-v1';
const DIGUTUN_TERM_START = '2016-03-01';
const DONGXI = '510824121000';
const STORY_NAMES = new Set(['谭世远', '杨正华', '邹容邦']);

/**
 * [001] names 张锦华 of 省农科院畜牧兽医研究所 as 地古屯村's first secretary; the base demo has no
 * team in 贵州, so the institute, the first secretary and one technician of it are added here.
 */
async function ensureDigutunTeam(executor: Executor, cipher: SensitiveCipher, random: SeededRandom, issuer: IdentityIssuer): Promise<void> {
  const code = householdVillageCodes.digutun;
  const [served] = await executor.select({ teamId: teamVillages.teamId }).from(teamVillages).where(eq(teamVillages.divisionCode, code));
  if (served) return;
  const plan = emptyPlan();
  const unit: PlanUnit = { id: random.uuid(), name: '贵州省农业科学院畜牧兽医研究所', shortName: '省农科院畜牧兽医研究所', type: 'provincial', divisionCode: '520000000000', seatCounty: '520111', specialities: ['animal_husbandry', 'agriculture'] };
  plan.units.push(unit);
  const request = { unit, region: 'national' as const, ethnicities: [['汉族', 1]] as const, divisionCode: '520000000000', postedDivisionCode: code };
  const zhang = makeCadre(random, issuer, { ...request, profile: cadreProfiles.firstSecretary }, { name: '张锦华', gender: 'male', birthDate: '1972-08-14', partyStatus: 'formal', position: '副研究员', specialities: ['animal_husbandry'] });
  const technician = makeCadre(random, issuer, { ...request, profile: cadreProfiles.member }, { specialities: ['animal_husbandry'], position: '助理研究员' });
  plan.cadres.push(zhang, technician);
  plan.teams.push({
    id: random.uuid(),
    name: '省农科院畜牧兽医研究所驻地古屯村工作队',
    villageCodes: [code],
    units: [{ unitId: unit.id, isLead: true }],
    termStart: DIGUTUN_TERM_START,
    note: '“五千行动”专业人才进村；带领贫困户发展中华蜂养殖',
    members: [
      { id: random.uuid(), cadreId: zhang.id, role: 'leader_first_secretary', joinedOn: DIGUTUN_TERM_START },
      { id: random.uuid(), cadreId: technician.id, role: 'tech_envoy', joinedOn: DIGUTUN_TERM_START },
    ],
  });
  plan.profiles.push(makeProfile(random, code, { latitude: 27.42, longitude: 108.3, spread: 0.05, industries: ['中华蜂养殖', '石阡苔茶', '水稻'] }, '养蜂专业合作社：123户贫困户以扶贫资金折股入社'));
  await writePlan(executor, cipher, plan);
}

type VillagePick = { code: string; count: number; story?: 'yingming' };

async function pickVillages(executor: Executor): Promise<VillagePick[]> {
  const picks: VillagePick[] = Object.entries(householdCounts).map(([code, count]) => ({ code, count }));
  const [yingming] = await executor
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(eq(divisions.parentCode, DONGXI), eq(divisions.name, '英明村'), eq(divisions.source, 'local')));
  if (yingming) picks.push({ code: yingming.code, count: yingmingCount, story: 'yingming' });
  const [gaozhou] = await executor
    .select({ code: teams.divisionCode })
    .from(teams)
    .where(and(like(teams.divisionCode, '440981%'), ne(teams.divisionCode, householdVillageCodes.changliu), eq(teams.status, 'active')))
    .orderBy(asc(teams.divisionCode))
    .limit(1);
  if (gaozhou) picks.push({ code: gaozhou.code, count: secondGaozhouCount });
  return picks;
}

/** The active team cadres serving the village. */
export async function villageCadres(executor: Executor, code: string): Promise<{ cadres: (VillageCadre & { role: TeamRole })[]; since: string }> {
  const rows = await executor
    .select({ id: cadres.id, name: cadres.name, posted: cadres.postedDivisionCode, joinedOn: teamMembers.joinedOn, role: teamMembers.role })
    .from(teamVillages)
    .innerJoin(teams, and(eq(teams.id, teamVillages.teamId), eq(teams.status, 'active')))
    .innerJoin(teamMembers, and(eq(teamMembers.teamId, teams.id), isNull(teamMembers.leftOn)))
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .where(eq(teamVillages.divisionCode, code))
    .orderBy(asc(teamMembers.joinedOn), asc(cadres.id));
  const since = rows.reduce((latest, r) => (r.joinedOn > latest ? r.joinedOn : latest), '2016-01-01');
  return { cadres: rows.map((r) => ({ id: r.id, name: r.name, postedHere: r.posted === code, role: r.role })), since };
}

async function describeVillage(executor: Executor, code: string): Promise<HouseholdVillage> {
  const [row] = await executor.select({ name: divisions.name, parentCode: divisions.parentCode }).from(divisions).where(eq(divisions.code, code));
  if (!row) throw new Error(`demo household village missing from the divisions: ${code}`);
  const [township] = row.parentCode ? await executor.select({ name: divisions.shortName }).from(divisions).where(eq(divisions.code, row.parentCode)) : [];
  const setting = countySettings[code.slice(0, 6)];
  if (!setting) throw new Error(`no household setting for county ${code.slice(0, 6)}`);
  const { cadres: serving, since } = await villageCadres(executor, code);
  return { code, name: shortVillageName(row.name), township: township?.name ?? '', ...setting, cadres: serving, teamSince: since };
}

/** Every row of the planned households, stored the way the households module stores them. */
export async function writeHouseholds(executor: Executor, cipher: SensitiveCipher, planned: PlanHousehold[]): Promise<void> {
  const pinyinCache = new Map<string, string>();
  const pinyinFor = (name: string) => {
    let found = pinyinCache.get(name);
    if (found === undefined) pinyinCache.set(name, (found = pinyinOf(name).pinyin));
    return found;
  };
  await insertInChunks(
    executor,
    households,
    planned.map((h) => ({
      id: h.id,
      code: h.code,
      divisionCode: h.divisionCode,
      householderName: h.householderName,
      pinyin: pinyinFor(h.householderName),
      address: h.address,
      group: h.group,
      attribute: h.attribute,
      status: h.status,
      mainCause: h.mainCause,
      secondaryCauses: h.secondaryCauses,
      identifiedYear: h.identifiedYear,
      exitedYear: h.exitedYear,
      monitoringType: h.monitoringType,
      monitoringState: h.monitoringState,
      monitoringSince: h.monitoringSince,
      riskRemovedOn: h.riskRemovedOn,
      housingGrade: h.housingGrade,
      relocated: h.relocated,
      relocationSite: h.relocationSite,
      phoneCipher: h.phone ? cipher.encrypt(h.phone) : null,
      phoneMasked: h.phone ? maskPhone(h.phone) : null,
      memberCount: h.persons.length,
      note: h.note,
    })),
  );
  await insertInChunks(
    executor,
    householdPersons,
    planned.flatMap((h) =>
      h.persons.map((p) => ({
        id: p.id,
        householdId: h.id,
        divisionCode: h.divisionCode,
        name: p.name,
        relation: p.relation,
        gender: p.gender,
        birthDate: p.birthDate,
        idNumberHash: cipher.fingerprint(p.idNumber),
        idNumberCipher: cipher.encrypt(p.idNumber),
        idNumberMasked: maskIdNumber(p.idNumber),
        ethnicity: p.ethnicity,
        health: p.health,
        disabilityGrade: p.disabilityGrade,
        labourAbility: p.labourAbility,
        schooling: p.schooling,
        inSchool: p.inSchool,
        workingAway: p.workingAway,
        workPlace: p.workPlace,
        medicalInsured: p.medicalInsured,
        pensionInsured: p.pensionInsured,
      })),
    ),
  );
  await insertInChunks(executor, householdIncomes, planned.flatMap((h) => h.incomes.map((i) => ({ householdId: h.id, ...i }))));
  await insertInChunks(executor, householdIndicators, planned.flatMap((h) => h.indicators.map((i) => ({ householdId: h.id, ...i }))));
  await insertInChunks(executor, householdMeasures, planned.flatMap((h) => h.measures.map((m) => ({ householdId: h.id, ...m }))));
  await insertInChunks(executor, householdCadres, planned.flatMap((h) => h.cadres.map((c) => ({ householdId: h.id, divisionCode: h.divisionCode, ...c }))));
}

/**
 * 帮扶对象 of the seed villages ([001] 地古屯村's 123 bee-keeping households, [004] 英明村's
 * 杨正华 and 邹容邦, 拖车村 and its neighbours, two 高州 villages), written directly into the
 * registry tables in one transaction. The households come from their own seeded generator, so
 * they are the same whatever month the activity is written in; only their dates follow today.
 */
export async function seedHouseholds(world: DemoWorld): Promise<void> {
  const { db, cipher } = world.deps;
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: households.id }).from(households).where(eq(households.divisionCode, householdVillageCodes.digutun)).limit(1);
    if (existing) return;
    const random = new SeededRandom(HOUSEHOLD_SEED);
    const issuer = new IdentityIssuer(random);
    await ensureDigutunTeam(tx, cipher, random, issuer);
    // The base demo's cadres drew their numbers from another generator: none may be issued twice.
    const cadreHashes = new Set((await tx.select({ hash: cadres.idNumberHash }).from(cadres)).map((r) => r.hash));
    const ids = new HouseholdIdentities(issuer, (idNumber) => cadreHashes.has(cipher.fingerprint(idNumber)), STORY_NAMES);
    const planned: PlanHousehold[] = [];
    for (const pick of await pickVillages(tx)) {
      const village = await describeVillage(tx, pick.code);
      planned.push(...planVillageHouseholds(random, ids, village, pick.count, world.today, pick.story));
    }
    await writeHouseholds(tx, cipher, planned);
  });
}
