import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { checkIdentity, isMobilePhone, phoneMessage, validateIdNumber } from './identity.ts';
import {
  healthStates,
  householdAttributes,
  householdStatuses,
  housingGrades,
  indicators,
  indicatorStatuses,
  labourAbilities,
  measureCategories,
  monitoringStates,
  monitoringTypes,
  povertyCauses,
  relations,
  schoolings,
} from './household-codes.ts';

export { checkIdentity, validateIdNumber, idNumberMessages } from './identity.ts';

export const householdMessages = {
  oneHouseholder: '每户必须有且只有一名户主',
  duplicateInRequest: '同一身份证号在本户成员中重复',
  verifierRequired: '达标或不达标须填写核实人',
  verifiedOnRequired: '达标或不达标须填写核实日期',
  housingUnsafe: '住房为 C 级或 D 级危房，住房安全不能认定为达标',
  childOutOfSchool: '有 6–15 周岁成员未在校，义务教育不能认定为达标',
} as const;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { message })
    .nullish()
    .transform((v) => (v ? v : null));

// Left out means "keep what is stored"; empty or null means "no phone".
const phoneField = z
  .string()
  .trim()
  .refine((v) => v === '' || isMobilePhone(v), { message: phoneMessage })
  .nullish()
  .transform((v) => (v === undefined ? undefined : v || null));

export const idNumberField = z
  .string({ message: '请输入身份证号' })
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const check = validateIdNumber(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

const money = z.coerce.number({ message: '请输入金额' }).min(0, { message: '金额不能为负数' }).max(99_999_999, { message: '金额过大' });

const memberFields = {
  name: z.string({ message: '请输入姓名' }).trim().min(1, { message: '请输入姓名' }).max(30, { message: '姓名不超过 30 字' }),
  relation: z.enum(relations.codes, { message: '请选择与户主关系' }),
  gender: z.enum(['male', 'female'], { message: '请选择性别' }),
  birthDate: isoDate.nullish(),
  ethnicity: optionalText(20, '民族不超过 20 字'),
  health: z.enum(healthStates.codes, { message: '请选择健康状况' }),
  disabilityGrade: z.number().int().min(1, { message: '残疾等级为 1–4 级' }).max(4, { message: '残疾等级为 1–4 级' }).nullish(),
  labourAbility: z.enum(labourAbilities.codes, { message: '请选择劳动能力' }),
  schooling: z.enum(schoolings.codes, { message: '请选择文化程度' }),
  inSchool: z.boolean().default(false),
  workingAway: z.boolean().default(false),
  workPlace: optionalText(100, '务工地点不超过 100 字'),
  medicalInsured: z.boolean().default(true),
  pensionInsured: z.boolean().default(false),
  phone: phoneField,
};

function identityRefinement(body: { idNumber?: string | null; gender: 'male' | 'female'; birthDate?: string | null }, ctx: z.RefinementCtx) {
  if (!body.idNumber) return;
  for (const issue of checkIdentity({ idNumber: body.idNumber, gender: body.gender, birthDate: body.birthDate ?? null })) {
    if (issue.path !== 'idNumber') ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  }
}

/** A member as registered: the ID number is required and the gender and birth date must agree with it. */
export const memberBody = z.object({ ...memberFields, idNumber: idNumberField }).superRefine(identityRefinement);
export type MemberBody = z.infer<typeof memberBody>;

/** A correction: a blank ID number keeps the stored one. */
export const memberUpdateBody = z
  .object({ ...memberFields, idNumber: idNumberField.nullish().or(z.literal('').transform(() => null)) })
  .superRefine(identityRefinement);
export type MemberUpdateBody = z.infer<typeof memberUpdateBody>;

export const incomeBody = z.object({ wage: money, business: money, property: money, transfer: money });
export type IncomeBody = z.infer<typeof incomeBody>;

export const indicatorBody = z.object({
  status: z.enum(indicatorStatuses.codes, { message: '请选择达标情况' }),
  evidence: optionalText(500, '佐证说明不超过 500 字'),
  evidenceFileId: z.uuid({ message: '附件编号格式不正确' }).nullish(),
  verifier: optionalText(30, '核实人不超过 30 字'),
  verifiedOn: isoDate.nullish(),
});
export type IndicatorBody = z.infer<typeof indicatorBody>;

const householdFields = {
  code: z.string({ message: '请输入户编码' }).trim().min(1, { message: '请输入户编码' }).max(40, { message: '户编码不超过 40 位' }),
  address: optionalText(200, '住址不超过 200 字'),
  group: optionalText(30, '村民小组不超过 30 字'),
  attribute: z.enum(householdAttributes.codes, { message: '请选择户属性' }),
  mainCause: z.enum(povertyCauses.codes, { message: '主要致贫原因不在国家列表中' }).nullish(),
  secondaryCauses: z.array(z.enum(povertyCauses.codes, { message: '次要致贫原因不在国家列表中' })).max(10).default([]),
  housingGrade: z.enum(housingGrades.codes, { message: '请选择住房安全等级' }).nullish(),
  relocated: z.boolean().default(false),
  relocationSite: optionalText(100, '安置点不超过 100 字'),
  phone: phoneField,
  note: optionalText(500, '备注不超过 500 字'),
};

export const householdUpdateBody = z.object(householdFields);
export type HouseholdUpdateBody = z.infer<typeof householdUpdateBody>;

/** A household registered with its members, and optionally a year's income and the indicators. */
export const householdCreateBody = z
  .object({
    ...householdFields,
    divisionCode: divisionCodeSchema,
    members: z.array(memberBody).min(1, { message: '请至少登记一名家庭成员' }).max(30, { message: '家庭成员不超过 30 人' }),
    income: incomeBody.extend({ year: z.number().int().min(2000).max(2100) }).nullish(),
    indicators: z.array(indicatorBody.extend({ indicator: z.enum(indicators.codes) })).max(6).default([]),
  })
  .superRefine((body, ctx) => {
    const householders = body.members.filter((m) => m.relation === 'householder').length;
    if (householders !== 1) ctx.addIssue({ code: 'custom', path: ['members'], message: householdMessages.oneHouseholder });
    const seen = new Set<string>();
    body.members.forEach((member, index) => {
      if (seen.has(member.idNumber)) ctx.addIssue({ code: 'custom', path: ['members', index, 'idNumber'], message: householdMessages.duplicateInRequest });
      seen.add(member.idNumber);
    });
  });
export type HouseholdCreateBody = z.infer<typeof householdCreateBody>;

export const householdSorts = ['code', 'householderName', 'memberCount', 'perHeadIncome', 'createdAt'] as const;

export const householdListQuery = pageQuery.extend({
  q: z.string().trim().max(50).optional(),
  divisionCode: divisionCodeSchema.optional(),
  status: z.enum(householdStatuses.codes).optional(),
  attribute: z.enum(householdAttributes.codes).optional(),
  monitoringType: z.enum(monitoringTypes.codes).optional(),
  mainCause: z.enum(povertyCauses.codes).optional(),
  indicatorGap: z.enum(['true', 'false']).optional(),
  pairedCadreId: z.uuid({ message: '干部编号格式不正确' }).optional(),
  sort: z.enum(householdSorts).default('code'),
  order: sortOrder,
});
export type HouseholdListQuery = z.infer<typeof householdListQuery>;
export const householdExportQuery = householdListQuery.omit({ page: true, pageSize: true });
export type HouseholdExportQuery = z.infer<typeof householdExportQuery>;

export const householdListItem = z.object({
  id: z.string(),
  code: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  householderName: z.string(),
  attribute: z.enum(householdAttributes.codes),
  status: z.enum(householdStatuses.codes),
  mainCause: z.enum(povertyCauses.codes).nullable(),
  secondaryCauses: z.array(z.enum(povertyCauses.codes)),
  memberCount: z.number().int(),
  incomeYear: z.number().int().nullable(),
  perHeadIncome: z.number().nullable(),
  monitoringType: z.enum(monitoringTypes.codes).nullable(),
  pairedCadreNames: z.array(z.string()),
});
export type HouseholdListItem = z.infer<typeof householdListItem>;
export const householdList = listOf(householdListItem);

export const memberView = z.object({
  id: z.string(),
  name: z.string(),
  relation: z.enum(relations.codes),
  gender: z.enum(['male', 'female']),
  birthDate: z.string(),
  age: z.number().int(),
  idNumber: z.string(),
  ethnicity: z.string().nullable(),
  health: z.enum(healthStates.codes),
  disabilityGrade: z.number().int().nullable(),
  labourAbility: z.enum(labourAbilities.codes),
  schooling: z.enum(schoolings.codes),
  inSchool: z.boolean(),
  workingAway: z.boolean(),
  workPlace: z.string().nullable(),
  medicalInsured: z.boolean(),
  pensionInsured: z.boolean(),
  phone: z.string().nullable(),
});
export type MemberView = z.infer<typeof memberView>;

export const incomeView = z.object({
  year: z.number().int(),
  wage: z.number(),
  business: z.number(),
  property: z.number(),
  transfer: z.number(),
  members: z.number().int(),
  total: z.number(),
  perHead: z.number(),
});
export type IncomeView = z.infer<typeof incomeView>;

export const indicatorView = z.object({
  indicator: z.enum(indicators.codes),
  status: z.enum(indicatorStatuses.codes),
  evidence: z.string().nullable(),
  evidenceFileId: z.string().nullable(),
  verifier: z.string().nullable(),
  verifiedOn: z.string().nullable(),
  recorded: z.boolean(),
});
export type IndicatorView = z.infer<typeof indicatorView>;

export const measureBody = z.object({
  year: z.number({ message: '请输入年度' }).int().min(2000, { message: '年度不正确' }).max(2100, { message: '年度不正确' }),
  category: z.enum(measureCategories.codes, { message: '请选择措施类别' }),
  content: z.string({ message: '请输入措施内容' }).trim().min(2, { message: '措施内容至少 2 个字' }).max(500, { message: '措施内容不超过 500 字' }),
  amount: money.nullish(),
  responsible: optionalText(30, '责任人不超过 30 字'),
  done: z.boolean().default(false),
});
export type MeasureBody = z.infer<typeof measureBody>;
export const measureView = measureBody.extend({ id: z.string(), amount: z.number().nullable(), responsible: z.string().nullable() });
export type MeasureView = z.infer<typeof measureView>;

export const pairCadreBody = z.object({ cadreId: z.uuid({ message: '请选择帮扶责任人' }), since: isoDate });
export type PairCadreBody = z.infer<typeof pairCadreBody>;
export const endPairingBody = z.object({ until: isoDate });
export type EndPairingBody = z.infer<typeof endPairingBody>;

export const pairedCadreView = z.object({
  cadreId: z.string(),
  name: z.string().nullable(),
  unitName: z.string().nullable(),
  since: z.string(),
  until: z.string().nullable(),
  current: z.boolean(),
});
export type PairedCadreView = z.infer<typeof pairedCadreView>;

export const householdView = householdListItem.extend({
  address: z.string().nullable(),
  group: z.string().nullable(),
  housingGrade: z.enum(housingGrades.codes).nullable(),
  relocated: z.boolean(),
  relocationSite: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  identifiedYear: z.number().int().nullable(),
  exitedYear: z.number().int().nullable(),
  monitoringState: z.enum(monitoringStates.codes).nullable(),
  monitoringSince: z.string().nullable(),
  riskRemovedOn: z.string().nullable(),
  members: z.array(memberView),
  incomes: z.array(incomeView),
  incomeLine: z.number(),
  indicators: z.array(indicatorView),
  measures: z.array(measureView),
  cadres: z.array(pairedCadreView),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ write: z.boolean(), reveal: z.boolean(), link: z.boolean() }),
});
export type HouseholdView = z.infer<typeof householdView>;

export const revealBody = z.object({
  reason: z.string().trim().min(4, { message: '查看原因至少 4 个字' }).max(200, { message: '查看原因不超过 200 字' }),
});
export type RevealBody = z.infer<typeof revealBody>;
export const revealResponse = z.object({ value: z.string() });

export const lookupQuery = z.object({ idNumber: idNumberField });
export const lookupResponse = z.object({
  household: z.object({ id: z.string(), code: z.string(), householderName: z.string(), villageName: z.string().nullable(), status: z.enum(householdStatuses.codes) }),
  person: z.object({ id: z.string(), name: z.string(), relation: z.enum(relations.codes), idNumber: z.string() }),
});
export type LookupResponse = z.infer<typeof lookupResponse>;

export const personParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), personId: z.uuid({ message: '编号格式不正确' }) });
export const yearParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), year: z.coerce.number().int().min(2000).max(2100) });
export const indicatorParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), indicator: z.enum(indicators.codes) });
export const measureParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), measureId: z.uuid({ message: '编号格式不正确' }) });
export const cadreParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), cadreId: z.uuid({ message: '编号格式不正确' }) });
