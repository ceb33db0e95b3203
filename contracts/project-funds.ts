import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { workflowView } from './workflow.ts';
import { fundSourceKinds } from './project-codes.ts';

import { centsToMoney, formatMoney, toCents } from './money.ts';

export { toCents, centsToMoney as fromCents };

/** The sum in cents of amounts written as strings. */
export function sumCents(values: readonly string[]): number {
  return values.reduce((total, value) => total + toCents(value), 0);
}

/** "¥12,345.60" as a message shows it. */
export function formatYuan(cents: number): string {
  return formatMoney(cents);
}

/** Money travels as a string with at most two decimals ("1234.56"), so no cent is lost on the way. */
export const moneyText = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: '金额格式应为数字，最多两位小数' });

const positiveMoney = moneyText.refine((value) => Number(value) > 0, { message: '金额须大于 0' });

const fundSourceKind = z.enum(fundSourceKinds.codes, { message: '请选择资金来源类型' });

export const allocationBody = z.object({
  fundSourceId: z.uuid({ message: '请选择资金来源' }),
  allocatedOn: isoDate,
  amount: positiveMoney,
  document: z.string().trim().max(200, { message: '下达文号不超过 200 字' }).optional(),
});
export type AllocationBody = z.infer<typeof allocationBody>;

export const allocationView = z.object({
  id: z.string(),
  projectId: z.string(),
  fundSourceId: z.string(),
  sourceKind: fundSourceKind,
  funder: z.string(),
  allocatedOn: z.string(),
  amount: z.string(),
  document: z.string().nullable(),
  createdAt: z.string(),
});
export type AllocationView = z.infer<typeof allocationView>;

export const paymentBody = z.object({
  fundSourceId: z.uuid({ message: '请选择资金来源' }),
  paidOn: isoDate,
  amount: positiveMoney,
  payee: z.string().trim().min(1, { message: '请填写收款方' }).max(200, { message: '收款方不超过 200 字' }),
  purpose: z.string().trim().min(1, { message: '请填写用途' }).max(500, { message: '用途不超过 500 字' }),
  voucherNo: z.string().trim().max(100, { message: '凭证号不超过 100 字' }).optional(),
});
export type PaymentBody = z.infer<typeof paymentBody>;

export const paymentView = z.object({
  id: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  fundSourceId: z.string(),
  sourceKind: fundSourceKind,
  funder: z.string(),
  paidOn: z.string(),
  amount: z.string(),
  payee: z.string(),
  purpose: z.string(),
  voucherNo: z.string().nullable(),
  createdAt: z.string(),
});
export type PaymentView = z.infer<typeof paymentView>;

export const ledgerSourceView = z.object({
  fundSourceId: z.string(),
  kind: fundSourceKind,
  funder: z.string(),
  amount: z.string(),
  allocated: z.string(),
  paid: z.string(),
  remaining: z.string(),
});

export const ledgerView = z.object({
  projectId: z.string(),
  projectState: z.string(),
  approvedBudget: z.string().nullable(),
  sources: z.array(ledgerSourceView),
  totals: z.object({ amount: z.string(), allocated: z.string(), paid: z.string(), remaining: z.string() }),
  /** Sum of the sources equals the approved budget. */
  reconciles: z.boolean(),
  abilities: z.object({ record: z.boolean(), pay: z.boolean(), adjust: z.boolean() }),
});
export type LedgerView = z.infer<typeof ledgerView>;

export const fundListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  projectId: z.uuid({ message: '编号格式不正确' }).optional(),
  sourceKind: fundSourceKind.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['paidOn', 'amount']).default('paidOn'),
  order: sortOrder.default('desc'),
});
export type FundListQuery = z.infer<typeof fundListQuery>;
export const fundExportQuery = fundListQuery.omit({ page: true, pageSize: true });
export type FundExportQuery = z.infer<typeof fundExportQuery>;
export const paymentList = listOf(paymentView);

export const adjustmentSourceBody = z.object({
  fundSourceId: z.uuid({ message: '编号格式不正确' }).optional(),
  kind: fundSourceKind,
  funder: z.string().trim().min(1, { message: '请填写出资方' }).max(200, { message: '出资方不超过 200 字' }),
  amount: moneyText,
});
export type AdjustmentSourceBody = z.infer<typeof adjustmentSourceBody>;

export const budgetAdjustmentBody = z.object({
  newBudget: positiveMoney,
  sources: z.array(adjustmentSourceBody).min(1, { message: '至少一项资金来源' }).max(20, { message: '资金来源不超过 20 项' }),
  reason: z.string().trim().min(2, { message: '调整理由至少 2 个字' }).max(1000, { message: '调整理由不超过 1000 字' }),
});
export type BudgetAdjustmentBody = z.infer<typeof budgetAdjustmentBody>;

export const budgetAdjustmentStates = ['township_review', 'county_review', 'approved', 'rejected', 'withdrawn'] as const;
export type BudgetAdjustmentState = (typeof budgetAdjustmentStates)[number];

export const budgetAdjustmentView = z.object({
  id: z.string(),
  projectId: z.string(),
  previousBudget: z.string(),
  newBudget: z.string(),
  sources: z.array(adjustmentSourceBody.extend({ fundSourceId: z.string().nullable() })),
  reason: z.string(),
  state: z.enum(budgetAdjustmentStates),
  createdAt: z.string(),
  workflow: workflowView.nullable(),
});
export type BudgetAdjustmentView = z.infer<typeof budgetAdjustmentView>;
