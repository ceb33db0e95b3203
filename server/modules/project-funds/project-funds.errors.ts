import { defineErrors } from '../../platform/errors/app-error.ts';

export const fundErrors = defineErrors({
  PAYMENT_OVER_BUDGET: { status: 409, zh: '超出批复预算：尚可拨付 {remaining}', en: 'Over the approved budget: {remaining} left' },
  PAYMENT_OVER_SOURCE: { status: 409, zh: '超出该资金来源额度：尚可拨付 {remaining}', en: 'Over the fund source: {remaining} left' },
  PAYMENT_SOURCE_UNKNOWN: { status: 400, zh: '资金来源不属于本项目', en: 'The fund source is not one of the project' },
  PROJECT_NOT_PAYABLE: { status: 409, zh: '项目开工后（实施中、已完工、已验收）才能记录拨付', en: 'Payments are recorded once the project is in progress' },
  PROJECT_NOT_ALLOCATABLE: { status: 409, zh: '项目批复后才能记录资金下达', en: 'Allocations are recorded once the project is approved' },
  ALLOCATION_OVER_SOURCE: { status: 409, zh: '超出该资金来源额度：尚可下达 {remaining}', en: 'Over the fund source: {remaining} left to allocate' },
  ADJUSTMENT_NOT_ALLOWED: { status: 409, zh: '项目当前状态不能调整预算', en: 'The budget cannot be adjusted in this state' },
  ADJUSTMENT_OPEN: { status: 409, zh: '已有一项预算调整在审批中', en: 'An adjustment is already under way' },
  ADJUSTMENT_BELOW_PAID: { status: 409, zh: '调整后的预算或资金来源低于已拨付金额', en: 'The new budget or a source is below what has been paid' },
});
