import type { ModuleDefinition } from '../../platform/http/module.ts';
import { projectFundRoutes } from './project-funds.routes.ts';

export { projectAllocations, projectPayments, budgetAdjustments } from './project-funds.schema.ts';
export { paidBySource, fundTotals, projectScopeCondition } from './project-funds.repository.ts';
export type { FundTotalsRow } from './project-funds.repository.ts';
export { toCents, fromCents, sumCents, formatYuan } from './project-funds.rules.ts';
export { recordPayment, recordAllocation, getLedger } from './project-funds.service.ts';
export { requestAdjustment, actOnAdjustment } from './budget-adjustments.service.ts';
export { budgetAdjustmentWorkflow } from './project-funds.workflow.ts';

export const projectFundPermissions = ['funds.read', 'funds.record', 'funds.adjust'] as const;

const readers = ['funds.read'] as const;

/** The county's rural office (and the township's finance) records money; the village asks for an adjustment. */
export const projectFundsModule: ModuleDefinition = {
  name: 'project-funds',
  permissions: projectFundPermissions,
  grants: {
    rural_office: ['funds.read', 'funds.record', 'funds.adjust'],
    township_party: ['funds.read', 'funds.record'],
    team_leader: ['funds.read', 'funds.adjust'],
    team_member: readers,
    county_org: readers,
    city_org: readers,
    discipline: readers,
    unit_party: readers,
    viewer: readers,
  },
  routes: projectFundRoutes,
};
