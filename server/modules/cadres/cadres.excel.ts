import ExcelJS from 'exceljs';
import type { SheetCell } from '../../platform/excel/workbook-reader.ts';
import {
  educationLabels,
  educations,
  ethnicities,
  genderLabels,
  genders,
  partyStatusLabels,
  partyStatuses,
  rankLabels,
  ranks,
  specialities,
  specialityLabels,
} from '../../../contracts/cadres.ts';
import { idNumberChecksum } from './cadres.rules.ts';

/** The columns of the import template, in order; `key` is the body field each fills. */
export const importColumns = [
  { header: '姓名', key: 'name', required: true, width: 12 },
  { header: '性别', key: 'gender', required: true, width: 8 },
  { header: '身份证号', key: 'idNumber', required: true, width: 22 },
  { header: '出生日期', key: 'birthDate', required: false, width: 12 },
  { header: '民族', key: 'ethnicity', required: true, width: 10 },
  { header: '政治面貌', key: 'partyStatus', required: true, width: 14 },
  { header: '学历', key: 'education', required: false, width: 12 },
  { header: '所在单位', key: 'unitName', required: true, width: 26 },
  { header: '职务', key: 'position', required: false, width: 16 },
  { header: '职级', key: 'rank', required: false, width: 14 },
  { header: '专业特长', key: 'specialities', required: false, width: 20 },
  { header: '手机号', key: 'phone', required: false, width: 14 },
] as const;
export type ImportKey = (typeof importColumns)[number]['key'];
export const headerOfKey = Object.fromEntries(importColumns.map((c) => [c.key, c.header])) as Record<ImportKey, string>;

type Label = { zh: string; en: string };
function reverse<T extends string>(codes: readonly T[], labels: Record<T, Label>, aliases: Record<string, T> = {}): Map<string, T> {
  const map = new Map<string, T>(Object.entries(aliases) as [string, T][]);
  for (const code of codes) map.set(labels[code].zh, code);
  return map;
}

const lookups = {
  gender: reverse(genders, genderLabels),
  partyStatus: reverse(partyStatuses, partyStatusLabels, { 党员: 'formal', 正式党员: 'formal', 中共正式党员: 'formal', 预备党员: 'probationary' }),
  education: reverse(educations, educationLabels, { 博士: 'doctorate', 硕士: 'master', 研究生: 'master', 本科: 'bachelor', 大专: 'associate', 专科: 'associate' }),
  rank: reverse(ranks, rankLabels, { 其他: 'other' }),
  speciality: reverse(specialities, specialityLabels),
};

const choices = {
  gender: genders.map((c) => genderLabels[c].zh),
  partyStatus: partyStatuses.map((c) => partyStatusLabels[c].zh),
  education: educations.map((c) => educationLabels[c].zh),
  rank: ranks.map((c) => rankLabels[c].zh),
  speciality: specialities.map((c) => specialityLabels[c].zh),
};

export type HeaderMap = Map<ImportKey, number>;
export type RowError = { column: string; message: string };

/** Finds each template column by its header text, wherever the clerk moved it; a trailing * marks required ones. */
export function readHeader(cells: SheetCell[]): { header: HeaderMap; missing: string[] } {
  const header: HeaderMap = new Map();
  cells.forEach((cell, index) => {
    const text = cell.text.replace(/[*＊\s]/g, '');
    const column = importColumns.find((c) => c.header === text);
    if (column && !header.has(column.key)) header.set(column.key, index);
  });
  const missing = importColumns.filter((c) => c.required && !header.has(c.key)).map((c) => c.header);
  return { header, missing };
}

export type RowCandidate = { unitName: string; body: Record<string, unknown> };

/** Turns one row's cells into a body for the contract, translating Chinese labels into codes. */
export function readCadreRow(header: HeaderMap, cells: SheetCell[]): { candidate: RowCandidate; errors: RowError[] } {
  const errors: RowError[] = [];
  const cell = (key: ImportKey): SheetCell => {
    const index = header.get(key);
    return index === undefined ? { text: '', kind: 'empty' } : (cells[index] ?? { text: '', kind: 'empty' });
  };
  const text = (key: ImportKey) => cell(key).text;
  const coded = <T extends string>(key: ImportKey, map: Map<string, T>, allowed: string[]): T | null => {
    const value = text(key);
    if (!value) return null;
    const code = map.get(value);
    if (!code) errors.push({ column: headerOfKey[key], message: `${headerOfKey[key]}应为：${allowed.join('、')}` });
    return code ?? null;
  };

  const idCell = cell('idNumber');
  if (idCell.kind === 'number') {
    errors.push({ column: headerOfKey.idNumber, message: '身份证号须以文本格式填写，数字格式会丢失末几位' });
  }
  let ethnicity: string | null = text('ethnicity') || null;
  if (ethnicity && !(ethnicities as readonly string[]).includes(ethnicity)) {
    const withSuffix = `${ethnicity}族`;
    if ((ethnicities as readonly string[]).includes(withSuffix)) ethnicity = withSuffix;
    else errors.push({ column: headerOfKey.ethnicity, message: '民族应为 56 个民族之一的全称，如“汉族”' });
  }
  const specialityNames = text('specialities').split(/[、,，;；/\s]+/).filter(Boolean);
  const specialityCodes = specialityNames.map((name) => lookups.speciality.get(name));
  if (specialityCodes.some((code) => !code)) {
    errors.push({ column: headerOfKey.specialities, message: `专业特长应为：${choices.speciality.join('、')}，多项用“、”分隔` });
  }
  const birthCell = cell('birthDate');
  const birthDate = birthCell.kind === 'date' ? birthCell.text : birthCell.text.replace(/[./年月]/g, '-').replace(/日$/, '') || null;

  const body: Record<string, unknown> = {
    name: text('name'),
    gender: coded('gender', lookups.gender, choices.gender) ?? undefined,
    idNumber: idCell.kind === 'number' ? '' : text('idNumber'),
    birthDate: birthDate ? birthDate.replace(/-(\d)(?=-|$)/g, '-0$1') : null,
    ethnicity: ethnicity ?? undefined,
    partyStatus: coded('partyStatus', lookups.partyStatus, choices.partyStatus) ?? undefined,
    education: coded('education', lookups.education, choices.education),
    position: text('position') || null,
    rank: coded('rank', lookups.rank, choices.rank),
    specialities: specialityCodes.filter(Boolean),
    phone: text('phone') || null,
  };
  return { candidate: { unitName: text('unitName'), body }, errors };
}

/** The contract's field names mapped back to the columns a clerk sees. */
export function columnOfPath(path: string): string {
  const key = path.split('.')[0] as ImportKey;
  if (key === ('unitId' as string)) return headerOfKey.unitName;
  return headerOfKey[key] ?? path;
}

// The template's example row starts its name with this mark and is never imported, so a
// template uploaded unchanged registers nobody.
const EXAMPLE_MARK = '示例';

export function isExampleRow(header: HeaderMap, cells: SheetCell[]): boolean {
  const index = header.get('name');
  return index !== undefined && (cells[index]?.text ?? '').startsWith(EXAMPLE_MARK);
}

/** A sample ID that passes every check, so the example row can be imported as it stands. */
export function sampleIdNumber(): string {
  const first17 = '53032619850612031';
  return `${first17}${idNumberChecksum(first17)}`;
}

/** The import template: a header row, one example row (skipped on import), and a sheet of the allowed values. */
export async function buildImportTemplate(exampleUnitName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('干部信息');
  sheet.columns = importColumns.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  // ID and phone columns are text, or Excel rounds 18 digits and the last ones are lost.
  for (const key of ['idNumber', 'phone'] as const) sheet.getColumn(key).numFmt = '@';
  sheet.addRow({
    name: `${EXAMPLE_MARK}：张明`,
    gender: '男',
    idNumber: sampleIdNumber(),
    birthDate: '1985-06-12',
    ethnicity: '汉族',
    partyStatus: '中共党员',
    education: '大学本科',
    unitName: exampleUnitName,
    position: '科员',
    rank: '一级主任科员',
    specialities: '农业、水利',
    phone: '13908740000',
  });

  const lists = workbook.addWorksheet('可选值');
  const listColumns: [string, readonly string[]][] = [
    ['性别', choices.gender],
    ['民族', ethnicities],
    ['政治面貌', choices.partyStatus],
    ['学历', choices.education],
    ['职级', choices.rank],
    ['专业特长（可多选，用“、”分隔）', choices.speciality],
  ];
  lists.columns = listColumns.map(([header]) => ({ header, width: Math.max(12, header.length * 2) }));
  lists.getRow(1).font = { bold: true };
  const longest = Math.max(...listColumns.map(([, values]) => values.length));
  for (let i = 0; i < longest; i += 1) lists.addRow(listColumns.map(([, values]) => values[i] ?? null));

  const letters = ['A', 'B', 'C', 'D', 'E', 'F'];
  const validated: [ImportKey, number][] = [['gender', 0], ['ethnicity', 1], ['partyStatus', 2], ['education', 3], ['rank', 4]];
  for (const [key, listIndex] of validated) {
    const column = sheet.getColumn(key);
    const size = listColumns[listIndex]![1].length;
    for (let row = 2; row <= 1000; row += 1) {
      sheet.getCell(row, column.number).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`'可选值'!$${letters[listIndex]}$2:$${letters[listIndex]}$${size + 1}`],
      };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
