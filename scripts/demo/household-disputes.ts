import type { DisputeState } from '../../contracts/household-codes.ts';
import type { DisputeCategory } from '../../contracts/disputes.ts';
import { addDays } from './demo-world.ts';
import type { SeededRandom } from './random.ts';

export type PlanMediation = { id: string; mediatedOn: string; mediators: string; content: string; result: string | null };
export type PlanDispute = {
  id: string;
  divisionCode: string;
  title: string;
  category: DisputeCategory;
  parties: string;
  description: string;
  startedOn: string | null;
  reportedOn: string;
  state: DisputeState;
  resolvedOn: string | null;
  outcome: string | null;
  mediations: PlanMediation[];
};

/** 贵定县新巴镇乐邦村 ([001]): where 省档案局's first secretary 陆曙光 ended the forest dispute of 坪江二组. */
export const LEBANG = '522723102200';

/**
 * [001]: 陆曙光's working group settled 坪江二组's dispute over the ownership of its hill forest,
 * 43 years old, and the way they did it became the "新巴经验" others copy.
 */
export function lebangForestDispute(random: SeededRandom): PlanDispute {
  const mediators = '陆曙光（省档案局驻乐邦村第一书记）、乐邦村驻村工作组、新巴镇司法所、村人民调解委员会';
  const step = (mediatedOn: string, content: string, result: string | null): PlanMediation => ({ id: random.uuid(), mediatedOn, mediators, content, result });
  return {
    id: random.uuid(),
    divisionCode: LEBANG,
    title: '坪江二组山林权属纠纷',
    category: 'forest_rights',
    parties: '乐邦村坪江二组村民与相邻村民组村民',
    description: '坪江二组与相邻村民组对一片山林的界线和林木归属各执一词，自1973年起争执43年，多次调处未果，双方曾因砍伐林木发生冲突。',
    startedOn: '1973-03-01',
    reportedOn: '2016-03-08',
    state: 'resolved',
    resolvedOn: '2016-11-25',
    outcome: '双方签订山林权属调解协议，按协议重新勘界、埋设界桩，林权证据此换发；43年纠纷化解，做法总结为可推广可复制的“新巴经验”。',
    mediations: [
      step('2016-03-22', '工作组逐户走访两组村民和老党员，听取各方对山林界线的说法，记录争议范围。', '摸清争议面积和双方诉求，双方同意坐下来谈'),
      step('2016-05-17', '到县档案馆查阅土改、“四固定”和林业“三定”时期的山林权属档案，找到当年的划界记录和地图。', '找到历史依据，向双方公开'),
      step('2016-08-09', '会同镇林业站、国土所和两组代表现场勘界，对照档案逐段核对界线。', '界线基本一致，余下两处分歧约定下次协商'),
      step('2016-11-25', '召开两组群众代表会议，逐条宣读调解协议，双方代表签字按手印。', '达成协议，纠纷化解'),
    ],
  };
}

type Template = { title: string; category: DisputeCategory; parties: (a: string, b: string) => string; description: string; steps: readonly string[]; outcome: string };

const TEMPLATES: readonly Template[] = [
  {
    title: '宅基地边界纠纷',
    category: 'land',
    parties: (a, b) => `${a}与${b}`,
    description: '两家建房时对宅基地边界认识不一，为一段围墙的位置发生争吵。',
    steps: ['驻村工作队和村调委会到现场丈量，查阅宅基地审批资料。', '分别做双方工作，提出围墙后退半米的方案。'],
    outcome: '双方同意按审批图纸确定边界，围墙后退半米，签订调解协议。',
  },
  {
    title: '排水沟堵塞引发邻里纠纷',
    category: 'neighbours',
    parties: (a, b) => `${a}与${b}`,
    description: '雨季排水沟被堵，雨水流进邻居院坝，两家多次争吵。',
    steps: ['到现场查看排水走向，召集两家当面协商。'],
    outcome: '由村里组织疏通排水沟，两家各出一天工，约定共同维护。',
  },
  {
    title: '赡养老人费用分担纠纷',
    category: 'family',
    parties: (a, b) => `${a}兄弟之间（涉及${b}）`,
    description: '兄弟几人对老人的生活费和医疗费如何分担意见不一，老人生活无着落。',
    steps: ['分别走访兄弟几人，讲解赡养义务的法律规定。', '召开家庭会议，村调委会主持协商分担比例。'],
    outcome: '兄弟几人按月轮流分担生活费，医疗费按比例分摊，写入赡养协议。',
  },
  {
    title: '承包地灌溉用水纠纷',
    category: 'land',
    parties: (a, b) => `${a}与${b}`,
    description: '旱季灌溉时两家对水渠先后用水发生争执。',
    steps: ['组织用水户协商，按地块面积排定轮灌时间。'],
    outcome: '制定轮灌表张贴在村委会，双方按表用水。',
  },
  {
    title: '借款归还纠纷',
    category: 'debt',
    parties: (a, b) => `${a}与${b}`,
    description: '两年前的一笔借款到期未还，双方对金额说法不一。',
    steps: ['核对借条和转账记录，确认借款金额。', '双方当面协商还款计划。'],
    outcome: '双方确认借款金额，约定分三个月还清，村调委会见证。',
  },
];

/**
 * A village's disputes of recent months: one settled in the demo month after two or three
 * sessions, one still being mediated, sometimes one just reported.
 */
export function planVillageDisputes(random: SeededRandom, divisionCode: string, householders: readonly string[], today: string): PlanDispute[] {
  if (householders.length < 2) return [];
  const out: PlanDispute[] = [];
  const templates = random.shuffle(TEMPLATES);
  const states: DisputeState[] = ['resolved', 'mediating', ...(random.chance(0.5) ? (['open'] as const) : [])];
  states.forEach((state, i) => {
    const template = templates[i]!;
    const [a, b] = random.shuffle(householders).slice(0, 2) as [string, string];
    const reportedOn = addDays(today, -random.int(state === 'open' ? 2 : 20, state === 'open' ? 10 : 50));
    const sessions = state === 'open' ? [] : state === 'mediating' ? template.steps.slice(0, 1) : template.steps;
    const mediations = sessions.map((content, k) => ({
      id: random.uuid(),
      mediatedOn: addDays(reportedOn, 3 + k * random.int(4, 8)),
      mediators: '驻村工作队、村人民调解委员会',
      content,
      result: state === 'resolved' && k === sessions.length - 1 ? '达成调解协议' : '双方意见有所接近，约定再次协商',
    }));
    const resolved = state === 'resolved';
    out.push({
      id: random.uuid(),
      divisionCode,
      title: template.title,
      category: template.category,
      parties: template.parties(a, b),
      description: template.description,
      startedOn: addDays(reportedOn, -random.int(10, 400)),
      reportedOn,
      state,
      resolvedOn: resolved ? mediations[mediations.length - 1]!.mediatedOn : null,
      outcome: resolved ? template.outcome : null,
      mediations,
    });
  });
  return out;
}
