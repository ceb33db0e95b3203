import { and, desc, eq, inArray, isNotNull, isNull, notInArray } from 'drizzle-orm';
import { cadreCreateBody, type SpecialityCode } from '../../contracts/cadres.ts';
import type { NominationActionBody, SlotCreateBody } from '../../contracts/selection.ts';
import { createCadre } from '../../server/modules/cadres/index.ts';
import { selectionNominations, selectionSlots } from '../../server/modules/selection/index.ts';
import { actOnNomination, nominate } from '../../server/modules/selection/selection-nominations.service.ts';
import { createSlot } from '../../server/modules/selection/selection-slots.service.ts';
import { teamMembers, teams } from '../../server/modules/teams/index.ts';
import { changeTeamMember } from '../../server/modules/teams/team-members.service.ts';
import { accounts } from '../../server/platform/auth/auth.schema.ts';
import { units } from '../../server/modules/units/index.ts';
import { workflowSteps } from '../../server/platform/workflow/workflow.schema.ts';
import type { Ctx } from '../../server/platform/http/context.ts';
import { divisionsUnder } from './demo-places.ts';
import { addDays, type DemoWorld } from './demo-world.ts';
import { IdentityIssuer, birthDateIn } from './identity.ts';
import { makeName } from './names.ts';

const COURT = '曲靖市中级人民法院';
const LAND = '曲靖市国土资源局';
const GD_COURT = '广东省高级人民法院';
const NAGU = '530326102';
const COURT_VILLAGES = ['530326102204', '530326102205'];

type Step = { day: string; hour?: number };

/**
 * 选派 in 会泽县 over the last month [003]: 曲靖中院 is asked for two members of its teams in 娜姑镇
 * and a first secretary for a third village. One replaces a 拖车村 member gone back to the court, so
 * the county still counts the report's 1,032: a first candidate is rejected on health (不符重报) and
 * the court's second is vetted, trained and dispatched; another is dispatched, recalled for absence
 * and replaced (重派), the successor now in training; the third village's candidate awaits
 * vetting in huize-org's to-do list, and 曲靖市国土资源局 has not yet answered its request.
 * 高州市 asks 广东省高级人民法院 likewise, its candidate awaiting vetting.
 * Candidates are registered by their unit's party committee through the cadres service.
 */
export async function seedSelection(world: DemoWorld): Promise<void> {
  const db = world.deps.db;
  const random = world.random;
  const issuer = new IdentityIssuer(random);
  const day = (offset: number) => addDays(world.today, offset);
  const unitRows = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.name, [COURT, LAND, GD_COURT]));
  const unitId = (name: string) => {
    const row = unitRows.find((u) => u.name === name);
    if (!row) throw new Error(`selection seed: unit not found: ${name}`);
    return row.id;
  };
  const teamOf = async (village: string) => (await db.select({ id: teams.id }).from(teams).where(and(eq(teams.divisionCode, village), eq(teams.status, 'active'))))[0]?.id ?? null;

  const huizeOrg = await world.as('huize-org');
  const court = await world.as('qjcourt-unit');

  /** A cadre of the unit, registered by its party committee (ID from a Qujing county, sex and birth date agreeing). */
  const candidate = async (ctx: Ctx, unit: string, region: string, specialities: SpecialityCode[], nameRegion: 'yunnan' | 'guangdong') => {
    const gender = random.chance(0.7) ? 'male' : 'female';
    const birthDate = birthDateIn(random, 1978, 1992);
    const body = cadreCreateBody.parse({
      name: makeName(random, { gender, birthYear: Number(birthDate.slice(0, 4)), region: nameRegion, ethnicity: '汉族' }),
      gender,
      birthDate,
      ethnicity: '汉族',
      partyStatus: 'formal',
      education: random.pick(['bachelor', 'master'] as const),
      unitId: unit,
      position: random.pick(['审判员', '法官助理', '综合办科员', '政治部科员']),
      rank: random.pick(['principal_staff_2', 'principal_staff_3', 'staff_1'] as const),
      specialities,
      idNumber: issuer.idNumber(region, birthDate, gender),
      phone: issuer.phone(),
    });
    return (await createCadre(ctx, body)).id;
  };

  /** Steps are taken now; the demo month places each on its own day, as the clerks took them. */
  const stamp = async (nominationId: string, when: Step) => {
    const [nomination] = await db.select({ workflowId: selectionNominations.workflowId }).from(selectionNominations).where(eq(selectionNominations.id, nominationId));
    const [latest] = await db
      .select({ id: workflowSteps.id })
      .from(workflowSteps)
      .where(eq(workflowSteps.instanceId, nomination!.workflowId!))
      .orderBy(desc(workflowSteps.at))
      .limit(1);
    const at = new Date(`${when.day}T${String(when.hour ?? 10).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00+08:00`);
    await db.update(workflowSteps).set({ at }).where(eq(workflowSteps.id, latest!.id));
  };
  const put = async (ctx: Ctx, slotId: string, cadreId: string, comment: string, when: Step) => {
    const view = await nominate(ctx, slotId, { cadreId, comment });
    await db.update(selectionNominations).set({ createdAt: new Date(`${when.day}T09:30:00+08:00`) }).where(eq(selectionNominations.id, view.id));
    await stamp(view.id, when);
    return view.id;
  };
  const step = async (ctx: Ctx, id: string, body: NominationActionBody, when: Step) => {
    await actOnNomination(ctx, id, body);
    await stamp(id, when);
  };
  const slot = async (ctx: Ctx, body: SlotCreateBody, created: string) => {
    const view = await createSlot(ctx, body);
    await db.update(selectionSlots).set({ createdAt: new Date(`${created}T16:00:00+08:00`) }).where(eq(selectionSlots.id, view.id));
    return view.id;
  };
  const vetting = (health: string) => ({ politics: '政治立场坚定，拥护党的路线方针政策', workStyle: '工作作风扎实，群众基础好', ability: '熟悉法律业务，善于调处矛盾纠纷', health });

  const [tuoche, second] = COURT_VILLAGES as [string, string];
  const naguVillages = (await divisionsUnder(db, NAGU, 'village')).filter((v) => !COURT_VILLAGES.includes(v.code));
  const third = random.pick(naguVillages).code;
  const fourth = random.pick(naguVillages.filter((v) => v.code !== third)).code;
  const courtId = unitId(COURT);

  // 1. 拖车村: a member returns to the court; his successor is rejected on health, the court
  // nominates again, vetted, trained and dispatched.
  const tuocheTeam = await teamOf(tuoche);
  if (!tuocheTeam) throw new Error('selection seed: 拖车村 has no active team');
  const withAccounts = db.select({ cadreId: accounts.cadreId }).from(accounts).where(isNotNull(accounts.cadreId));
  const [departing] = await db
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, tuocheTeam), eq(teamMembers.role, 'member'), isNull(teamMembers.leftOn), notInArray(teamMembers.cadreId, withAccounts)))
    .orderBy(teamMembers.joinedOn, teamMembers.id)
    .limit(1);
  if (!departing) throw new Error('selection seed: 拖车村 has no member to replace');
  await changeTeamMember(huizeOrg, tuocheTeam, departing.id, { leftOn: day(-31) });
  const slotA = await slot(huizeOrg, {
    villageCode: tuoche, unitId: courtId, teamId: tuocheTeam, role: 'member',
    needs: '原队员调回院机关，请选派熟悉法律政策、能化解邻里和土地纠纷的驻村队员接替', nominateBy: day(-24), termStart: day(-10), termEnd: addDays(day(-10), 730),
  }, day(-30));
  const rejected = await put(court, slotA, await candidate(court, courtId, '530302', ['law'], 'yunnan'), '院党组研究推荐', { day: day(-27) });
  await step(huizeOrg, rejected, { action: 'reject', comment: '体检显示需长期治疗，不宜长期驻村，请重新推荐', vetting: vetting('体检需长期治疗') }, { day: day(-25), hour: 15 });
  const dispatched = await put(court, slotA, await candidate(court, courtId, '530381', ['law', 'party_affairs'], 'yunnan'), '重新推荐：年富力强，曾驻村一年', { day: day(-23) });
  await step(huizeOrg, dispatched, { action: 'approve', comment: '入口关审核通过', vetting: vetting('身体健康') }, { day: day(-21) });
  await step(huizeOrg, dispatched, { action: 'start_training', comment: '参加全县驻村干部岗前培训' }, { day: day(-16) });
  await step(huizeOrg, dispatched, { action: 'dispatch', comment: '到村报到', effectiveDate: day(-10) }, { day: day(-10) });

  // 2. 娜姑镇's second court village: dispatched, recalled for absence, the court names a successor.
  const slotB = await slot(huizeOrg, {
    villageCode: second, unitId: courtId, teamId: await teamOf(second), role: 'member',
    needs: '能推动灌溉和村组道路项目落地的驻村队员', nominateBy: day(-28), termStart: day(-26), termEnd: addDays(day(-26), 730),
  }, day(-32));
  const recalled = await put(court, slotB, await candidate(court, courtId, '530302', ['engineering'], 'yunnan'), '院机关党委推荐', { day: day(-30) });
  await step(huizeOrg, recalled, { action: 'approve', vetting: vetting('身体健康') }, { day: day(-29) });
  await step(huizeOrg, recalled, { action: 'dispatch', comment: '已参加上期培训，直接派驻', effectiveDate: day(-26) }, { day: day(-26) });
  await step(huizeOrg, recalled, { action: 'recall', comment: '驻村期间多次擅自离岗，经县纪委核实予以召回', effectiveDate: day(-9) }, { day: day(-9), hour: 17 });
  const successor = await put(court, slotB, await candidate(court, courtId, '530381', ['engineering', 'water'], 'yunnan'), '召回后重派：工程建设业务骨干', { day: day(-6) });
  await step(huizeOrg, successor, { action: 'approve', comment: '入口关审核通过', vetting: vetting('身体健康') }, { day: day(-4) });
  await step(huizeOrg, successor, { action: 'start_training' }, { day: day(-2) });

  // 3. A first secretary for a third village: the court's candidate awaits vetting.
  const slotC = await slot(huizeOrg, {
    villageCode: third, unitId: courtId, teamId: null, role: 'first_secretary',
    needs: '懂党建、能整顿软弱涣散村党组织的第一书记', nominateBy: day(3), termStart: day(20), termEnd: addDays(day(20), 730),
  }, day(-8));
  await put(court, slotC, await candidate(court, courtId, '530302', ['party_affairs', 'law'], 'yunnan'), '院机关党委推荐，请审核', { day: day(-1) });

  // 4. 曲靖市国土资源局 has not nominated yet.
  await slot(huizeOrg, {
    villageCode: fourth, unitId: unitId(LAND), teamId: null, role: 'member',
    needs: '熟悉土地整治和项目申报的驻村队员', nominateBy: day(7), termStart: day(25), termEnd: addDays(day(25), 730),
  }, day(-3));

  // 5. 高州市 asks 广东省高级人民法院; its candidate awaits vetting.
  const gaozhouVillages = await divisionsUnder(db, '440981107', 'village');
  if (gaozhouVillages.length > 0) {
    const gdCourt = await world.as('gdcourt-unit');
    const slotD = await slot(await world.as('gaozhou-org'), {
      villageCode: random.pick(gaozhouVillages).code, unitId: unitId(GD_COURT), teamId: null, role: 'first_secretary',
      needs: '能推动荔枝产业和集体经济发展的第一书记', nominateBy: day(5), termStart: day(30), termEnd: addDays(day(30), 730),
    }, day(-12));
    await put(gdCourt, slotD, await candidate(gdCourt, unitId(GD_COURT), '440104', ['law', 'finance'], 'guangdong'), '院机关党委推荐', { day: day(-2) });
  }
}
