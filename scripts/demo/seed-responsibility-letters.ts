import { and, asc, count, eq, inArray, or } from 'drizzle-orm';
import { withinDivision } from '../../server/platform/access/scope.ts';
import { units } from '../../server/modules/units/index.ts';
import { divisions } from '../../server/modules/divisions/index.ts';
import { teams, teamUnits, teamVillages } from '../../server/modules/teams/index.ts';
import { createLetter, responsibilityLetters, responsibilityTasks } from '../../server/modules/responsibility-letters/index.ts';
import { shortVillageName } from './demo-model.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

const GAOZHOU = '440981';
const DIANBAI = '440904';
const HUIZE_UNITS = ['曲靖市国土资源局', '红云红河烟草（集团）有限责任公司会泽卷烟厂', '曲靖市中级人民法院'];
const CHANGLIU = '440981101207';

type Pairing = { unitId: string; unitName: string; village: string; villageName: string };
type Signer = { username: string; signedWith: string };

/** The villages each unit's teams serve as the lead unit, in a fixed order. */
async function pairings(world: DemoWorld, where: ReturnType<typeof and>): Promise<Pairing[]> {
  const rows = await world.deps.db
    .select({ unitId: units.id, unitName: units.name, village: teamVillages.divisionCode, villageName: divisions.name })
    .from(teamUnits)
    .innerJoin(teams, and(eq(teams.id, teamUnits.teamId), eq(teams.status, 'active')))
    .innerJoin(teamVillages, eq(teamVillages.teamId, teams.id))
    .innerJoin(units, eq(units.id, teamUnits.unitId))
    .innerJoin(divisions, eq(divisions.code, teamVillages.divisionCode))
    .where(and(eq(teamUnits.isLead, true), where))
    .orderBy(asc(teamVillages.divisionCode), asc(units.name));
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(`${r.unitId}:${r.village}`) && seen.add(`${r.unitId}:${r.village}`))
    .map((r) => ({ ...r, villageName: shortVillageName(r.villageName) }));
}

type Step = { kind: 'report'; on: string; completedOn: string } | { kind: 'return'; on: string } | { kind: 'confirm'; on: string };
type Outcome = { steps: Step[]; note: string };
type TaskPlan = { title: string; target: string; dueOn: string; outcome: Outcome };
type OutcomeKind = 'open' | 'open_returned' | 'reported' | 'confirmed' | 'confirmed_late' | 'confirmed_after_return';
type Template = { title: string; target: (r: DemoWorld['random'], village: string, crop: string) => string; note: string };

const CROPS = { maoming: ['荔枝', '龙眼', '化橘红', '沉香'], huize: ['烤烟', '核桃', '中药材', '马铃薯'] } as const;

const TEMPLATES: Template[] = [
  { title: '村组道路硬化', target: (r, v) => `硬化${v}村委会至各村民小组道路 ${r.int(12, 38) / 10} 公里`, note: '道路已全线硬化并通过镇村两级验收，附验收单和完工照片。' },
  { title: '安全饮水巩固提升', target: (r) => `新建蓄水池 ${r.int(1, 3)} 座、铺设管网 ${r.int(2, 9)} 公里，自来水入户率达到 100%`, note: '蓄水池和管网已建成通水，入户率 100%，水质检测合格。' },
  { title: '特色产业发展', target: (r, _v, crop) => `发展${crop} ${r.int(2, 8) * 50} 亩，带动脱贫户 ${r.int(15, 60)} 户增收`, note: '产业基地已建成，签订收购协议，带动农户名单已公示。' },
  { title: '村级党群服务中心建设', target: () => '完成党群服务中心改造并投入使用，规范“三会一课”', note: '党群服务中心已改造完成投入使用，制度上墙，台账齐全。' },
  { title: '农村人居环境整治', target: (r) => `完成 ${r.int(30, 120)} 户厕所改造，建成垃圾收集点 ${r.int(4, 12)} 个`, note: '改厕和垃圾收集点已完工，保洁员已落实。' },
  { title: '转移就业', target: (r) => `组织技能培训 ${r.int(40, 150)} 人次，转移就业 ${r.int(20, 80)} 人`, note: '培训和转移就业均已完成，人员花名册已报县人社局。' },
  { title: '村集体经济增收', target: (r) => `村集体经济年收入达到 ${r.int(5, 20)} 万元`, note: '村集体经济收入已达标，收支账目经镇农经站审核。' },
  { title: '助学帮扶', target: (r) => `资助在校学生 ${r.int(10, 40)} 名，确保无因贫辍学`, note: '资助金已发放到学生本人账户，发放名单已公示。' },
  { title: '消费帮扶', target: (r) => `帮助销售农产品 ${r.int(10, 60)} 万元`, note: '单位食堂和职工采购农产品已完成，附采购清单。' },
];

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/** The days each step happened, every one between the signing and today and none before the last. */
function outcomeOf(world: DemoWorld, kind: OutcomeKind, dueOn: string, signedOn: string, note: string): Outcome {
  const r = world.random;
  const today = world.today;
  const first = addDays(signedOn, 1);
  const at = (day: string, after: string) => min(max(day, after), today);
  const done = (day: string) => at(day, first);
  const steps: Step[] = [];
  const report = (completedOn: string, on: string) => steps.push({ kind: 'report', completedOn, on: at(on, completedOn) });
  const last = () => steps[steps.length - 1]!.on;
  if (kind === 'confirmed' || kind === 'confirmed_after_return') {
    const completedOn = done(min(addDays(dueOn, -r.int(3, 25)), addDays(today, -14)));
    report(completedOn, addDays(completedOn, r.int(1, 4)));
    if (kind === 'confirmed_after_return') {
      steps.push({ kind: 'return', on: at(addDays(last(), 2), last()) });
      report(completedOn, addDays(last(), r.int(2, 5)));
    }
    steps.push({ kind: 'confirm', on: at(addDays(last(), r.int(2, 6)), last()) });
  } else if (kind === 'confirmed_late') {
    const completedOn = done(min(addDays(dueOn, r.int(5, 30)), addDays(today, -8)));
    report(completedOn, addDays(completedOn, 2));
    steps.push({ kind: 'confirm', on: at(addDays(last(), r.int(2, 5)), last()) });
  } else if (kind === 'reported') {
    const completedOn = done(addDays(min(dueOn, today), -r.int(0, 6)));
    report(completedOn, addDays(completedOn, r.int(0, 3)));
  } else if (kind === 'open_returned') {
    const completedOn = done(addDays(today, -r.int(10, 30)));
    report(completedOn, addDays(completedOn, 1));
    steps.push({ kind: 'return', on: at(addDays(last(), 2), last()) });
  }
  return { steps, note };
}

/** A task past its due day is mostly done; one still ahead mostly open. */
function kindFor(world: DemoWorld, dueOn: string): OutcomeKind {
  const past: [OutcomeKind, number][] = [['confirmed', 45], ['confirmed_late', 10], ['confirmed_after_return', 10], ['reported', 13], ['open', 14], ['open_returned', 8]];
  const ahead: [OutcomeKind, number][] = [['confirmed', 18], ['reported', 14], ['open', 62], ['open_returned', 6]];
  return world.random.weighted(dueOn < world.today ? past : ahead);
}

/** 3–6 tasks for a village, due at quarter and month ends of the year after the signing. */
function letterTaskPlans(world: DemoWorld, options: { village: string; region: keyof typeof CROPS; signedOn: string; showcase: boolean }): TaskPlan[] {
  const r = world.random;
  const year = world.today.slice(0, 4);
  const crop = r.pick(CROPS[options.region]);
  const ends = ['03-31', '06-30', '09-30', '10-31', '11-30', '12-31'].map((d) => `${year}-${d}`).filter((d) => d > addDays(options.signedOn, 20));
  const dueDays = ends.length > 0 ? ends : [`${year}-12-31`];
  if (options.showcase) {
    // 长流村: one task due within the fortnight and one overdue, so 省法院 finds both in its to-do list.
    const floor = addDays(options.signedOn, 1);
    const day = (offset: number) => max(addDays(world.today, offset), floor);
    const picks: [number, string, OutcomeKind][] = [
      [0, day(-100), 'confirmed'],
      [2, day(-22), 'reported'],
      [3, day(-12), 'open_returned'],
      [1, max(min(addDays(world.today, 10), `${year}-12-31`), floor), 'open'],
      [5, max(`${year}-12-31`, floor), 'open'],
    ];
    return picks.map(([index, dueOn, kind]) => {
      const template = TEMPLATES[index]!;
      return { title: template.title, target: template.target(r, options.village, '荔枝'), dueOn, outcome: outcomeOf(world, kind, dueOn, options.signedOn, template.note) };
    });
  }
  return r
    .shuffle(TEMPLATES)
    .slice(0, r.int(3, 6))
    .map((template) => {
      const dueOn = r.pick(dueDays);
      return { title: template.title, target: template.target(r, options.village, crop), dueOn, outcome: outcomeOf(world, kindFor(world, dueOn), dueOn, options.signedOn, template.note) };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

const RETURN_REASONS = [
  '缺少镇村两级验收单和完工照片，请补充后重新报送。',
  '完成情况与责任状目标不符：实际完成量未达到约定数量，请说明差距和补救措施。',
  '未附资金使用明细，请补充资金拨付凭证。',
  '受益户名单未经村民代表会议公示，请公示后再报。',
];

/**
 * Where a task's steps leave it: the state after the last, the last report's day and note, the last
 * reason it was sent back for, and who acted (the unit's demo account where it has one).
 */
function finalValues(world: DemoWorld, outcome: Outcome, actors: { signer: string; unit: string | null }): Partial<typeof responsibilityTasks.$inferInsert> {
  const values: Partial<typeof responsibilityTasks.$inferInsert> = {};
  for (const step of outcome.steps) {
    if (step.kind === 'report') {
      Object.assign(values, { state: 'reported', completedOn: step.completedOn, completionNote: outcome.note, reportedBy: actors.unit, reportedAt: step.on });
    } else if (step.kind === 'return') {
      Object.assign(values, { state: 'open', returnedReason: world.random.pick(RETURN_REASONS) });
    } else {
      Object.assign(values, { state: 'confirmed', confirmedBy: actors.signer, confirmedAt: step.on });
    }
  }
  return values;
}

/** The letter through the service as the signer; its tasks' year of work written straight after. */
async function sign(world: DemoWorld, signer: Signer, pairing: Pairing, unitAccount: string | null, plans: TaskPlan[], signedOn: string): Promise<void> {
  const year = Number(world.today.slice(0, 4));
  const ctx = await world.as(signer.username);
  const letter = await createLetter(
    ctx,
    {
      unitId: pairing.unitId,
      divisionCode: pairing.village,
      year,
      title: `${year}年度${pairing.villageName}帮扶工作责任状`,
      signedOn,
      signedWith: signer.signedWith,
      note: `${pairing.unitName}为${pairing.villageName}牵头后盾单位，完成情况纳入单位绩效考评和党建考评。`,
      tasks: plans.map((p) => ({ title: p.title, target: p.target, dueOn: p.dueOn })),
    },
    { today: signedOn },
  );
  const actors = { signer: ctx.principal.accountId, unit: unitAccount };
  await world.deps.db.transaction(async (tx) => {
    for (const [index, plan] of plans.entries()) {
      const values = finalValues(world, plan.outcome, actors);
      if (Object.keys(values).length > 0) await tx.update(responsibilityTasks).set(values).where(eq(responsibilityTasks.id, letter.taskList[index]!.id));
    }
  });
}

/**
 * [002] 责任状 for this year: 高州市's service station with each lead backing unit of a team in
 * 高州市 (电白区's by its organization department, whose area it is), 会泽县's organization department
 * with [003]'s three units for each of their villages; 3–6 tasks a letter (roads, water, industry,
 * the party's premises…), some confirmed, some reported and waiting, some returned, some overdue.
 * 长流村's letter gives 省法院 a task due within two weeks and one overdue. Written once a year.
 */
export async function seedResponsibilityLetters(world: DemoWorld): Promise<number> {
  const year = Number(world.today.slice(0, 4));
  const [existing] = await world.deps.db.select({ n: count() }).from(responsibilityLetters).where(eq(responsibilityLetters.year, year));
  if ((existing?.n ?? 0) > 0) return 0;
  // Signed in February, or a month back when the year is younger than that (the rules allow December).
  const signedOn = [`${year}-02-20`, addDays(world.today, -30)].sort()[0]!;

  const maoming = await pairings(world, or(withinDivision(teamVillages.divisionCode, GAOZHOU), withinDivision(teamVillages.divisionCode, DIANBAI)));
  const huizeUnits = await world.deps.db.select({ id: units.id }).from(units).where(inArray(units.name, HUIZE_UNITS));
  const huize = await pairings(world, and(inArray(teamUnits.unitId, huizeUnits.map((u) => u.id)), withinDivision(teamVillages.divisionCode, '530326')));
  if (maoming.length < 10 || huize.length < 3) throw new Error(`seedResponsibilityLetters: ${maoming.length} pairings in 茂名市 and ${huize.length} in 会泽县`);

  const gdcourt = (await world.as('gdcourt-unit')).principal.accountId;
  const qjcourt = (await world.as('qjcourt-unit')).principal.accountId;
  let letters = 0;
  for (const pairing of maoming) {
    const signer: Signer = pairing.village.startsWith(GAOZHOU)
      ? { username: 'gaozhou-station', signedWith: '高州市扶贫攻坚服务站' }
      : { username: 'dianbai-org', signedWith: '电白区委组织部' };
    const unit = pairing.village === CHANGLIU ? gdcourt : null;
    const plans = letterTaskPlans(world, { village: pairing.villageName, region: 'maoming', signedOn, showcase: pairing.village === CHANGLIU });
    await sign(world, signer, pairing, unit, plans, signedOn);
    letters += 1;
  }
  for (const pairing of huize) {
    const unit = pairing.unitName === '曲靖市中级人民法院' ? qjcourt : null;
    const plans = letterTaskPlans(world, { village: pairing.villageName, region: 'huize', signedOn, showcase: false });
    await sign(world, { username: 'huize-org', signedWith: '会泽县委组织部' }, pairing, unit, plans, signedOn);
    letters += 1;
  }
  return letters;
}
