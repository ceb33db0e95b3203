import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { checkIdentity, isMobilePhone, phoneMessage, validateIdNumber } from './identity.ts';

export { checkIdentity, idNumberChecksum, validateIdNumber, idNumberMessages } from './identity.ts';

type Label = { zh: string; en: string };

export const genders = ['male', 'female'] as const;
export type GenderCode = (typeof genders)[number];
export const genderLabels: Record<GenderCode, Label> = { male: { zh: '男', en: 'Male' }, female: { zh: '女', en: 'Female' } };

export const partyStatuses = ['formal', 'probationary', 'none'] as const;
export type PartyStatusCode = (typeof partyStatuses)[number];
export const partyStatusLabels: Record<PartyStatusCode, Label> = {
  formal: { zh: '中共党员', en: 'Party member' },
  probationary: { zh: '中共预备党员', en: 'Probationary member' },
  none: { zh: '群众', en: 'Non-member' },
};

// GB 3304: the 56 ethnic groups, stored by their Chinese names as on the ID card.
export const ethnicities = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族', '满族', '侗族', '瑶族', '白族',
  '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族', '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族',
  '景颇族', '柯尔克孜族', '土族', '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族',
  '普米族', '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
] as const;

export const educations = ['doctorate', 'master', 'bachelor', 'associate', 'secondary', 'high_school', 'junior_or_below'] as const;
export type EducationCode = (typeof educations)[number];
export const educationLabels: Record<EducationCode, Label> = {
  doctorate: { zh: '博士研究生', en: 'Doctorate' },
  master: { zh: '硕士研究生', en: "Master's" },
  bachelor: { zh: '大学本科', en: "Bachelor's" },
  associate: { zh: '大学专科', en: 'Associate' },
  secondary: { zh: '中专', en: 'Vocational secondary' },
  high_school: { zh: '高中', en: 'High school' },
  junior_or_below: { zh: '初中及以下', en: 'Junior school or below' },
};

// Civil-service leadership posts and grades (公务员职务职级并行规定, 2019), plus non-civil-service staff.
export const ranks = [
  'bureau_chief', 'bureau_deputy', 'division_chief', 'division_deputy', 'section_chief', 'section_deputy',
  'inspector_1', 'inspector_2', 'researcher_1', 'researcher_2', 'researcher_3', 'researcher_4',
  'principal_staff_1', 'principal_staff_2', 'principal_staff_3', 'principal_staff_4', 'staff_1', 'staff_2', 'other',
] as const;
export type RankCode = (typeof ranks)[number];
export const rankLabels: Record<RankCode, Label> = {
  bureau_chief: { zh: '正厅级', en: 'Bureau director' },
  bureau_deputy: { zh: '副厅级', en: 'Deputy bureau director' },
  division_chief: { zh: '正处级', en: 'Division chief' },
  division_deputy: { zh: '副处级', en: 'Deputy division chief' },
  section_chief: { zh: '正科级', en: 'Section chief' },
  section_deputy: { zh: '副科级', en: 'Deputy section chief' },
  inspector_1: { zh: '一级巡视员', en: 'Inspector, grade 1' },
  inspector_2: { zh: '二级巡视员', en: 'Inspector, grade 2' },
  researcher_1: { zh: '一级调研员', en: 'Researcher, grade 1' },
  researcher_2: { zh: '二级调研员', en: 'Researcher, grade 2' },
  researcher_3: { zh: '三级调研员', en: 'Researcher, grade 3' },
  researcher_4: { zh: '四级调研员', en: 'Researcher, grade 4' },
  principal_staff_1: { zh: '一级主任科员', en: 'Principal staff, grade 1' },
  principal_staff_2: { zh: '二级主任科员', en: 'Principal staff, grade 2' },
  principal_staff_3: { zh: '三级主任科员', en: 'Principal staff, grade 3' },
  principal_staff_4: { zh: '四级主任科员', en: 'Principal staff, grade 4' },
  staff_1: { zh: '一级科员', en: 'Staff, grade 1' },
  staff_2: { zh: '二级科员', en: 'Staff, grade 2' },
  other: { zh: '其他（事业、企业人员）', en: 'Other (institution or enterprise staff)' },
};

export const specialities = [
  'agriculture', 'animal_husbandry', 'forestry', 'water', 'law', 'health', 'finance', 'engineering', 'education',
  'ecommerce', 'tourism', 'party_affairs', 'other',
] as const;
export type SpecialityCode = (typeof specialities)[number];
export const specialityLabels: Record<SpecialityCode, Label> = {
  agriculture: { zh: '农业', en: 'Agriculture' },
  animal_husbandry: { zh: '畜牧', en: 'Animal husbandry' },
  forestry: { zh: '林业', en: 'Forestry' },
  water: { zh: '水利', en: 'Water' },
  law: { zh: '法律', en: 'Law' },
  health: { zh: '医疗卫生', en: 'Health' },
  finance: { zh: '金融财会', en: 'Finance' },
  engineering: { zh: '工程建设', en: 'Engineering' },
  education: { zh: '教育', en: 'Education' },
  ecommerce: { zh: '电子商务', en: 'E-commerce' },
  tourism: { zh: '旅游', en: 'Tourism' },
  party_affairs: { zh: '党务', en: 'Party affairs' },
  other: { zh: '其他', en: 'Other' },
};

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, { message: `${label}不超过 ${max} 字` }).nullish().transform((v) => (v ? v : null));

const cadreFields = {
  name: z.string().trim().min(2, { message: '姓名至少 2 个字' }).max(30, { message: '姓名不超过 30 字' }),
  gender: z.enum(genders, { message: '请选择性别' }),
  birthDate: isoDate.nullish(),
  ethnicity: z.enum(ethnicities, { message: '请选择民族' }),
  partyStatus: z.enum(partyStatuses, { message: '请选择政治面貌' }),
  education: z.enum(educations, { message: '请选择学历' }).nullish(),
  unitId: z.uuid({ message: '请选择所在单位' }),
  position: optionalText(50, '职务'),
  rank: z.enum(ranks, { message: '请选择职级' }).nullish(),
  specialities: z.array(z.enum(specialities, { message: '专业特长不在可选范围内' })).max(5, { message: '专业特长最多选 5 项' }).default([]),
};

const phoneField = z
  .string()
  .trim()
  .refine((v) => v === '' || isMobilePhone(v), { message: phoneMessage });

const idNumberField = z
  .string({ message: '请输入身份证号' })
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const check = validateIdNumber(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

/** Registration: the ID is required and the gender and birth date must agree with it. */
export const cadreCreateBody = z
  .object({ ...cadreFields, idNumber: idNumberField, phone: phoneField.nullish().transform((v) => (v ? v : null)) })
  .superRefine((body, ctx) => {
  for (const issue of checkIdentity(body)) {
    if (issue.path !== 'idNumber') ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  }
});
export type CadreCreateBody = z.infer<typeof cadreCreateBody>;

/**
 * Editing: the form holds only the masked ID and phone, so each is sent only when it is being
 * corrected (absent: kept; an empty phone clears it).
 */
export const cadreUpdateBody = z
  .object({ ...cadreFields, idNumber: idNumberField.nullish(), phone: phoneField.nullish() })
  .superRefine((body, ctx) => {
  if (!body.idNumber) return;
  for (const issue of checkIdentity({ ...body, idNumber: body.idNumber })) {
    if (issue.path !== 'idNumber') ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  }
});
export type CadreUpdateBody = z.infer<typeof cadreUpdateBody>;

export const cadreListQuery = pageQuery.extend({
  q: z.string().trim().max(50).optional(),
  unitId: z.uuid({ message: '单位编号格式不正确' }).optional(),
  partyStatus: z.enum(partyStatuses).optional(),
  gender: z.enum(genders).optional(),
  speciality: z.enum(specialities).optional(),
  // "true": in a team now (posted to a village); "false": not posted.
  posted: z.enum(['true', 'false']).optional(),
  divisionCode: divisionCodeSchema.optional(),
  sort: z.enum(['name', 'birthDate', 'createdAt']).default('name'),
  order: sortOrder,
});
export type CadreListQuery = z.infer<typeof cadreListQuery>;
export const cadreExportQuery = cadreListQuery.omit({ page: true, pageSize: true });
export type CadreExportQuery = z.infer<typeof cadreExportQuery>;

export const cadreView = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(genders),
  idNumber: z.string(),
  birthDate: z.string(),
  ethnicity: z.string(),
  partyStatus: z.enum(partyStatuses),
  education: z.enum(educations).nullable(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  position: z.string().nullable(),
  rank: z.enum(ranks).nullable(),
  specialities: z.array(z.enum(specialities)),
  phone: z.string().nullable(),
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  postedDivisionCode: z.string().nullable(),
  postedDivisionName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), unmask: z.boolean() }),
});
export type CadreView = z.infer<typeof cadreView>;
export const cadreList = listOf(cadreView);
export type CadreList = z.infer<typeof cadreList>;

export const cadreBrief = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(genders),
  unitId: z.string(),
  partyStatus: z.enum(partyStatuses),
  idNumber: z.string(),
});
export type CadreBrief = z.infer<typeof cadreBrief>;

export const unmaskBody = z.object({
  field: z.enum(['idNumber', 'phone'], { message: '请选择要显示的字段' }),
  reason: z.string().trim().min(4, { message: '查看原因至少 4 个字' }).max(200, { message: '查看原因不超过 200 字' }),
});
export type UnmaskBody = z.infer<typeof unmaskBody>;
export const unmaskResponse = z.object({ value: z.string() });

export const importModes = ['all', 'partial'] as const;
export const cadreImportQuery = z.object({
  // all: nothing is saved when any row fails; partial: the good rows are saved.
  mode: z.enum(importModes).default('all'),
});
export type CadreImportQuery = z.infer<typeof cadreImportQuery>;
export const cadreImportAccepted = z.object({ jobId: z.string() });

export const importRowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof importRowError>;
export const cadreImportResult = z.object({
  mode: z.enum(importModes),
  total: z.number().int(),
  created: z.number().int(),
  failed: z.number().int(),
  errors: z.array(importRowError),
  // The list above stops at a few hundred; the error report has every failed row.
  errorsTruncated: z.boolean(),
});
export type CadreImportResult = z.infer<typeof cadreImportResult>;
export const jobIdParam = z.object({ jobId: z.uuid({ message: '任务编号格式不正确' }) });
