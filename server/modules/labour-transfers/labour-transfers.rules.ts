import { beijingDay } from '../../platform/time/beijing.ts';
export type FieldError = { path: string; message: string };

const provinces = [
  ['北京', '北京市'], ['天津', '天津市'], ['河北', '河北省'], ['山西', '山西省'], ['内蒙古', '内蒙古自治区'],
  ['辽宁', '辽宁省'], ['吉林', '吉林省'], ['黑龙江', '黑龙江省'], ['上海', '上海市'], ['江苏', '江苏省'],
  ['浙江', '浙江省'], ['安徽', '安徽省'], ['福建', '福建省'], ['江西', '江西省'], ['山东', '山东省'],
  ['河南', '河南省'], ['湖北', '湖北省'], ['湖南', '湖南省'], ['广东', '广东省'], ['广西', '广西壮族自治区'],
  ['海南', '海南省'], ['重庆', '重庆市'], ['四川', '四川省'], ['贵州', '贵州省'], ['云南', '云南省'],
  ['西藏', '西藏自治区'], ['陕西', '陕西省'], ['甘肃', '甘肃省'], ['青海', '青海省'], ['宁夏', '宁夏回族自治区'],
  ['新疆', '新疆维吾尔自治区'], ['台湾', '台湾省'], ['香港', '香港特别行政区'], ['澳门', '澳门特别行政区'],
] as const;

// Where villagers go most, often written without the province (“深圳龙华”, “义乌”).
const cities: Record<string, string> = {
  深圳: '广东省', 广州: '广东省', 东莞: '广东省', 佛山: '广东省', 中山: '广东省', 惠州: '广东省', 珠海: '广东省',
  苏州: '江苏省', 南京: '江苏省', 无锡: '江苏省', 昆山: '江苏省', 常州: '江苏省',
  杭州: '浙江省', 宁波: '浙江省', 温州: '浙江省', 义乌: '浙江省', 嘉兴: '浙江省', 台州: '浙江省',
  厦门: '福建省', 泉州: '福建省', 晋江: '福建省', 福州: '福建省',
  昆明: '云南省', 曲靖: '云南省', 成都: '四川省', 贵阳: '贵州省', 武汉: '湖北省', 长沙: '湖南省', 郑州: '河南省',
  青岛: '山东省', 济南: '山东省', 西安: '陕西省', 乌鲁木齐: '新疆维吾尔自治区', 拉萨: '西藏自治区',
};

/** The province a destination lies in, by its leading province name or a well-known city; null when it names none. */
export function provinceOf(destination: string): string | null {
  const text = destination.trim();
  for (const [short, full] of provinces) if (text.startsWith(short)) return full;
  for (const [city, province] of Object.entries(cities)) if (text.startsWith(city)) return province;
  return null;
}

/** Away on `today`: left on or before it and not back before it. */
export function isCurrent(transfer: { startedOn: string; endedOn: string | null }, today: string): boolean {
  return transfer.startedOn <= today && (transfer.endedOn === null || transfer.endedOn >= today);
}

export function labourDateProblems(body: { startedOn: string; endedOn?: string | null | undefined }, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (body.startedOn > today) problems.push({ path: 'startedOn', message: '外出日期不能晚于今天' });
  if (body.endedOn && body.endedOn > today) problems.push({ path: 'endedOn', message: '返乡日期不能晚于今天' });
  return problems;
}

export type DestinationTally = { destination: string; people: number; organized: number; incomeSum: number };
export type ProvinceTally = { province: string; people: number; averageMonthlyIncome: number | null };

const OTHER = '其他';

/** Destinations folded into provinces, most people first; unknown destinations count under 其他, last. */
export function byProvince(rows: readonly DestinationTally[]): ProvinceTally[] {
  const totals = new Map<string, { people: number; incomeSum: number }>();
  for (const row of rows) {
    const province = provinceOf(row.destination) ?? OTHER;
    const entry = totals.get(province) ?? { people: 0, incomeSum: 0 };
    entry.people += row.people;
    entry.incomeSum += row.incomeSum;
    totals.set(province, entry);
  }
  return [...totals.entries()]
    .map(([province, t]) => ({ province, people: t.people, averageMonthlyIncome: averageIncome(t.incomeSum, t.people) }))
    .sort((a, b) => Number(a.province === OTHER) - Number(b.province === OTHER) || b.people - a.people || a.province.localeCompare(b.province, 'zh'));
}

/** Yuan, rounded to the yuan; null for nobody. */
export function averageIncome(sum: number, people: number): number | null {
  return people > 0 ? Math.round(sum / people) : null;
}

/** Villages count days in Beijing time. */
export function todayInBeijing(now = new Date()): string {
  return beijingDay(now);
}
