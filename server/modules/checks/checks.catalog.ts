import { sql, type SQL } from 'drizzle-orm';
import {
  householdCadres,
  householdIncomes,
  householdIndicators,
  householdMeasures,
  householdPersons,
  households,
} from '../households/index.ts';
import type { CheckCode } from '../../../contracts/checks.ts';
import type { Label } from '../../../contracts/household-codes.ts';

/** What a run needs to know: the day, the dates derived from it, and the county's income line. */
export type CheckRun = {
  runOn: string;
  year: number;
  incomeLine: number;
  /** Birth dates of school-age children: after `after`, on or before `until`. */
  schoolAgeBirths: { after: string; until: string };
  /** Born on or before this day: older than the plausible age. */
  oldestBornBy: string;
};

/**
 * Each check's query selects `household_id`, `division_code`, `person_id` (null when the household
 * itself is at fault) and `facts` (jsonb, what the finding says) from the households table, so the
 * caller can add its region and scope conditions on `households` and group or page the result.
 */
export type CheckDefinition = {
  code: CheckCode;
  label: Label;
  explanation: Label;
  query: (run: CheckRun) => { from: SQL; where: SQL; personId: SQL; facts: SQL };
};

const h = households;
const p = householdPersons;
const onRegistry = sql`${h.status} <> 'not_identified'`;
const active = sql`(${h.status} in ('new', 'registered', 'exited') or ${h.monitoringState} = 'monitoring')`;
const householdOnly = { from: sql`${h}`, personId: sql`null::uuid` };

export const checkCatalog: CheckDefinition[] = [
  {
    code: 'exited_unmet_indicator',
    label: { zh: '已脱贫户存在不达标指标', en: 'Exited household with an unmet indicator' },
    explanation: {
      zh: '已脱贫户的“两不愁三保障”及饮水安全指标应全部达标，仍有“不达标”的须核实退出是否准确。',
      en: 'An exited household must meet every indicator; one still marked unmet calls the exit into question.',
    },
    query: () => ({
      ...householdOnly,
      where: sql`${h.status} = 'exited' and exists (select 1 from ${householdIndicators} i where i.household_id = ${h.id} and i.status = 'unmet')`,
      facts: sql`jsonb_build_object('indicators', (select jsonb_agg(i.indicator order by i.indicator) from ${householdIndicators} i where i.household_id = ${h.id} and i.status = 'unmet'))`,
    }),
  },
  {
    code: 'exited_low_income',
    label: { zh: '已脱贫户人均纯收入低于标准', en: 'Exited household below the income line' },
    explanation: {
      zh: '已脱贫户最近一年的人均纯收入（四项收入合计 ÷ 当年计算人口）低于县定收入标准。',
      en: "An exited household's latest per-head income (the four sources over that year's members) is below the county's line.",
    },
    query: (run) => ({
      from: sql`${h} join lateral (select x.year, x.wage, x.business, x.property, x.transfer, x.members from ${householdIncomes} x where x.household_id = ${h.id} order by x.year desc limit 1) li on true`,
      personId: sql`null::uuid`,
      where: sql`${h.status} = 'exited' and li.members > 0
        and round((li.wage + li.business + li.property + li.transfer) / li.members, 2) < ${run.incomeLine}`,
      facts: sql`jsonb_build_object('year', li.year, 'wage', li.wage, 'business', li.business, 'property', li.property, 'transfer', li.transfer, 'members', li.members, 'line', ${run.incomeLine}::numeric)`,
    }),
  },
  {
    code: 'child_out_of_school',
    label: { zh: '义务教育阶段适龄儿童未在校', en: 'School-age child not in school' },
    explanation: {
      zh: '按审核当日计算年满 6 周岁、未满 16 周岁的家庭成员应在校就读（义务教育有保障）。',
      en: 'A member aged 6 to 15 on the day of the run should be in school (compulsory education).',
    },
    query: (run) => ({
      from: sql`${h} join ${p} on ${p.householdId} = ${h.id}`,
      personId: sql`${p.id}`,
      where: sql`${onRegistry} and not ${p.inSchool}
        and ${p.birthDate} > ${run.schoolAgeBirths.after}::date and ${p.birthDate} <= ${run.schoolAgeBirths.until}::date`,
      facts: sql`jsonb_build_object('name', ${p.name}, 'birthDate', ${p.birthDate})`,
    }),
  },
  {
    code: 'person_over_100',
    label: { zh: '家庭成员年龄超过 100 岁', en: 'Member older than 100' },
    explanation: {
      zh: '年龄超过 100 周岁的家庭成员，须核实出生日期和身份证号码是否录入有误、人员是否健在。',
      en: 'A member older than 100: check the birth date and ID number, and that the person is alive.',
    },
    query: (run) => ({
      from: sql`${h} join ${p} on ${p.householdId} = ${h.id}`,
      personId: sql`${p.id}`,
      where: sql`${onRegistry} and ${p.birthDate} <= ${run.oldestBornBy}::date`,
      facts: sql`jsonb_build_object('name', ${p.name}, 'birthDate', ${p.birthDate})`,
    }),
  },
  {
    code: 'no_paired_cadre',
    label: { zh: '无帮扶责任人', en: 'No paired cadre' },
    explanation: {
      zh: '新识别、在册、已脱贫或正在监测的户，审核当日应至少有一名在岗的帮扶责任人。',
      en: 'A household under identification, registered, exited or monitored needs a cadre paired with it on the day of the run.',
    },
    query: (run) => ({
      ...householdOnly,
      where: sql`${active} and not exists (select 1 from ${householdCadres} c where c.household_id = ${h.id}
        and c.since <= ${run.runOn}::date and (c.until is null or c.until >= ${run.runOn}::date))`,
      facts: sql`'{}'::jsonb`,
    }),
  },
  {
    code: 'householder_count',
    label: { zh: '户主人数不为 1', en: 'Not exactly one householder' },
    explanation: { zh: '每户应有且只有一名与户主关系为“户主”的成员。', en: 'Each household has exactly one member whose relation is householder.' },
    query: () => {
      const holders = sql`(select count(*) from ${p} where ${p.householdId} = ${h.id} and ${p.relation} = 'householder')`;
      return {
        ...householdOnly,
        where: sql`${onRegistry} and ${holders} <> 1`,
        facts: sql`jsonb_build_object('count', ${holders}, 'names', coalesce((select jsonb_agg(${p.name} order by ${p.name}) from ${p} where ${p.householdId} = ${h.id} and ${p.relation} = 'householder'), '[]'::jsonb))`,
      };
    },
  },
  {
    code: 'unsafe_housing_met',
    label: { zh: '危房户住房安全标记为达标', en: 'Dangerous house marked safe' },
    explanation: {
      zh: '住房鉴定为 C 级或 D 级危房的户，“住房安全有保障”不能为达标。',
      en: 'A household whose house is graded C or D cannot have safe housing marked as met.',
    },
    query: () => ({
      ...householdOnly,
      where: sql`${onRegistry} and ${h.housingGrade} in ('C', 'D')
        and exists (select 1 from ${householdIndicators} i where i.household_id = ${h.id} and i.indicator = 'housing' and i.status = 'met')`,
      facts: sql`jsonb_build_object('grade', ${h.housingGrade})`,
    }),
  },
  {
    code: 'indicator_unverified',
    label: { zh: '指标结论缺少核验人或核验日期', en: 'Indicator without verifier or date' },
    explanation: {
      zh: '标记为达标或不达标的指标，应填写核验人和核验日期；待核的指标除外。',
      en: 'An indicator marked met or unmet needs a verifier and a date; those still to verify are exempt.',
    },
    query: () => {
      const unverified = sql`i.status in ('met', 'unmet') and (i.verifier is null or btrim(i.verifier) = '' or i.verified_on is null)`;
      return {
        ...householdOnly,
        where: sql`${onRegistry} and exists (select 1 from ${householdIndicators} i where i.household_id = ${h.id} and ${unverified})`,
        facts: sql`jsonb_build_object('indicators', (select jsonb_agg(jsonb_build_object('indicator', i.indicator, 'status', i.status) order by i.indicator) from ${householdIndicators} i where i.household_id = ${h.id} and ${unverified}))`,
      };
    },
  },
  {
    code: 'monitored_without_measure',
    label: { zh: '监测户本年无帮扶措施', en: 'Monitored household without a measure this year' },
    explanation: {
      zh: '正在监测的户本年度应至少落实一项帮扶措施。',
      en: 'A household under monitoring needs at least one assistance measure this year.',
    },
    query: (run) => ({
      ...householdOnly,
      where: sql`${h.monitoringState} = 'monitoring'
        and not exists (select 1 from ${householdMeasures} m where m.household_id = ${h.id} and m.year = ${run.year})`,
      facts: sql`jsonb_build_object('year', ${run.year}::int, 'type', ${h.monitoringType})`,
    }),
  },
  {
    code: 'member_count_mismatch',
    label: { zh: '家庭人口数与成员名单不符', en: 'Member count differs from the members listed' },
    explanation: { zh: '户的家庭人口数应等于登记的家庭成员人数。', en: "The household's member count equals the members listed." },
    query: () => {
      const listed = sql`(select count(*) from ${p} where ${p.householdId} = ${h.id})`;
      return {
        ...householdOnly,
        where: sql`${onRegistry} and ${h.memberCount} <> ${listed}`,
        facts: sql`jsonb_build_object('memberCount', ${h.memberCount}, 'listed', ${listed})`,
      };
    },
  },
];

export function findCheck(code: CheckCode): CheckDefinition {
  const check = checkCatalog.find((c) => c.code === code);
  if (!check) throw new Error(`Unknown check ${code}`);
  return check;
}
