import {
  healthStates,
  householdAttributes,
  householdStatuses,
  housingGrades,
  labourAbilities,
  monitoringTypes,
  povertyCauses,
  relations,
  schoolings,
  type Label,
} from '../../../contracts/household-codes.ts';

export type CodeLookup<K extends string> = { find: (text: string) => K | undefined; choices: string[] };

/** The Chinese labels of a code list plus the spellings county ledgers use for the same value. */
function lookup<K extends string>(list: { codes: readonly K[]; labels: Record<K, Label> }, synonyms: Record<string, K> = {}): CodeLookup<K> {
  const map = new Map<string, K>();
  for (const code of list.codes) map.set(squeeze(list.labels[code].zh), code);
  for (const [text, code] of Object.entries(synonyms)) map.set(squeeze(text), code);
  return { find: (text) => map.get(squeeze(text)), choices: list.codes.map((code) => list.labels[code].zh) };
}

/** Full-width brackets and stray spaces differ from ledger to ledger; they do not change the value. */
export function squeeze(text: string): string {
  return text.replace(/[\s　]/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

const genders = new Map<string, 'male' | 'female'>([
  ['男', 'male'],
  ['男性', 'male'],
  ['女', 'female'],
  ['女性', 'female'],
]);
export const genderLookup: CodeLookup<'male' | 'female'> = { find: (text) => genders.get(squeeze(text)), choices: ['男', '女'] };

export const relationLookup = lookup(relations, {
  本人: 'householder', 户主本人: 'householder', 本人或户主: 'householder',
  妻: 'spouse', 妻子: 'spouse', 夫: 'spouse', 丈夫: 'spouse', 之妻: 'spouse', 之夫: 'spouse',
  子: 'child', 女: 'child', 儿子: 'child', 女儿: 'child', 之子: 'child', 之女: 'child', 长子: 'child', 次子: 'child', 长女: 'child', 次女: 'child', 三子: 'child', 三女: 'child', 独生子: 'child', 独生女: 'child', 养子: 'child', 养女: 'child',
  儿媳: 'child_in_law', 女婿: 'child_in_law', 之儿媳: 'child_in_law', 之女婿: 'child_in_law',
  孙子: 'grandchild', 孙女: 'grandchild', 之孙子: 'grandchild', 之孙女: 'grandchild', 外孙子: 'grandchild', 外孙女: 'grandchild', 孙子女: 'grandchild',
  父亲: 'parent', 母亲: 'parent', 之父: 'parent', 之母: 'parent', 父: 'parent', 母: 'parent',
  祖父: 'grandparent', 祖母: 'grandparent', 外祖父: 'grandparent', 外祖母: 'grandparent',
  兄: 'sibling', 弟: 'sibling', 姐: 'sibling', 妹: 'sibling', 兄弟: 'sibling', 姐妹: 'sibling', 之兄: 'sibling', 之弟: 'sibling', 之姐: 'sibling', 之妹: 'sibling',
});

export const healthLookup = lookup(healthStates, { 慢性病: 'chronic', 患有慢性病: 'chronic', 长期慢性病: 'chronic', 患大病: 'serious', 重病: 'serious', 大病: 'serious', 残疾人: 'disabled' });

export const labourLookup = lookup(labourAbilities, {
  技能劳动力: 'skilled',
  普通劳动力: 'normal',
  弱劳动力: 'weak',
  半劳动力: 'weak',
  弱劳动力或半劳动力: 'weak',
  丧失劳动力: 'lost',
  丧失劳动能力: 'lost',
  无劳动力: 'none',
  无劳动能力: 'none',
});

export const schoolingLookup = lookup(schoolings, {
  文盲: 'none', 半文盲: 'none', 文盲或半文盲: 'none', 未上学: 'none', 不识字: 'none',
  学龄前: 'preschool', 学龄前儿童: 'preschool', 学前: 'preschool', 幼儿园: 'preschool',
  小学文化: 'primary', 初中文化: 'junior', 高中文化: 'senior',
  中职: 'vocational', 技校: 'vocational', 中专: 'vocational', 职高: 'vocational',
  大专: 'college', 本科: 'college', 大学: 'college', 大专以上: 'college', 研究生: 'college',
});

export const attributeLookup = lookup(householdAttributes, {
  一般户: 'general', 一般贫困户: 'general',
  低保户: 'low_income', 低保贫困户: 'low_income',
  特困户: 'extreme', 五保户: 'extreme', 五保贫困户: 'extreme', 特困供养贫困户: 'extreme',
  非贫困户: 'non_poor',
});

export const statusLookup = lookup(householdStatuses, {
  未脱贫: 'registered', 贫困户: 'registered', 在册贫困户: 'registered',
  脱贫: 'exited', 脱贫户: 'exited', 已脱贫户: 'exited', 标注脱贫: 'exited',
  非贫困户: 'non_poor',
});

export const causeLookup = lookup(povertyCauses, {
  因病致贫: 'illness', 因残致贫: 'disability', 因学致贫: 'schooling', 因灾致贫: 'disaster',
  缺劳动力: 'no_labour', 交通落后: 'poor_transport', 交通条件落后: 'poor_transport',
  缺乏发展动力: 'low_motivation', 发展动力不足: 'low_motivation', 自身发展动力不足: 'low_motivation',
});

export const monitoringLookup = lookup(monitoringTypes, { 边缘户: 'marginal', 边缘易致贫户: 'marginal', 突发困难户: 'sudden', 不稳定户: 'unstable' });

export const housingLookup = lookup(housingGrades, {
  A: 'A', A级: 'A', 安全: 'A',
  B: 'B', B级: 'B', 基本安全: 'B',
  C: 'C', C级: 'C',
  D: 'D', D级: 'D',
});

const YES = new Set(['是', '√', '✓', '✔', 'Y', 'YES', '有', '1', 'TRUE', '参加', '已参加', '在校']);
const NO = new Set(['否', '×', '✗', 'N', 'NO', '无', '0', 'FALSE', '未参加', '不在校']);

/** 是/否, √/×, 1/0 and the like; undefined when the text is none of them. */
export function readYesNo(text: string): boolean | undefined {
  const value = squeeze(text).toUpperCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}

const GRADE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** 一级…四级 (or 1–4); null for 无. */
export function readDisabilityGrade(text: string): number | null | undefined {
  const value = squeeze(text);
  if (value === '无' || value === '否') return null;
  const match = /^([一二三四1-4])(级|级残疾)?$/.exec(value);
  return match ? GRADE_DIGITS[match[1]!] : undefined;
}
