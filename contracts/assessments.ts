import { z } from 'zod';
import { divisionCodeSchema, listOf, pageQuery } from './common.ts';
import { assessmentCategories, assessmentStates, grades } from './evaluation-codes.ts';

export { assessmentCategories, assessmentStates, grades, type AssessmentCategory, type Grade } from './evaluation-codes.ts';

export const assessmentBody = z.object({
  divisionCode: divisionCodeSchema.refine((code) => /^\d{6}0{6}$/.test(code) && !/^\d{4}00/.test(code), { message: '请选择一个县（市、区）' }),
  year: z.coerce.number().int().min(2000, { message: '年度不早于 2000 年' }).max(2100, { message: '年度不晚于 2100 年' }),
  excellentQuota: z.coerce.number().min(0, { message: '优秀比例应在 0 到 1 之间' }).max(1, { message: '优秀比例应在 0 到 1 之间' }).default(0.25),
});
export type AssessmentBody = z.infer<typeof assessmentBody>;

export const assessmentListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  year: z.coerce.number().int().optional(),
});
export type AssessmentListQuery = z.infer<typeof assessmentListQuery>;

export const gradeFilterQuery = pageQuery.extend({
  category: z.enum(assessmentCategories.codes, { message: '类别不存在' }).optional(),
  grade: z.enum(grades.codes, { message: '等次不存在' }).optional(),
  township: divisionCodeSchema.optional(),
});
export type GradeFilterQuery = z.infer<typeof gradeFilterQuery>;

export const gradeBody = z.object({
  grade: z.enum(grades.codes, { message: '请选择等次' }),
  reason: z.string().trim().min(1, { message: '请填写调整理由' }).max(500, { message: '调整理由不超过 500 字' }),
});
export type GradeBody = z.infer<typeof gradeBody>;

export const gradeParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), gradeId: z.uuid({ message: '编号格式不正确' }) });

export const gradeBasis = z.object({
  quarterTotals: z.array(z.number().nullable()),
  average: z.number().nullable(),
  commitmentsDue: z.number().int(),
  commitmentsKept: z.number().int(),
  criticisms: z.number().int(),
  findings: z.number().int(),
  cappedByTeam: z.enum(grades.codes).optional(),
});

export const gradeView = z.object({
  id: z.string(),
  assessmentId: z.string(),
  category: z.enum(assessmentCategories.codes),
  teamId: z.string(),
  teamName: z.string().nullable(),
  cadreId: z.string().nullable(),
  cadreName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  proposedGrade: z.enum(grades.codes),
  grade: z.enum(grades.codes),
  basis: gradeBasis,
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type GradeView = z.infer<typeof gradeView>;

export const quotaUsage = z.object({ category: z.enum(assessmentCategories.codes), count: z.number().int(), available: z.number().int(), used: z.number().int() });
export type QuotaUsage = z.infer<typeof quotaUsage>;

export const assessmentView = z.object({
  id: z.string(),
  divisionCode: z.string(),
  countyName: z.string().nullable(),
  year: z.number().int(),
  excellentQuota: z.number(),
  state: z.enum(assessmentStates.codes),
  confirmedAt: z.string().nullable(),
  createdAt: z.string(),
  gradeCount: z.number().int(),
});
export type AssessmentView = z.infer<typeof assessmentView>;
export const assessmentList = listOf(assessmentView);

export const assessmentDetail = assessmentView.extend({
  quota: z.array(quotaUsage),
  grades: listOf(gradeView),
  abilities: z.object({ changeGrade: z.boolean(), confirm: z.boolean(), export: z.boolean() }),
});
export type AssessmentDetail = z.infer<typeof assessmentDetail>;

export const myGrade = gradeView.extend({ year: z.number().int(), countyName: z.string().nullable() });
export const myGradeList = listOf(myGrade);
export type MyGrade = z.infer<typeof myGrade>;
