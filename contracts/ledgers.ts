import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { commitmentStates, satisfactions } from './evaluation-codes.ts';

export { commitmentStates, type CommitmentState } from './evaluation-codes.ts';

const year = z.coerce.number().int().min(2000, { message: '年度不早于 2000 年' }).max(2100, { message: '年度不晚于 2100 年' });

/** 承诺事项: what a first secretary promised the village, by when. */
export const commitmentBody = z
  .object({
    cadreId: z.uuid({ message: '请选择第一书记' }),
    content: z.string().trim().min(1, { message: '请填写承诺内容' }).max(500, { message: '承诺内容不超过 500 字' }),
    promisedOn: isoDate,
    dueOn: isoDate,
  })
  .refine((b) => b.dueOn >= b.promisedOn, { path: ['dueOn'], message: '兑现期限不能早于承诺日期' });
export type CommitmentBody = z.infer<typeof commitmentBody>;

export const commitmentUpdateBody = z
  .object({
    content: z.string().trim().min(1, { message: '请填写承诺内容' }).max(500, { message: '承诺内容不超过 500 字' }),
    promisedOn: isoDate,
    dueOn: isoDate,
  })
  .refine((b) => b.dueOn >= b.promisedOn, { path: ['dueOn'], message: '兑现期限不能早于承诺日期' });
export type CommitmentUpdateBody = z.infer<typeof commitmentUpdateBody>;

/** The township or the county records whether a commitment was kept. */
export const settleBody = z.object({
  state: z.enum(['kept', 'not_kept'], { message: '请选择已兑现或未兑现' }),
  settledOn: isoDate,
  outcome: z.string().trim().min(1, { message: '请填写兑现情况' }).max(500, { message: '兑现情况不超过 500 字' }),
});
export type SettleBody = z.infer<typeof settleBody>;

export const commitmentSorts = ['dueOn', 'promisedOn', 'createdAt'] as const;

export const commitmentListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  teamId: z.uuid({ message: '工作队编号格式不正确' }).optional(),
  cadreId: z.uuid({ message: '干部编号格式不正确' }).optional(),
  state: z.enum([...commitmentStates.codes, 'overdue'], { message: '状态不存在' }).optional(),
  dueBefore: isoDate.optional(),
  sort: z.enum(commitmentSorts).default('dueOn'),
  order: sortOrder,
});
export type CommitmentListQuery = z.infer<typeof commitmentListQuery>;
export const commitmentExportQuery = commitmentListQuery.omit({ page: true, pageSize: true });
export type CommitmentExportQuery = z.infer<typeof commitmentExportQuery>;

export const commitmentView = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string().nullable(),
  cadreId: z.string(),
  cadreName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  content: z.string(),
  promisedOn: z.string(),
  dueOn: z.string(),
  state: z.enum(commitmentStates.codes),
  overdue: z.boolean(),
  settledOn: z.string().nullable(),
  outcome: z.string().nullable(),
  createdAt: z.string(),
});
export type CommitmentView = z.infer<typeof commitmentView>;
export const commitmentList = listOf(commitmentView);

export const ledgerYearQuery = z.object({ year: year.optional() });
export type LedgerYearQuery = z.infer<typeof ledgerYearQuery>;
export const cadreParam = z.object({ cadreId: z.uuid({ message: '编号格式不正确' }) });

export const ledgerListQuery = pageQuery.extend({ year: year.optional(), divisionCode: divisionCodeSchema.optional() });
export type LedgerListQuery = z.infer<typeof ledgerListQuery>;

export const ledgerEntry = z.object({
  /** The membership: a cadre may lead two teams in one year. */
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  commitments: z.number().int(),
  kept: z.number().int(),
  overdue: z.number().int(),
});
export type LedgerEntry = z.infer<typeof ledgerEntry>;
export const ledgerList = listOf(ledgerEntry);

export const workLine = z.object({
  key: z.string(),
  label: z.string(),
  months: z.array(z.number().int()),
  total: z.number().int(),
  href: z.string(),
});
export type WorkLine = z.infer<typeof workLine>;

export const massSummary = z.object({
  total: z.number().int(),
  sufficient: z.boolean(),
  counts: z.record(z.enum(satisfactions.codes), z.number().int()).nullable(),
});
export type MassSummary = z.infer<typeof massSummary>;

export const cadreLedger = z.object({
  year: z.number().int(),
  cadre: z.object({ id: z.string(), name: z.string(), unitName: z.string().nullable() }),
  team: z.object({ id: z.string(), name: z.string(), termStart: z.string(), termEnd: z.string().nullable(), role: z.string() }).nullable(),
  village: z.object({ divisionCode: z.string(), name: z.string().nullable() }).nullable(),
  work: z.array(workLine),
  commitments: z.array(commitmentView),
  commitmentCounts: z.object({ total: z.number().int(), kept: z.number().int(), notKept: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
  mass: massSummary.nullable(),
  inspections: z.object({ checks: z.number().int(), absent: z.number().int(), criticisms: z.number().int() }),
  abilities: z.object({ addCommitment: z.boolean(), settle: z.boolean(), export: z.boolean() }),
});
export type CadreLedger = z.infer<typeof cadreLedger>;
