import { defineErrors } from '../../platform/errors/app-error.ts';

export const campaignErrors = defineErrors({
  CAMPAIGN_STATUS_STEP: { status: 409, zh: '行动状态不能从“{from}”改为“{to}”', en: 'A campaign cannot go from {from} to {to}' },
  CAMPAIGN_NOT_RUNNING: { status: 409, zh: '行动未在进行中，不能认领、分配任务或登记台账', en: 'The campaign is not running' },
  CAMPAIGN_TASK_TAKEN: { status: 409, zh: '该任务已被认领或分配', en: 'The task is already claimed or assigned' },
  CAMPAIGN_TASK_NOT_TAKEN: { status: 409, zh: '任务尚未认领或分配，或已完成', en: 'The task is not claimed or assigned, or already done' },
  CAMPAIGN_TARGETS_LOCKED: { status: 409, zh: '该单位已有任务或台账，不能移出分配方案', en: 'The unit already has tasks or ledger entries' },
});
