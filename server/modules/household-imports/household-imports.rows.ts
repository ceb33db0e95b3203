import type { SheetCell } from '../../platform/excel/workbook-reader.ts';
import { checkIdentity, isMobilePhone, normalizeIdNumber } from '../../../contracts/identity.ts';
import { ethnicities } from '../../../contracts/cadres.ts';
import { fieldHeader, importFields, type ImportField } from '../../../contracts/household-imports.ts';
import type {
  HealthState,
  HouseholdAttribute,
  HouseholdStatus,
  HousingGrade,
  LabourAbility,
  MonitoringType,
  PovertyCause,
  Relation,
  Schooling,
} from '../../../contracts/household-codes.ts';
import {
  attributeLookup,
  causeLookup,
  genderLookup,
  healthLookup,
  housingLookup,
  labourLookup,
  monitoringLookup,
  readDisabilityGrade,
  readYesNo,
  relationLookup,
  schoolingLookup,
  statusLookup,
  type CodeLookup,
} from './household-imports.codes.ts';

export type RowError = { column: string; message: string };

type HouseholdField = Extract<(typeof importFields)[number], { level: 'household' }>['key'];
export const householdFields = importFields.filter((f) => f.level === 'household').map((f) => f.key) as HouseholdField[];
/** The household's values as canonical text (codes, not labels), so two rows compare by meaning. */
export type HouseholdValues = Partial<Record<HouseholdField, string>>;

export type PersonValues = {
  name: string;
  relation: Relation;
  gender: 'male' | 'female';
  idNumber: string;
  birthDate: string;
  ethnicity: string | null;
  health: HealthState;
  disabilityGrade: number | null;
  labourAbility: LabourAbility;
  schooling: Schooling;
  inSchool: boolean;
  workingAway: boolean;
  workPlace: string | null;
  medicalInsured: boolean;
  pensionInsured: boolean;
  phone: string | null;
};

/** `member` is who the row says the person is, even when other person fields fail, for the one-householder rule. */
export type ParsedRow = {
  code: string;
  household: HouseholdValues;
  member: { relation: Relation; name: string } | null;
  person: PersonValues | null;
  errors: RowError[];
};

export type HouseholdData = {
  code: string;
  place: { divisionCode: string } | { county: string; township: string; village: string };
  group: string | null;
  householderName: string;
  attribute: HouseholdAttribute;
  status: HouseholdStatus;
  mainCause: PovertyCause | null;
  secondaryCauses: PovertyCause[];
  identifiedYear: number | null;
  exitedYear: number | null;
  monitoringType: MonitoringType | null;
  housingGrade: HousingGrade | null;
  relocated: boolean;
  relocationSite: string | null;
  income: { year: number; wage: number; business: number; property: number; transfer: number } | null;
};

const EXAMPLE_MARK = '示例';
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const MAX_TEXT = 100;

/** The template's example row starts its 户编号 or name with 示例 and is never imported. */
export function isExampleRow(mapping: readonly (ImportField | null)[], cells: readonly SheetCell[]): boolean {
  return mapping.some((field, index) => (field === 'code' || field === 'name') && (cells[index]?.text ?? '').startsWith(EXAMPLE_MARK));
}

export function isBlankRow(cells: readonly SheetCell[]): boolean {
  return cells.every((cell) => cell.kind === 'empty');
}

/** Dates as ledgers write them: a date cell, 1985-06-12, 1985.6.12, 1985年6月12日 or 19850612. */
export function readDate(cell: SheetCell): string | undefined {
  if (cell.kind === 'date') return cell.text;
  const text = cell.text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const parts = compact ?? /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/.exec(text);
  if (!parts) return undefined;
  return `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
}

/** Yuan, with thousands separators or a trailing 元 tolerated; never negative. */
export function readMoney(text: string): number | undefined {
  const value = text.replace(/[,，\s元]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return undefined;
  return Number(value);
}

export function readYear(text: string, today: Date): number | undefined {
  const value = text.replace(/年(度)?$/, '').trim();
  if (!/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 1980 && year <= today.getFullYear() + 1 ? year : undefined;
}

/**
 * One ledger row read through the mapping: the household's values as canonical text, the person
 * when every person field is valid, and every problem with the column it belongs to.
 */
export function readRow(mapping: readonly (ImportField | null)[], cells: readonly SheetCell[], today: Date = new Date()): ParsedRow {
  const errors: RowError[] = [];
  const index = new Map<ImportField, number>();
  mapping.forEach((field, i) => {
    if (field && !index.has(field)) index.set(field, i);
  });
  const cell = (field: ImportField): SheetCell => {
    const i = index.get(field);
    return i === undefined ? { text: '', kind: 'empty' } : (cells[i] ?? { text: '', kind: 'empty' });
  };
  const text = (field: ImportField) => cell(field).text.trim();
  const fail = (field: ImportField, message: string) => errors.push({ column: fieldHeader[field], message });
  const required = (field: ImportField): string => {
    const value = text(field);
    if (!value) fail(field, `请填写${fieldHeader[field]}`);
    else if (value.length > MAX_TEXT) fail(field, `${fieldHeader[field]}过长（最多 ${MAX_TEXT} 字）`);
    return value;
  };
  const coded = <K extends string>(field: ImportField, list: CodeLookup<K>, mandatory: boolean): K | undefined => {
    const value = text(field);
    if (!value) {
      if (mandatory) fail(field, `请填写${fieldHeader[field]}`);
      return undefined;
    }
    const code = list.find(value);
    if (!code) fail(field, `${fieldHeader[field]}“${value}”无法识别，应为：${list.choices.join('、')}`);
    return code;
  };
  const yesNo = (field: ImportField): boolean => {
    const value = text(field);
    if (!value) return false;
    const answer = readYesNo(value);
    if (answer === undefined) fail(field, `${fieldHeader[field]}应填“是”或“否”`);
    return answer ?? false;
  };
  const optional = (field: ImportField): string | null => {
    const value = text(field);
    if (value.length > MAX_TEXT) fail(field, `${fieldHeader[field]}过长（最多 ${MAX_TEXT} 字）`);
    return value || null;
  };

  const code = required('code');
  const household: HouseholdValues = {};
  const put = (field: HouseholdField, value: string | number | boolean | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') household[field] = String(value);
  };
  const divisionCode = text('divisionCode');
  if (divisionCode && !/^\d{12}$/.test(divisionCode)) fail('divisionCode', '行政区划代码应为 12 位数字（行政村）');
  else put('divisionCode', divisionCode);
  for (const field of ['countyName', 'townshipName', 'villageName', 'group', 'relocationSite'] as const) put(field, optional(field));
  // Household columns may be filled on the householder's row only; buildHousehold asks for them once per household.
  put('householderName', optional('householderName'));
  put('attribute', coded('attribute', attributeLookup, false));
  put('status', coded('status', statusLookup, false));
  put('mainCause', coded('mainCause', causeLookup, false));
  const secondaryTexts = text('secondaryCauses').split(/[；;、,，/\s]+/).filter(Boolean);
  const secondary = secondaryTexts.map((t) => causeLookup.find(t));
  if (secondary.some((c) => !c)) fail('secondaryCauses', `其他致贫原因应为：${causeLookup.choices.join('、')}，多项用“；”分隔`);
  else put('secondaryCauses', [...new Set(secondary as PovertyCause[])].sort().join(','));
  for (const field of ['identifiedYear', 'exitedYear', 'incomeYear'] as const) {
    const value = text(field);
    if (!value) continue;
    const year = readYear(value, today);
    if (year === undefined) fail(field, `${fieldHeader[field]}应为 4 位年份，如 2016`);
    put(field, year);
  }
  put('monitoringType', coded('monitoringType', monitoringLookup, false));
  put('housingGrade', coded('housingGrade', housingLookup, false));
  if (text('relocated')) put('relocated', yesNo('relocated'));
  for (const field of ['wage', 'business', 'property', 'transfer'] as const) {
    const value = text(field);
    if (!value) continue;
    const amount = readMoney(value);
    if (amount === undefined) fail(field, `${fieldHeader[field]}应为不小于 0 的金额（元）`);
    put(field, amount);
  }

  const person = readPerson(cell, text, fail, required, coded, yesNo, optional);
  const relation = relationLookup.find(text('relation'));
  const member = relation ? { relation, name: text('name') } : null;
  return { code, household, member, person: errors.length === 0 ? person : null, errors };
}

function readPerson(
  cell: (field: ImportField) => SheetCell,
  text: (field: ImportField) => string,
  fail: (field: ImportField, message: string) => void,
  required: (field: ImportField) => string,
  coded: <K extends string>(field: ImportField, list: CodeLookup<K>, mandatory: boolean) => K | undefined,
  yesNo: (field: ImportField) => boolean,
  optional: (field: ImportField) => string | null,
): PersonValues | null {
  const name = required('name');
  const relation = coded('relation', relationLookup, true);
  const gender = coded('gender', genderLookup, true);
  const idCell = cell('idNumber');
  let idNumber = '';
  let birthDate: string | undefined;
  if (idCell.kind === 'number') fail('idNumber', '身份证号须以文本格式填写，数字格式会丢失末几位');
  else if (!idCell.text.trim()) fail('idNumber', '请填写身份证号');
  else {
    idNumber = normalizeIdNumber(idCell.text);
    const birthText = text('birthDate');
    const written = birthText ? readDate(cell('birthDate')) : undefined;
    if (birthText && !written) fail('birthDate', '出生日期格式应为 YYYY-MM-DD');
    const issues = checkIdentity({ idNumber, gender: gender ?? null, birthDate: written ?? null });
    for (const issue of issues) fail(issue.path, issue.message);
    if (issues.every((issue) => issue.path !== 'idNumber')) birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  }
  let ethnicity = text('ethnicity') || null;
  if (ethnicity && !(ethnicities as readonly string[]).includes(ethnicity)) {
    if ((ethnicities as readonly string[]).includes(`${ethnicity}族`)) ethnicity = `${ethnicity}族`;
    else fail('ethnicity', '民族应为 56 个民族之一的全称，如“汉族”');
  }
  const health = coded('health', healthLookup, true);
  let disabilityGrade: number | null = null;
  if (text('disabilityGrade')) {
    const grade = readDisabilityGrade(text('disabilityGrade'));
    if (grade === undefined) fail('disabilityGrade', '残疾等级应为一级、二级、三级或四级');
    else disabilityGrade = grade;
  }
  const labourAbility = coded('labourAbility', labourLookup, true);
  const schooling = coded('schooling', schoolingLookup, true);
  const inSchool = yesNo('inSchool');
  const workingAway = yesNo('workingAway');
  const workPlace = optional('workPlace');
  const medicalInsured = yesNo('medicalInsured');
  const pensionInsured = yesNo('pensionInsured');
  const phoneText = text('phone').replace(/\s/g, '');
  if (phoneText && !PHONE.test(phoneText) && !isMobilePhone(phoneText)) fail('phone', '联系电话应为 11 位手机号或带区号的固定电话');
  if (!relation || !gender || !birthDate || !health || !labourAbility || !schooling) return null;
  return {
    name,
    relation,
    gender,
    idNumber,
    birthDate,
    ethnicity,
    health,
    disabilityGrade,
    labourAbility,
    schooling,
    inSchool,
    workingAway,
    workPlace,
    medicalInsured,
    pensionInsured,
    phone: phoneText || null,
  };
}

/** The household as a whole, once all its rows are merged; the errors belong to its first row. */
export function buildHousehold(code: string, values: HouseholdValues): { household: HouseholdData | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const place: HouseholdData['place'] | null = values.divisionCode
    ? { divisionCode: values.divisionCode }
    : values.countyName && values.townshipName && values.villageName
      ? { county: values.countyName, township: values.townshipName, village: values.villageName }
      : null;
  if (!place) errors.push({ column: fieldHeader.divisionCode, message: '请填写行政区划代码，或县、乡镇、行政村名称' });
  for (const field of ['householderName', 'attribute', 'status'] as const) {
    if (!values[field]) errors.push({ column: fieldHeader[field], message: `请填写${fieldHeader[field]}` });
  }
  const number = (field: HouseholdField) => (values[field] === undefined ? null : Number(values[field]));
  const identifiedYear = number('identifiedYear');
  const exitedYear = number('exitedYear');
  if (identifiedYear !== null && exitedYear !== null && exitedYear < identifiedYear) {
    errors.push({ column: fieldHeader.exitedYear, message: '脱贫年度早于识别年度' });
  }
  if (exitedYear !== null && values.status !== 'exited') errors.push({ column: fieldHeader.exitedYear, message: '填写了脱贫年度，户状态应为“已脱贫”' });
  const sources = (['wage', 'business', 'property', 'transfer'] as const).map(number);
  const incomeYear = number('incomeYear');
  if (sources.some((s) => s !== null) && incomeYear === null) errors.push({ column: fieldHeader.incomeYear, message: '填写了收入，请同时填写收入年度' });
  const secondaryCauses = (values.secondaryCauses?.split(',') ?? []) as PovertyCause[];
  if (errors.length > 0 || !place || !values.householderName || !values.attribute || !values.status) return { household: null, errors };
  return {
    household: {
      code,
      place,
      group: values.group ?? null,
      householderName: values.householderName,
      attribute: values.attribute as HouseholdAttribute,
      status: values.status as HouseholdStatus,
      mainCause: (values.mainCause as PovertyCause | undefined) ?? null,
      secondaryCauses: secondaryCauses.filter((c) => c !== values.mainCause),
      identifiedYear,
      exitedYear,
      monitoringType: (values.monitoringType as MonitoringType | undefined) ?? null,
      housingGrade: (values.housingGrade as HousingGrade | undefined) ?? null,
      relocated: values.relocated === 'true',
      relocationSite: values.relocationSite ?? null,
      income:
        incomeYear === null
          ? null
          : { year: incomeYear, wage: sources[0] ?? 0, business: sources[1] ?? 0, property: sources[2] ?? 0, transfer: sources[3] ?? 0 },
    },
    errors,
  };
}

/**
 * A copy that shares no memory with the sheet: text read from the file can be a slice of a large
 * chunk of its XML, and keeping the slice for 35,000 households would keep every chunk.
 */
export function detach<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

type HouseholdState = { firstRow: number; lastRow: number; values: HouseholdValues; valueRows: Partial<Record<HouseholdField, number>>; householderRow: number | null };

/**
 * What the file says about each household so far: its first and last row, its values and its
 * householder. Member rows may leave household columns blank; a value that differs is an error.
 */
export class HouseholdLedger {
  readonly households = new Map<string, HouseholdState>();

  /** Adds a row to its household and answers the row's conflicts with the rows before it. */
  add(row: number, code: string, values: HouseholdValues, person: { relation: Relation; name: string } | null): RowError[] {
    const errors: RowError[] = [];
    let state = this.households.get(code);
    if (!state) {
      state = { firstRow: row, lastRow: row, values: {}, valueRows: {}, householderRow: null };
      this.households.set(detach(code), state);
    }
    state.lastRow = row;
    for (const field of householdFields) {
      const value = values[field];
      if (value === undefined) continue;
      const known = state.values[field];
      if (known === undefined) {
        state.values[field] = detach(value);
        state.valueRows[field] = row;
      } else if (known !== value) {
        errors.push({ column: fieldHeader[field], message: `与同户第 ${state.valueRows[field]} 行的${fieldHeader[field]}不一致` });
      }
    }
    if (person?.relation === 'householder') {
      if (state.householderRow !== null) errors.push({ column: fieldHeader.relation, message: `同户已有户主（第 ${state.householderRow} 行），每户只能有一位户主` });
      else state.householderRow = row;
      if (values.householderName && person.name !== values.householderName) {
        errors.push({ column: fieldHeader.householderName, message: '户主本人的姓名与户主姓名不一致' });
      }
    }
    return errors;
  }

  /** A household's own problems, known only when all its rows are in: no householder, no place. */
  finish(code: string): RowError[] {
    const state = this.households.get(code);
    if (!state) return [];
    const { errors } = buildHousehold(code, state.values);
    if (state.householderRow === null) errors.unshift({ column: fieldHeader.relation, message: '该户没有户主（与户主关系为“户主”的成员）' });
    return errors;
  }
}

/** The household values of several rows merged, each field from the first row that gives it. */
export function mergeValues(rows: readonly HouseholdValues[]): HouseholdValues {
  const merged: HouseholdValues = {};
  for (const values of rows) {
    for (const field of householdFields) if (merged[field] === undefined && values[field] !== undefined) merged[field] = values[field];
  }
  return merged;
}
