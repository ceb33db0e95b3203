import type { Metric } from '../../../contracts/stats-metrics.ts';
import type { MonthlyReport, MonthlyReportSection, ReportCell, ReportColumn } from '../../../contracts/stats-report.ts';
import type { FigureTable, Place } from './stats-report.repository.ts';

export type ReportLevel = 'province' | 'city' | 'county' | 'township';

export type ReportInput = {
  place: Place & { level: ReportLevel };
  children: Place[];
  current: FigureTable;
  monthly: FigureTable;
  month: string;
  /** This month in Beijing: the rollup's "this month" figures belong to it and to no other. */
  currentMonth: string;
  refreshedAt: Date | null;
  issuedAt: Date;
};

const beijingParts = (date: Date) => {
  const shifted = new Date(date.getTime() + 8 * 3600_000).toISOString();
  return { year: Number(shifted.slice(0, 4)), month: Number(shifted.slice(5, 7)), day: Number(shifted.slice(8, 10)), time: shifted.slice(11, 16) };
};

// A month turns at midnight in China, not in UTC.
export function beijingMonth(now: Date, offset = 0): string {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  const total = shifted.getUTCFullYear() * 12 + shifted.getUTCMonth() + offset;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function chineseDate(date: Date): string {
  const p = beijingParts(date);
  return `${p.year}年${p.month}月${p.day}日`;
}

export function chineseMonth(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** 全县, 全市, 全镇 …: how a briefing names the whole of its own region. */
export function wholeOf(name: string, level: ReportLevel): string {
  if (name.endsWith('街道')) return '全街道';
  const last = name.slice(-1);
  if (['县', '市', '区', '旗', '镇', '乡', '省', '州'].includes(last)) return `全${last}`;
  return { province: '全省', city: '全市', county: '全县', township: '全乡镇' }[level];
}

const childHeader: Record<ReportLevel, string> = { province: '市（州）', city: '县（市、区）', county: '乡镇', township: '村' };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
/** A figure as the briefings write it: whole numbers bare, fractions to at most `digits` places. */
export const figure = (value: number, digits = 2) => String(round(value, digits));
const wan = (yuan: number) => round(yuan / 10_000, 2);
export function rate(part: number, whole: number): string {
  return whole > 0 ? `${round((part / whole) * 100, 1).toFixed(1)}%` : '—';
}

type Reader = {
  now: (metric: Metric) => number;
  inMonth: (metric: Metric) => number;
  /** The month's required days in the village, known only while the month is the rollup's current one. */
  required: () => number | null;
};

type SectionSpec = {
  key: string;
  heading: string;
  columns: { header: string; numeric?: boolean; cell: (r: Reader) => ReportCell }[];
  sentence: (r: Reader, whole: string, monthLabel: string) => string;
};

const presenceRate = (r: Reader) => {
  const required = r.required();
  return required === null ? '—' : rate(r.inMonth('presence_days'), required);
};

const sections: SectionSpec[] = [
  {
    key: 'teams',
    heading: '一、驻村力量',
    columns: [
      { header: '行政村（个）', cell: (r) => r.now('villages') },
      { header: '驻村工作队（支）', cell: (r) => r.now('teams') },
      { header: '第一书记（名）', cell: (r) => r.now('first_secretaries') },
      { header: '驻村干部（名）', cell: (r) => r.now('team_members') },
      { header: '其中党员（名）', cell: (r) => r.now('party_members') },
      { header: '派出单位（个）', cell: (r) => r.now('backing_units') },
    ],
    sentence: (r, whole) =>
      `${whole}共有行政村${figure(r.now('villages'))}个，其中${figure(r.now('villages_with_team'))}个村派驻了工作队；共选派驻村工作队${figure(r.now('teams'))}支、第一书记${figure(r.now('first_secretaries'))}名、驻村干部${figure(r.now('team_members'))}名，其中党员${figure(r.now('party_members'))}名，涉及派出单位${figure(r.now('backing_units'))}个。`,
  },
  {
    key: 'duty',
    heading: '二、在岗履职',
    columns: [
      { header: '本月在村（人天）', cell: (r) => r.inMonth('presence_days') },
      { header: '在村率', numeric: false, cell: presenceRate },
      { header: '请假（本年，次）', cell: (r) => r.now('leave_requests') },
      { header: '督查查岗（本年，次）', cell: (r) => r.now('inspections') },
      { header: '发现问题（个）', cell: (r) => r.now('inspection_findings') },
      { header: '通报批评（次）', cell: (r) => r.now('criticisms') },
    ],
    sentence: (r, _whole, monthLabel) => {
      const required = r.required();
      const days = `${monthLabel}，驻村干部累计在村${figure(r.inMonth('presence_days'))}人天`;
      const due = required === null ? '' : `，应在村${figure(required)}人天，在村率${presenceRate(r)}`;
      return `${days}${due}；本年累计请假${figure(r.now('leave_requests'))}次，开展督查查岗${figure(r.now('inspections'))}次，发现问题${figure(r.now('inspection_findings'))}个，通报批评${figure(r.now('criticisms'))}次。`;
    },
  },
  {
    key: 'households',
    heading: '三、帮扶对象',
    columns: [
      { header: '帮扶户（户）', cell: (r) => r.now('households') },
      { header: '帮扶人口（人）', cell: (r) => r.now('persons') },
      { header: '监测户（户）', cell: (r) => r.now('households_monitored') },
      { header: '本月走访（次）', cell: (r) => r.inMonth('visits') },
      { header: '本季度已走访（户）', cell: (r) => r.now('households_visited') },
      { header: '走访覆盖率', numeric: false, cell: (r) => rate(r.now('households_visited'), r.now('households')) },
    ],
    sentence: (r, whole, monthLabel) =>
      `${whole}共有帮扶户${figure(r.now('households'))}户、${figure(r.now('persons'))}人，其中监测户${figure(r.now('households_monitored'))}户；${monthLabel}走访${figure(r.inMonth('visits'))}次，本年累计走访${figure(r.now('visits'))}次；本季度已走访${figure(r.now('households_visited'))}户，走访覆盖率${rate(r.now('households_visited'), r.now('households'))}。`,
  },
  {
    key: 'projects',
    heading: '四、项目资金',
    columns: [
      { header: '项目（个）', cell: (r) => r.now('projects') },
      { header: '已完工（个）', cell: (r) => r.now('projects_completed') },
      { header: '项目资金（万元）', cell: (r) => wan(r.now('project_budget')) },
      { header: '已拨付（万元）', cell: (r) => wan(r.now('funds_paid')) },
      { header: '本月拨付（万元）', cell: (r) => wan(r.inMonth('funds_paid')) },
    ],
    sentence: (r, whole, monthLabel) =>
      `${whole}共实施帮扶项目${figure(r.now('projects'))}个，已完工${figure(r.now('projects_completed'))}个；项目资金${figure(wan(r.now('project_budget')))}万元，已拨付${figure(wan(r.now('funds_paid')))}万元，拨付率${rate(r.now('funds_paid'), r.now('project_budget'))}，其中${monthLabel}拨付${figure(wan(r.inMonth('funds_paid')))}万元。`,
  },
  {
    key: 'outputs',
    heading: '五、建设成效',
    columns: [
      { header: '道路（公里）', cell: (r) => round(r.now('road_km'), 1) },
      { header: '桥梁（座）', cell: (r) => r.now('bridges') },
      { header: '饮水工程（处）', cell: (r) => r.now('water_projects') },
      { header: '改水改厕绿化（项）', cell: (r) => r.now('sanitation_projects') },
      { header: '危房改造（户）', cell: (r) => r.now('houses_rebuilt') },
      { header: '增收户（户）', cell: (r) => r.now('households_income_up') },
    ],
    sentence: (r, whole) =>
      `${whole}累计帮助修建道路${figure(r.now('road_km'), 1)}公里、桥梁${figure(r.now('bridges'))}座，建成饮水工程${figure(r.now('water_projects'))}处，实施改水、改厕、绿化美化工程${figure(r.now('sanitation_projects'))}项，完成危房改造${figure(r.now('houses_rebuilt'))}户，带动${figure(r.now('households_income_up'))}户群众增收。`,
  },
  {
    key: 'social',
    heading: '六、社会帮扶',
    columns: [
      { header: '捐款捐物（万元）', cell: (r) => wan(r.now('donations_value')) },
      { header: '村企结对（对）', cell: (r) => r.now('enterprise_pairings') },
      { header: '合作社（个）', cell: (r) => r.now('cooperatives') },
      { header: '示范基地（园）（个）', cell: (r) => r.now('demo_bases') },
      { header: '示范户（户）', cell: (r) => r.now('demo_households') },
    ],
    sentence: (r, whole) =>
      `${whole}联系捐款捐物折款${figure(wan(r.now('donations_value')))}万元，村企结对${figure(r.now('enterprise_pairings'))}对，发展合作社${figure(r.now('cooperatives'))}个、示范基地（园）${figure(r.now('demo_bases'))}个、示范户${figure(r.now('demo_households'))}户。`,
  },
];

function readerOf(input: ReportInput, code: string): Reader {
  const current = input.current.get(code);
  const monthly = input.monthly.get(code);
  return {
    now: (metric) => current?.get(metric) ?? 0,
    inMonth: (metric) => monthly?.get(metric) ?? 0,
    required: () => {
      const own = monthly?.get('presence_required_days');
      if (own !== undefined) return own;
      return input.month === input.currentMonth ? (current?.get('presence_required_days') ?? 0) : null;
    },
  };
}

function section(spec: SectionSpec, input: ReportInput, whole: string, monthLabel: string): MonthlyReportSection {
  const columns: ReportColumn[] = [
    { header: childHeader[input.place.level], numeric: false },
    ...spec.columns.map((c) => ({ header: c.header, numeric: c.numeric ?? true })),
  ];
  const cells = (r: Reader) => spec.columns.map((c) => c.cell(r));
  const own = readerOf(input, input.place.code);
  return {
    key: spec.key,
    heading: spec.heading,
    sentence: spec.sentence(own, whole, monthLabel),
    columns,
    rows: input.children.map((child) => [child.name, ...cells(readerOf(input, child.code))]),
    // The region's own rollup row, not a sum of the rows above: a cadre or a unit serving two
    // townships counts once in the county, and records kept at the county itself count too.
    total: ['合计', ...cells(own)],
  };
}

/** The report's content, every figure already read: the same model feeds the preview, the PDF and the workbook. */
export function layoutMonthlyReport(input: ReportInput): MonthlyReport {
  const { place } = input;
  const whole = wholeOf(place.name, place.level);
  const monthLabel = input.month === input.currentMonth ? '本月' : `${Number(input.month.slice(5, 7))}月份`;
  const refreshed = input.refreshedAt ? beijingParts(input.refreshedAt) : null;
  const note = refreshed
    ? `数据来源：统计汇总（汇总时间 ${chineseDate(input.refreshedAt!)} ${refreshed.time}）。“${monthLabel}”数字为${chineseMonth(input.month)}当月数，其余为截至汇总时的累计数。`
    : '统计汇总尚未生成，以下数字均为零，请先刷新统计汇总。';
  return {
    divisionCode: place.code,
    name: place.name,
    month: input.month,
    title: `${place.name}驻村帮扶工作月报（${chineseMonth(input.month)}）`,
    issuer: `${place.name}驻村帮扶工作领导小组办公室`,
    issuedOn: chineseDate(input.issuedAt),
    refreshedAt: input.refreshedAt ? input.refreshedAt.toISOString() : null,
    note,
    sections: sections.map((spec) => section(spec, input, whole, monthLabel)),
  };
}
