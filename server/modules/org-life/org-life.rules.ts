import { frequencyPeriods, orgLifeKinds, type FrequencyPeriod, type OrgLifeKind, type SixOnesItem } from '../../../contracts/party-codes.ts';
import type { AbsenteeInput, SixOnesItemView } from '../../../contracts/org-life.ts';
import { lastFinishedPeriod, monthsOfYear, weeksOfYear, type Period } from './org-life.calendar.ts';

export { leaveToday as orgLifeToday } from '../../../contracts/leave-rules.ts';

export type FieldError = { path: string; message: string };
export type Frequency = { kind: OrgLifeKind; period: FrequencyPeriod; times: number };

/** How often a branch meets unless it is configured otherwise [004]: 三会一课 and the 六个一. */
export const defaultFrequencies: Frequency[] = [
  { kind: 'weekly_study', period: 'week', times: 1 },
  { kind: 'theme_day', period: 'month', times: 1 },
  { kind: 'volunteer_labour', period: 'month', times: 1 },
  { kind: 'committee_meeting', period: 'month', times: 1 },
  { kind: 'group_meeting', period: 'month', times: 1 },
  { kind: 'member_assembly', period: 'quarter', times: 1 },
  { kind: 'party_lecture', period: 'quarter', times: 1 },
  { kind: 'special_meeting', period: 'year', times: 1 },
];

/** The branch's own settings laid over the defaults, in the defaults' order. */
export function effectiveFrequencies(custom: Frequency[]): (Frequency & { custom: boolean })[] {
  return defaultFrequencies.map((d) => {
    const own = custom.find((c) => c.kind === d.kind);
    return own ? { kind: own.kind, period: own.period, times: own.times, custom: true } : { ...d, custom: false };
  });
}

/**
 * The people of a record: attendees and absentees are members of the branch on the day, nobody is
 * both or twice, each absentee has a reason, and a make-up falls between the meeting and today.
 */
export function recordProblems(
  record: { heldOn: string; attendeeIds: string[]; absentees: AbsenteeInput[] },
  members: ReadonlySet<string>,
  today: string,
  establishedOn: string | null,
): FieldError[] {
  const problems: FieldError[] = [];
  if (record.heldOn > today) problems.push({ path: 'heldOn', message: '活动日期不能晚于今天' });
  else if (establishedOn && record.heldOn < establishedOn) problems.push({ path: 'heldOn', message: `活动日期不能早于支部成立日期 ${establishedOn}` });
  const seen = new Set<string>();
  record.attendeeIds.forEach((id, i) => {
    if (!members.has(id)) problems.push({ path: `attendeeIds.${i}`, message: '该人员当日不是本支部党员' });
    else if (seen.has(id)) problems.push({ path: `attendeeIds.${i}`, message: '参加人员重复' });
    seen.add(id);
  });
  record.absentees.forEach((a, i) => {
    if (!members.has(a.cadreId)) problems.push({ path: `absentees.${i}.cadreId`, message: '该人员当日不是本支部党员' });
    else if (seen.has(a.cadreId)) problems.push({ path: `absentees.${i}.cadreId`, message: '同一人不能既参加又缺席' });
    seen.add(a.cadreId);
    if (!a.reason?.trim()) problems.push({ path: `absentees.${i}.reason`, message: '请填写缺席原因' });
    if (a.madeUpOn && a.madeUpOn < record.heldOn) problems.push({ path: `absentees.${i}.madeUpOn`, message: '补学日期不能早于活动日期' });
    if (a.madeUpOn && a.madeUpOn > today) problems.push({ path: `absentees.${i}.madeUpOn`, message: '补学日期不能晚于今天' });
  });
  return problems;
}

export type Life = { establishedOn: string | null; dissolvedOn: string | null };
export type Person = { cadreId: string; name: string };
export type SixOnesInput = {
  year: number;
  today: string;
  life: Life;
  records: { kind: OrgLifeKind; heldOn: string }[];
  partyMembers: Person[];
  withGarden: ReadonlySet<string>;
  teamCadres: Person[];
  withHousehold: ReadonlySet<string>;
};

const percentOf = (done: number, required: number) => (required === 0 ? 100 : Math.min(100, Math.round((done / required) * 100)));

function item(code: SixOnesItem, required: number, done: number, missing: string[]): SixOnesItemView {
  return { item: code, required, done, percent: percentOf(done, required), ok: done >= required, missing };
}

/** The last day the branch is held to its meetings: today, or the day it was dissolved. */
export function lifeEnd(life: Life, today: string): string {
  return life.dissolvedOn && life.dissolvedOn < today ? life.dissolvedOn : today;
}

/**
 * Periods wholly inside the branch's life are required; a period it only partly lived (established
 * mid-month, this week not over, dissolved mid-week) counts when something was held in it, and is
 * never listed as missing.
 */
function periodsItem(code: SixOnesItem, periods: Period[], life: Life, end: string, heldOn: string[]): SixOnesItemView {
  let required = 0;
  let done = 0;
  const missing: string[] = [];
  for (const p of periods) {
    const overlaps = p.start <= end && (!life.establishedOn || p.end >= life.establishedOn);
    if (!overlaps) continue;
    const whole = p.end <= end && (!life.establishedOn || p.start >= life.establishedOn);
    const held = heldOn.some((d) => d >= p.start && d <= p.end);
    if (whole || held) required += 1;
    if (held) done += 1;
    else if (whole) missing.push(p.label);
  }
  return item(code, required, done, missing);
}

/** The 六个一 of a temporary branch for a year [004]. */
export function computeSixOnes(input: SixOnesInput): SixOnesItemView[] {
  const end = lifeEnd(input.life, input.today);
  const of = (kind: OrgLifeKind) => input.records.filter((r) => r.kind === kind).map((r) => r.heldOn);
  const gardensMissing = input.partyMembers.filter((m) => !input.withGarden.has(m.cadreId)).map((m) => m.name);
  const householdsMissing = input.teamCadres.filter((c) => !input.withHousehold.has(c.cadreId)).map((c) => c.name);
  const livedInYear = end >= `${input.year}-01-01` && (!input.life.establishedOn || input.life.establishedOn <= `${input.year}-12-31`);
  const specialHeld = of('special_meeting').some((d) => d.startsWith(`${input.year}-`));
  return [
    periodsItem('weekly_study', weeksOfYear(input.year), input.life, end, of('weekly_study')),
    periodsItem('monthly_theme_day', monthsOfYear(input.year), input.life, end, of('theme_day')),
    periodsItem('monthly_volunteer_labour', monthsOfYear(input.year), input.life, end, of('volunteer_labour')),
    item('garden_per_member', input.partyMembers.length, input.partyMembers.length - gardensMissing.length, gardensMissing),
    item('household_per_cadre', input.teamCadres.length, input.teamCadres.length - householdsMissing.length, householdsMissing),
    item('annual_special_meeting', livedInYear ? 1 : 0, specialHeld ? 1 : 0, livedInYear && !specialHeld ? [`${input.year}年`] : []),
  ];
}

export type Shortfall = { kind: OrgLifeKind; period: Period; frequency: FrequencyPeriod; required: number; held: number; title: string };

function periodName(frequency: FrequencyPeriod, period: Period): string {
  if (frequency === 'week') return '上周';
  if (frequency === 'month') return `${Number(period.start.slice(5, 7))}月`;
  if (frequency === 'quarter') return `${period.start.slice(0, 4)}年第${period.label.slice(-1)}季度`;
  return `${period.label}年`;
}

/** For each required frequency, the last finished period the branch lived through whole and fell short in. */
export function lastPeriodShortfalls(frequencies: Frequency[], records: { kind: OrgLifeKind; heldOn: string }[], life: Life, today: string): Shortfall[] {
  const end = lifeEnd(life, today);
  const out: Shortfall[] = [];
  for (const f of frequencies) {
    if (f.times <= 0) continue;
    const period = lastFinishedPeriod(f.period, today);
    if (period.end > end || (life.establishedOn && period.start < life.establishedOn)) continue;
    const held = records.filter((r) => r.kind === f.kind && r.heldOn >= period.start && r.heldOn <= period.end).length;
    if (held >= f.times) continue;
    const verb = f.kind === 'weekly_study' ? '未记录' : '未开展';
    const times = f.times > 1 ? `（应${f.times}次，实${held}次）` : '';
    out.push({ kind: f.kind, period, frequency: f.period, required: f.times, held, title: `${periodName(f.period, period)}${verb}${orgLifeKinds.labels[f.kind].zh}${times}` });
  }
  return out;
}

export const frequencyLabel = (f: Frequency) => `${frequencyPeriods.labels[f.period].zh}${f.times}次`;
