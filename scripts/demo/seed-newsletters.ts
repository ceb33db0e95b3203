import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../server/platform/http/context.ts';
import { createNewsletter, publishNewsletter, submitNewsletter } from '../../server/modules/newsletters/newsletters.service.ts';
import { newPublicToken } from '../../server/modules/newsletters/newsletters.rules.ts';
import { newsletters } from '../../server/modules/newsletters/index.ts';
import type { NewsletterKind } from '../../contracts/newsletters.ts';
import type { DemoWorld } from './demo-world.ts';
import { addDays } from './demo-world.ts';

const WUZHOU = '450400000000';

type Piece = { title: string; body: string; by: string };

/** 《第一书记动态》 of 会泽县, written by 拖车村's team and 娜姑镇, published by the county in this order. */
const HUIZE_PUBLISHED: Piece[] = [
  {
    title: '拖车村党员活动室建成投入使用',
    body: '在后盾单位曲靖市中级人民法院支持下，拖车村新建党员活动室一间，配齐了桌椅和电教设备。\n\n活动室投入使用后，村党支部“三会一课”和主题党日有了固定场所，群众议事也多了一个去处。',
    by: 'tuoche-leader',
  },
  {
    title: '娜姑镇召开驻村第一书记工作交流会',
    body: '娜姑镇党委组织全镇驻村第一书记开展工作交流，各村第一书记分别介绍了入户走访、产业发展和矛盾调解方面的做法。\n\n镇党委要求各工作队把走访中发现的问题建立台账，逐项跟踪办结。',
    by: 'nagu-party',
  },
  {
    title: '拖车村发展中药材种植带动农户增收',
    body: '驻村工作队协调种苗和技术指导，带动农户发展中药材种植。\n\n工作队逐户登记种植面积，联系收购企业签订保底收购协议，让群众种得放心。',
    by: 'tuoche-leader',
  },
  {
    title: '娜姑镇开展防返贫监测集中排查',
    body: '娜姑镇组织驻村工作队和村“两委”对监测户开展集中排查，逐户核实收入和“两不愁三保障”情况。\n\n排查中发现的风险已逐户制定帮扶措施，明确责任人和完成时限。',
    by: 'nagu-party',
  },
];

const TUOCHE_IN_REVIEW: Piece = {
  title: '拖车村工作队开展冬季送温暖走访',
  body: '入冬以来，驻村工作队走访了村里的独居老人和困难家庭，送去棉被和米油。\n\n走访中了解到的取暖、用水问题，工作队已登记并协调解决。',
  by: 'tuoche-leader',
};
const TUOCHE_DRAFT: Piece = {
  title: '拖车村年度驻村工作回顾',
  body: '今年以来，驻村工作队围绕抓党建、促发展、办实事开展工作。\n\n（待补充全年走访、项目和产业数据。）',
  by: 'tuoche-leader',
};

/** 《扶贫动态》 the organization department of 梧州市 edits and publishes itself. */
const WUZHOU_PUBLISHED: Omit<Piece, 'by'>[] = [
  { title: '梧州市推进驻村工作队轮换交接', body: '全市新一轮驻村工作队完成轮换，新老队员逐村交接工作台账和帮扶项目。\n\n市委组织部要求交接期间工作不断档、帮扶不断线。' },
  { title: '梧州市开展驻村干部培训', body: '市委组织部举办驻村干部专题培训班，围绕产业帮扶、防返贫监测和基层党建开展授课。\n\n参训干部结合各村实际进行了交流研讨。' },
  { title: '梧州市村级集体经济发展情况通报', body: '各县（市、区）结合资源禀赋发展村级集体经济，通过资产收益、合作社经营等方式增加村集体收入。\n\n下一步将总结推广好的做法，推动集体经济薄弱村加快发展。' },
];

const allTitles = [...HUIZE_PUBLISHED, TUOCHE_IN_REVIEW, TUOCHE_DRAFT, ...WUZHOU_PUBLISHED].map((p) => p.title);

/** Spread over the demo year before today, never before 1 January, so the numbering stays in one year. */
function publishedDay(today: string, index: number, count: number): Date {
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const back = Math.max(7, (count - index) * 30);
  const day = addDays(today, -back) < yearStart ? addDays(yearStart, index) : addDays(today, -back);
  return new Date(`${day}T10:00:00+08:00`);
}

async function write(ctx: Ctx, kind: NewsletterKind, piece: Omit<Piece, 'by'>) {
  return createNewsletter(ctx, { kind, title: piece.title, body: piece.body });
}

/**
 * 会泽县 published four issues of 《第一书记动态》 (through the review: written by a team and a township,
 * published by the county), 拖车村's leader has one in review and one draft, and 梧州市 published three
 * issues of 《扶贫动态》 it edits itself. Written once.
 */
export async function seedNewsletters(world: DemoWorld): Promise<number> {
  const db = world.deps.db;
  const existing = await db.select({ id: newsletters.id }).from(newsletters).where(inArray(newsletters.title, allTitles));
  if (existing.length > 0) return 0;
  const county = await world.as('huize-org');
  let written = 0;
  for (const [index, piece] of HUIZE_PUBLISHED.entries()) {
    const author = await world.as(piece.by);
    const draft = await write(author, 'first_secretary', piece);
    await submitNewsletter(author, draft.id);
    await publishNewsletter(county, draft.id);
    await db.update(newsletters).set({ publishedAt: publishedDay(world.today, index, HUIZE_PUBLISHED.length) }).where(eq(newsletters.id, draft.id));
    written += 1;
  }
  const leader = await world.as('tuoche-leader');
  const reviewing = await write(leader, 'first_secretary', TUOCHE_IN_REVIEW);
  await submitNewsletter(leader, reviewing.id);
  await write(leader, 'first_secretary', TUOCHE_DRAFT);
  written += 2;

  const city = await world.as('wuzhou-city');
  for (const [index, piece] of WUZHOU_PUBLISHED.entries()) {
    const at = publishedDay(world.today, index, WUZHOU_PUBLISHED.length);
    await db.insert(newsletters).values({
      divisionCode: WUZHOU,
      kind: 'poverty_alleviation',
      issueNo: index + 1,
      title: piece.title,
      body: piece.body,
      state: 'published',
      publicToken: newPublicToken(),
      authorId: city.principal.accountId,
      publishedBy: city.principal.accountId,
      publishedAt: at,
      createdAt: at,
      updatedAt: at,
    });
    written += 1;
  }
  return written;
}

