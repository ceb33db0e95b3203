import type { Locale } from '../../platform/errors/app-error.ts';
import { indicators, indicatorStatuses, housingGrades, labelOf, monitoringTypes } from '../../../contracts/household-codes.ts';
import type { CheckCode } from '../../../contracts/checks.ts';
import { ageOn, formatYuan, perHeadIncome } from './checks.rules.ts';

type Facts = Record<string, unknown>;
type Lang = 'zh' | 'en';

const text = (facts: Facts, key: string): string => (typeof facts[key] === 'string' ? (facts[key] as string) : '');
const num = (facts: Facts, key: string): number => Number(facts[key] ?? 0);
const list = (facts: Facts, key: string): unknown[] => (Array.isArray(facts[key]) ? (facts[key] as unknown[]) : []);

function indicatorNames(codes: unknown[], lang: Lang): string {
  return codes.map((c) => labelOf(indicators, String(c), lang)).join(lang === 'zh' ? '、' : ', ');
}

function person(facts: Facts, runOn: string, lang: Lang): string {
  const birthDate = text(facts, 'birthDate');
  const age = ageOn(birthDate, runOn);
  return lang === 'zh' ? `${text(facts, 'name')} ${birthDate} 出生，${age} 岁` : `${text(facts, 'name')}, born ${birthDate}, aged ${age}`;
}

const describers: Record<CheckCode, (facts: Facts, runOn: string, lang: Lang) => string> = {
  exited_unmet_indicator: (f, _d, lang) =>
    lang === 'zh' ? `已脱贫，但${indicatorNames(list(f, 'indicators'), lang)}不达标` : `Exited, but not met: ${indicatorNames(list(f, 'indicators'), lang)}`,
  exited_low_income: (f, _d, lang) => {
    const income = { wage: num(f, 'wage'), business: num(f, 'business'), property: num(f, 'property'), transfer: num(f, 'transfer'), members: num(f, 'members') };
    const perHead = formatYuan(perHeadIncome(income) ?? 0);
    return lang === 'zh'
      ? `${num(f, 'year')} 年人均纯收入 ${perHead} 元（${income.members} 人），低于 ${formatYuan(num(f, 'line'))} 元`
      : `Per-head income ${perHead} yuan in ${num(f, 'year')} (${income.members} members), below ${formatYuan(num(f, 'line'))}`;
  },
  child_out_of_school: (f, runOn, lang) => `${person(f, runOn, lang)}${lang === 'zh' ? '，未在校' : ', not in school'}`,
  person_over_100: (f, runOn, lang) => `${person(f, runOn, lang)}${lang === 'zh' ? '，请核实出生日期' : ', check the birth date'}`,
  no_paired_cadre: (_f, _d, lang) => (lang === 'zh' ? '当前无在岗帮扶责任人' : 'No cadre paired with the household now'),
  householder_count: (f, _d, lang) => {
    const names = list(f, 'names').map(String);
    const who = names.length > 0 ? (lang === 'zh' ? `（${names.join('、')}）` : ` (${names.join(', ')})`) : '';
    return lang === 'zh' ? `户主 ${num(f, 'count')} 人${who}，应为 1 人` : `${num(f, 'count')} householders${who}, should be one`;
  },
  unsafe_housing_met: (f, _d, lang) =>
    lang === 'zh'
      ? `住房为${labelOf(housingGrades, text(f, 'grade'), lang)}，住房安全有保障却标记为达标`
      : `House ${labelOf(housingGrades, text(f, 'grade'), lang)}, yet safe housing is marked met`,
  indicator_unverified: (f, _d, lang) => {
    const items = list(f, 'indicators').map((item) => {
      const entry = item as Facts;
      const status = labelOf(indicatorStatuses, text(entry, 'status'), lang);
      return lang === 'zh' ? `${labelOf(indicators, text(entry, 'indicator'), lang)}（${status}）` : `${labelOf(indicators, text(entry, 'indicator'), lang)} (${status})`;
    });
    return lang === 'zh' ? `${items.join('、')}未填写核验人或核验日期` : `No verifier or date: ${items.join(', ')}`;
  },
  monitored_without_measure: (f, _d, lang) =>
    lang === 'zh'
      ? `监测中（${labelOf(monitoringTypes, text(f, 'type'), lang)}），${num(f, 'year')} 年无帮扶措施`
      : `Monitored (${labelOf(monitoringTypes, text(f, 'type'), lang)}), no measure in ${num(f, 'year')}`,
  member_count_mismatch: (f, _d, lang) =>
    lang === 'zh'
      ? `家庭人口数 ${num(f, 'memberCount')} 人，登记成员 ${num(f, 'listed')} 人`
      : `Member count ${num(f, 'memberCount')}, members listed ${num(f, 'listed')}`,
};

/** The finding as a sentence in the reader's language, e.g. "王某某 2010-03-01 出生，11 岁，未在校". */
export function describeFinding(code: CheckCode, facts: Facts, runOn: string, locale: Locale): string {
  return describers[code](facts, runOn, locale === 'en' ? 'en' : 'zh');
}
