import { z } from 'zod';

/**
 * The fields a ledger row can fill, in the template's order. `level` says whether the value
 * belongs to the household (repeated on each member's row) or to the person on that row.
 */
export const importFields = [
  { key: 'code', header: '户编号', level: 'household', required: true },
  { key: 'divisionCode', header: '行政区划代码', level: 'household', required: false },
  { key: 'countyName', header: '县', level: 'household', required: false },
  { key: 'townshipName', header: '乡镇', level: 'household', required: false },
  { key: 'villageName', header: '行政村', level: 'household', required: false },
  { key: 'group', header: '村民小组', level: 'household', required: false },
  { key: 'householderName', header: '户主姓名', level: 'household', required: true },
  { key: 'relation', header: '与户主关系', level: 'person', required: true },
  { key: 'name', header: '姓名', level: 'person', required: true },
  { key: 'gender', header: '性别', level: 'person', required: true },
  { key: 'idNumber', header: '身份证号', level: 'person', required: true },
  { key: 'ethnicity', header: '民族', level: 'person', required: false },
  { key: 'birthDate', header: '出生日期', level: 'person', required: false },
  { key: 'health', header: '健康状况', level: 'person', required: true },
  { key: 'disabilityGrade', header: '残疾等级', level: 'person', required: false },
  { key: 'labourAbility', header: '劳动技能', level: 'person', required: true },
  { key: 'schooling', header: '文化程度', level: 'person', required: true },
  { key: 'inSchool', header: '是否在校生', level: 'person', required: false },
  { key: 'workingAway', header: '是否外出务工', level: 'person', required: false },
  { key: 'workPlace', header: '务工地点', level: 'person', required: false },
  { key: 'medicalInsured', header: '是否参加医保', level: 'person', required: false },
  { key: 'pensionInsured', header: '是否参加养老保险', level: 'person', required: false },
  { key: 'phone', header: '联系电话', level: 'person', required: false },
  { key: 'attribute', header: '户类型', level: 'household', required: true },
  { key: 'status', header: '户状态', level: 'household', required: true },
  { key: 'mainCause', header: '主要致贫原因', level: 'household', required: false },
  { key: 'secondaryCauses', header: '其他致贫原因', level: 'household', required: false },
  { key: 'identifiedYear', header: '识别年度', level: 'household', required: false },
  { key: 'exitedYear', header: '脱贫年度', level: 'household', required: false },
  { key: 'monitoringType', header: '监测对象类型', level: 'household', required: false },
  { key: 'housingGrade', header: '住房安全等级', level: 'household', required: false },
  { key: 'relocated', header: '是否易地搬迁', level: 'household', required: false },
  { key: 'relocationSite', header: '安置点', level: 'household', required: false },
  { key: 'wage', header: '工资性收入', level: 'household', required: false },
  { key: 'business', header: '经营性收入', level: 'household', required: false },
  { key: 'property', header: '财产性收入', level: 'household', required: false },
  { key: 'transfer', header: '转移性收入', level: 'household', required: false },
  { key: 'incomeYear', header: '收入年度', level: 'household', required: false },
] as const;

export type ImportField = (typeof importFields)[number]['key'];
export const importFieldKeys = importFields.map((f) => f.key) as [ImportField, ...ImportField[]];
export const fieldHeader = Object.fromEntries(importFields.map((f) => [f.key, f.header])) as Record<ImportField, string>;

/** The village is named either by its 12-digit code or by county, township and village names. */
export const placeFields = ['divisionCode', 'countyName', 'townshipName', 'villageName'] as const satisfies readonly ImportField[];

/** The place of a household: its village code, or the three names leading to it. */
export const placeLabel = '行政区划代码（或 县、乡镇、行政村）';

/** The required fields no column fills; the place counts once, as code or the three names. */
export function missingFields(mapping: readonly (ImportField | null)[]): string[] {
  const mapped = new Set(mapping.filter((f): f is ImportField => f !== null));
  const missing: string[] = importFields.filter((f) => f.required && !mapped.has(f.key)).map((f) => f.header);
  const byNames = mapped.has('countyName') && mapped.has('townshipName') && mapped.has('villageName');
  if (!mapped.has('divisionCode') && !byNames) missing.push(placeLabel);
  return missing;
}

/** A column may fill one field only once; two columns for the same field make the import ambiguous. */
export function duplicateFields(mapping: readonly (ImportField | null)[]): string[] {
  const seen = new Set<ImportField>();
  const twice = new Set<string>();
  for (const field of mapping) {
    if (!field) continue;
    if (seen.has(field)) twice.add(fieldHeader[field]);
    seen.add(field);
  }
  return [...twice];
}

export const householdImportModes = ['all', 'valid'] as const;
export type HouseholdImportMode = (typeof householdImportModes)[number];

/** Which of the file's columns fills which field; `null` leaves a column out. */
export const importMapping = z.object({
  headerRow: z.number().int().min(1).max(50),
  columns: z.array(z.enum(importFieldKeys).nullable()).max(200),
});
export type ImportMapping = z.infer<typeof importMapping>;

export const importPreview = z.object({
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  suggested: z.array(z.enum(importFieldKeys).nullable()),
  /** Required fields no column was mapped to (the place counts as one field: code or names). */
  missing: z.array(z.string()),
  sample: z.array(z.array(z.string())),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importAccepted = z.object({ jobId: z.string() });

export const importRowIssue = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowIssue = z.infer<typeof importRowIssue>;

export const importPhases = ['queued', 'checking', 'writing', 'done'] as const;

export const importJobView = z.object({
  id: z.string(),
  fileName: z.string(),
  mode: z.enum(householdImportModes),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  progress: z.object({ phase: z.enum(importPhases), done: z.number().int(), total: z.number().int() }),
  counts: z.object({ rows: z.number().int(), households: z.number().int(), persons: z.number().int(), refused: z.number().int() }).nullable(),
  errors: z.array(importRowIssue),
  errorsTruncated: z.boolean(),
  hasReport: z.boolean(),
  failure: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJobView = z.infer<typeof importJobView>;

export const importJobList = z.object({ items: z.array(importJobView), total: z.number().int() });
export const importJobParam = z.object({ jobId: z.uuid({ message: '任务编号格式不正确' }) });
