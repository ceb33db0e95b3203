import { defineErrors } from '../../platform/errors/app-error.ts';

export const demandErrors = defineErrors({
  DEMAND_STATE: { status: 409, zh: '该诉求当前状态为“{state}”，不能{action}，请刷新后查看', en: 'The demand is {state}; it cannot be {action}' },
  DEMAND_NOT_ASSIGNEE: { status: 403, zh: '只有承办干部或有分派权限的人员可以办结该诉求', en: 'Only the assigned cadre or an assigner may solve this demand' },
});
