import type { SeededRandom } from './random.ts';

export type NameRegion = 'national' | 'guangdong' | 'yunnan' | 'sichuan';

// Share of the population per surname (per cent, 2020 census order); the long tail is cut at 0.13 %.
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 7.12], ['李', 7.0], ['张', 6.74], ['刘', 5.1], ['陈', 4.61], ['杨', 3.22], ['黄', 2.45], ['赵', 2.19], ['吴', 2.05],
  ['周', 1.89], ['徐', 1.47], ['孙', 1.38], ['马', 1.29], ['朱', 1.28], ['胡', 1.16], ['郭', 1.15], ['何', 1.06], ['林', 1.02],
  ['高', 1.0], ['罗', 0.95], ['郑', 0.93], ['梁', 0.85], ['谢', 0.76], ['宋', 0.72], ['唐', 0.71], ['许', 0.66], ['韩', 0.65],
  ['冯', 0.64], ['邓', 0.62], ['曹', 0.61], ['彭', 0.58], ['曾', 0.56], ['肖', 0.56], ['田', 0.53], ['董', 0.51], ['袁', 0.5],
  ['潘', 0.48], ['于', 0.48], ['蒋', 0.47], ['蔡', 0.46], ['余', 0.45], ['杜', 0.44], ['叶', 0.44], ['程', 0.43], ['苏', 0.41],
  ['魏', 0.4], ['吕', 0.4], ['丁', 0.39], ['任', 0.38], ['沈', 0.37], ['姚', 0.36], ['卢', 0.36], ['姜', 0.35], ['崔', 0.34],
  ['钟', 0.33], ['谭', 0.32], ['陆', 0.31], ['汪', 0.3], ['范', 0.3], ['金', 0.29], ['石', 0.28], ['廖', 0.28], ['贾', 0.27],
  ['夏', 0.27], ['韦', 0.26], ['付', 0.26], ['方', 0.25], ['白', 0.25], ['邹', 0.24], ['孟', 0.24], ['熊', 0.24], ['秦', 0.23],
  ['邱', 0.23], ['江', 0.22], ['尹', 0.22], ['薛', 0.21], ['闫', 0.21], ['段', 0.2], ['雷', 0.2], ['侯', 0.19], ['龙', 0.19],
  ['史', 0.19], ['陶', 0.18], ['黎', 0.18], ['贺', 0.18], ['顾', 0.17], ['毛', 0.17], ['郝', 0.16], ['龚', 0.16], ['邵', 0.16],
  ['万', 0.15], ['钱', 0.15], ['严', 0.14], ['覃', 0.14], ['武', 0.14], ['戴', 0.14], ['莫', 0.13], ['孔', 0.13], ['向', 0.13],
];

// Where a surname is far more common than nationally (梁、黄、陈 in Guangdong; 朱、张、李 in 曲靖).
const REGIONAL_BOOST: Record<NameRegion, Record<string, number>> = {
  national: {},
  guangdong: { 陈: 2.2, 黄: 2.2, 梁: 2.8, 林: 2.0, 李: 1.2, 罗: 1.8, 何: 1.6, 邓: 1.8, 吴: 1.4, 叶: 1.8, 钟: 2.0, 冯: 1.6, 杨: 0.7, 赵: 0.4, 孙: 0.3 },
  yunnan: { 李: 1.4, 张: 1.3, 杨: 1.6, 朱: 2.0, 赵: 1.3, 刘: 1.2, 陈: 0.9, 黄: 0.5, 林: 0.3, 徐: 0.8, 孙: 0.7 },
  sichuan: { 王: 1.1, 李: 1.2, 张: 1.1, 刘: 1.1, 杨: 1.3, 何: 1.5, 赵: 1.1, 罗: 1.3, 邓: 1.3, 黄: 0.7, 林: 0.4 },
};

// Ethnic minorities of 会泽 carry characteristic surnames: 回族 马、纳、丁、沙; 彝族 禄、安、者.
const ETHNIC_SURNAMES: Record<string, readonly string[]> = {
  回族: ['马', '马', '马', '纳', '丁', '沙', '撒', '马', '保'],
  彝族: ['李', '杨', '禄', '安', '王', '张', '者', '陆', '普'],
  苗族: ['王', '杨', '张', '陶', '熊', '马', '李', '龙'],
};

const MALE_CHARS = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁林海峰建国志文俊德永春荣兴成云龙宏家晓东光福贵祥忠江学正发昌亮松柏坤洪锋毅浩宇翔帆睿晨阳旭凯鸿彬良武树军庆才';
const FEMALE_CHARS = '芳娜敏静丽艳娟霞燕玲婷雪慧琳洁梅兰红萍颖倩莉璐琴云凤英华秀蓉露佳欣悦瑶薇丹晶晓玉春珊爽月';
// Names of the 1960s–70s lean on a few words of the time.
const OLDER_MALE_NAMES = ['建国', '建华', '国庆', '志强', '卫东', '建军', '国华', '永红', '德明', '正华', '文斌', '树林', '学军', '春生', '家富'];
const OLDER_FEMALE_NAMES = ['秀英', '桂英', '玉兰', '秀兰', '建红', '丽华', '春梅', '凤英', '红梅', '桂芳', '秀珍', '美华'];

export type NameRequest = { gender: 'male' | 'female'; birthYear: number; region: NameRegion; ethnicity: string };

export function pickSurname(random: SeededRandom, region: NameRegion, ethnicity: string): string {
  const ethnic = ETHNIC_SURNAMES[ethnicity];
  if (ethnic && random.chance(0.85)) return random.pick(ethnic);
  const boost = REGIONAL_BOOST[region];
  return random.weighted(SURNAMES.map(([name, share]) => [name, share * (boost[name] ?? 1)] as const));
}

export function pickGivenName(random: SeededRandom, gender: 'male' | 'female', birthYear: number): string {
  if (birthYear < 1976 && random.chance(0.3)) return random.pick(gender === 'male' ? OLDER_MALE_NAMES : OLDER_FEMALE_NAMES);
  const chars = gender === 'male' ? MALE_CHARS : FEMALE_CHARS;
  // Single-character given names were common in the 1980s–90s and less so since.
  const single = birthYear >= 1978 && birthYear <= 1995 ? 0.3 : 0.18;
  if (random.chance(single)) return random.pick([...chars]);
  const first = random.pick([...chars]);
  let second = random.pick([...chars]);
  while (second === first) second = random.pick([...chars]);
  return first + second;
}

export function makeName(random: SeededRandom, request: NameRequest): string {
  return pickSurname(random, request.region, request.ethnicity) + pickGivenName(random, request.gender, request.birthYear);
}
