import { and, count, eq, like } from 'drizzle-orm';
import type { Ctx } from '../../server/platform/http/context.ts';
import { withinDivision } from '../../server/platform/access/scope.ts';
import { divisions } from '../../server/modules/divisions/index.ts';
import { projects } from '../../server/modules/projects/index.ts';
import { createDonation, donations } from '../../server/modules/donations/index.ts';
import type { DonationBody } from '../../contracts/donations.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

const HUIZE = '530326';
const TUOCHE = '530326102204';
const CHANGLIU = '440981101207';

/** A village of 会泽县 by the start of its name, as the national list spells it (拖车村委会, 拖车村村民委员会 …). */
async function huizeVillage(world: DemoWorld, name: string): Promise<string> {
  const [row] = await world.deps.db
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(withinDivision(divisions.code, HUIZE), eq(divisions.level, 'village'), like(divisions.name, `${name}%`)))
    .orderBy(divisions.code)
    .limit(1);
  if (!row) throw new Error(`seedDonations: 会泽县 has no village named ${name}`);
  return row.code;
}

async function projectNamed(world: DemoWorld, name: string): Promise<string> {
  const [row] = await world.deps.db.select({ id: projects.id }).from(projects).where(eq(projects.name, name)).limit(1);
  if (!row) throw new Error(`seedDonations: the demo projects have no ${name}; seed the projects first`);
  return row.id;
}

type Gift = Omit<DonationBody, 'receivedOn'> & { daysAgo: number };

/**
 * [002] 捐款捐物 on a small scale in the demo villages: 拖车村 and 落水村 in 会泽县, recorded by the
 * county's 扶贫办 with 拖车村's first secretary as the contact, and 长流村, recorded by 李晓奋 himself —
 * uniforms, bursaries, rice and oil for the festival, books and a gift toward a running project.
 * The days vary a little with the demo month; amounts and donors are fixed. Once written, not again.
 */
export async function seedDonations(world: DemoWorld): Promise<number> {
  const [existing] = await world.deps.db.select({ n: count() }).from(donations).where(eq(donations.divisionCode, CHANGLIU));
  if ((existing?.n ?? 0) > 0) return 0;

  const county = await world.as('huize-rural');
  const tuoche = await world.as('tuoche-leader');
  const changliu = await world.as('changliu-leader');
  const luoshui = await huizeVillage(world, '落水村');
  const irrigation = await projectNamed(world, '人畜饮水及灌溉用水工程修复');
  const lychee = await projectNamed(world, '长流村荔枝标准化种植示范基地');
  const tuocheCadre = tuoche.principal.cadreId ?? undefined;
  const changliuCadre = changliu.principal.cadreId ?? undefined;
  const jitter = () => world.random.int(0, 6);

  const huizeGifts: Gift[] = [
    { donor: '云南会泽铅锌矿业有限公司', donorKind: 'enterprise', form: 'money', value: '50000.00', purpose: '人畜饮水管网修复配套资金', divisionCode: TUOCHE, projectId: irrigation, daysAgo: 310, receiptNo: '会慈〔{year}〕012号' },
    { donor: '曲靖市中级人民法院机关工会', donorKind: 'unit', form: 'money', value: '12600.00', purpose: '资助拖车村 21 名在读大学生、高中生', divisionCode: TUOCHE, daysAgo: 95, receiptNo: '会慈〔{year}〕047号' },
    { donor: '会泽县某商贸有限公司', donorKind: 'enterprise', form: 'goods', value: '9360.00', goods: '大米（25 公斤装）', quantity: '120', unit: '袋', purpose: '春节慰问困难群众', divisionCode: TUOCHE, daysAgo: 320 },
    { donor: '会泽县某商贸有限公司', donorKind: 'enterprise', form: 'goods', value: '5280.00', goods: '食用油（5 升装）', quantity: '120', unit: '桶', purpose: '春节慰问困难群众', divisionCode: TUOCHE, daysAgo: 320 },
    { donor: '昆明某服饰有限公司', donorKind: 'enterprise', form: 'goods', value: '16800.00', goods: '校服（春秋装）', quantity: '280', unit: '套', purpose: '拖车村小学学生校服', divisionCode: TUOCHE, daysAgo: 100 },
    { donor: '云南省青少年发展基金会', donorKind: 'organization', form: 'goods', value: '8640.50', goods: '图书', quantity: '1200', unit: '册', purpose: '村级农家书屋和小学图书角', divisionCode: TUOCHE, daysAgo: 60, receiptNo: '云青基〔{year}〕0318' },
    { donor: '张云华（在外创业人士）', donorKind: 'individual', form: 'money', value: '20000.00', purpose: '拖车村考取大学新生助学金', divisionCode: TUOCHE, daysAgo: 120 },
    { donor: '会泽县某建材有限公司', donorKind: 'enterprise', form: 'goods', value: '7200.00', goods: '水泥', quantity: '18', unit: '吨', purpose: '落水村组内道路修补', divisionCode: luoshui, daysAgo: 150 },
    { donor: '会泽县慈善总会', donorKind: 'organization', form: 'money', value: '6000.00', purpose: '落水村 12 户困难家庭临时救助', divisionCode: luoshui, daysAgo: 40, receiptNo: '会慈〔{year}〕088号' },
  ];
  const changliuGifts: Gift[] = [
    { donor: '广东某电器股份有限公司', donorKind: 'enterprise', form: 'goods', value: '23400.00', goods: '校服（冬装）', quantity: '260', unit: '套', purpose: '长流村小学学生冬季校服', divisionCode: CHANGLIU, daysAgo: 20 },
    { donor: '广东省高级人民法院机关党委', donorKind: 'unit', form: 'money', value: '30000.00', purpose: '长流村困难家庭学生助学金（30 名）', divisionCode: CHANGLIU, daysAgo: 85, receiptNo: 'GDFY-ZX-{year}-01' },
    { donor: '茂名某农业发展有限公司', donorKind: 'enterprise', form: 'money', value: '80000.00', purpose: '荔枝示范基地水肥一体化设备', divisionCode: CHANGLIU, projectId: lychee, daysAgo: 180, receiptNo: 'GDFY-ZX-{year}-02' },
    { donor: '高州市慈善会', donorKind: 'organization', form: 'goods', value: '11880.00', goods: '慰问物资（大米、食用油、棉被）', quantity: '66', unit: '份', purpose: '中秋慰问脱贫户和监测户', divisionCode: CHANGLIU, daysAgo: 75 },
    { donor: '李某（长流村在外乡贤）', donorKind: 'individual', form: 'money', value: '8800.00', purpose: '村小学添置课桌椅', divisionCode: CHANGLIU, daysAgo: 130 },
    { donor: '深圳某科技有限公司', donorKind: 'enterprise', form: 'goods', value: '15960.00', goods: '笔记本电脑', quantity: '6', unit: '台', purpose: '村党群服务中心便民服务和网课', divisionCode: CHANGLIU, daysAgo: 45 },
  ];

  const write = async (ctx: Ctx, gift: Gift, cadreId: string | undefined) => {
    const { daysAgo, receiptNo, ...body } = gift;
    const receivedOn = addDays(world.today, -(daysAgo + jitter()));
    // Receipts are numbered within the year they are issued in.
    const receipt = receiptNo?.replace('{year}', receivedOn.slice(0, 4));
    await createDonation(ctx, { ...body, receivedOn, ...(receipt ? { receiptNo: receipt } : {}), ...(cadreId ? { arrangedByCadreId: cadreId } : {}) });
  };
  for (const gift of huizeGifts) await write(county, gift, tuocheCadre);
  for (const gift of changliuGifts) await write(changliu, gift, changliuCadre);
  return huizeGifts.length + changliuGifts.length;
}
