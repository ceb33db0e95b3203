import { eq } from 'drizzle-orm';
import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createUnit } from '../../test/factories.ts';
import { campaignTasks } from './campaigns.schema.ts';
import { insertCampaign, insertEntry, insertOrganBranch, insertTarget, insertTask } from './campaigns.fixture.ts';
import { analysisMatrixFixtures, analysisMatrixRows } from './campaign-analysis.matrix.ts';

/**
 * A running campaign in 会泽县 with the inside unit in its plan, one organ branch of that unit (no
 * secretary signs in), three open tasks and two ledger entries in 拖车村.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const campaign = await insertCampaign(w.deps, { divisionCode: w.places.huize });
  const unit = w.units.inside;
  const village = w.places.naguVillage;
  await insertTarget(w.deps, campaign, unit, 'branch_village', 3);
  const spare = (await createUnit(w.deps, { name: '会泽县矩阵备用局', divisionCode: w.places.huize })).id;
  await insertTarget(w.deps, campaign, spare, 'member_service', 10);
  const branch = await insertOrganBranch(w.deps, { unitId: unit, divisionCode: w.places.huize, name: '矩阵测试机关支部' });
  const toFinish = await insertTask(w.deps, { campaignId: campaign, unitId: unit, villageCode: village });
  await w.deps.db.update(campaignTasks).set({ state: 'assigned', branchId: branch }).where(eq(campaignTasks.id, toFinish));
  return {
    campaign,
    campaignBranch: branch,
    campaignSpareUnit: spare,
    campaignTaskToClaim: await insertTask(w.deps, { campaignId: campaign, unitId: unit, villageCode: village }),
    campaignTaskToAssign: await insertTask(w.deps, { campaignId: campaign, unitId: unit, villageCode: village }),
    campaignTaskToFinish: toFinish,
    campaignEntry: await insertEntry(w.deps, { campaignId: campaign, unitId: unit, branchId: branch, villageCode: village }),
    campaignEntryToDelete: await insertEntry(w.deps, { campaignId: campaign, unitId: unit, branchId: branch, villageCode: village }),
    // The statistics and assessment rows share the module's one matrix file.
    ...(await analysisMatrixFixtures(w)),
  };
};

type Case = Parameters<typeof cases>[1][number];
const base = (w: MatrixWorld) => `/api/campaigns/${w.ids.campaign}`;
const noGrant: Case[] = [
  [null, 'anonymous', 401],
  ['team_member', 'in', 403],
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
const readers = (inside: number, outside: number): Case[] => [
  ...noGrant,
  ['campaign_admin', 'in', inside],
  ['campaign_admin', 'out', outside],
  ['unit_party', 'in', inside],
  ['unit_party', 'out', outside],
  ['branch_secretary', 'in', inside],
  ['county_org', 'in', inside],
  ['county_org', 'out', outside],
  ['city_org', 'in', inside],
  ['viewer', 'in', inside],
  ['viewer', 'out', outside],
];
const exporters: Case[] = [
  ...noGrant,
  ['campaign_admin', 'in', 200],
  ['campaign_admin', 'out', 404],
  ['unit_party', 'in', 200],
  ['unit_party', 'out', 404],
  ['county_org', 'in', 200],
  ['city_org', 'in', 200],
  ['branch_secretary', 'in', 403],
  ['viewer', 'in', 403],
];
/** Changes to the campaign and its plan are the committee's. */
const managers = (success: number): Case[] => [
  ...noGrant,
  ['unit_party', 'in', 403],
  ['county_org', 'in', 403],
  ['branch_secretary', 'in', 403],
  ['viewer', 'in', 403],
  ['campaign_admin', 'out', 404],
  ['campaign_admin', 'in', success],
];
/** What a unit does for its branches: the committee and the regions may not; a secretary without a branch finds nothing. */
const unitActs = (success: number, secretary: number): Case[] => [
  ...noGrant,
  ['campaign_admin', 'in', 403],
  ['county_org', 'in', 403],
  ['viewer', 'in', 403],
  ['unit_party', 'out', 404],
  ['branch_secretary', 'in', secretary],
  ['unit_party', 'in', success],
];

const campaignBody = (w: MatrixWorld) => ({
  name: w.unique('矩阵行动'),
  year: 2025,
  divisionCode: w.places.huize,
  lines: ['branch_village', 'member_service'],
  startsOn: '2025-01-01',
  endsOn: '2026-12-31',
});
const entryBody = (w: MatrixWorld) => ({
  line: 'branch_village',
  branchId: w.ids.campaignBranch,
  personName: '矩阵帮扶人',
  villageCode: w.places.naguVillage,
  happenedOn: '2025-06-01',
  description: '走访座谈',
  personTimes: 2,
  problemsSolved: 1,
  policyItems: 0,
  technicalServices: 0,
  ideas: 0,
  projects: 0,
  funds: '0',
});
const branchBody = (w: MatrixWorld) => ({ branchId: w.ids.campaignBranch });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/campaigns', method: 'GET', url: () => '/api/campaigns' }, readers(200, 200)),
  ...cases({ route: '/api/campaigns', method: 'POST', url: () => '/api/campaigns', body: campaignBody }, [
    ...noGrant,
    ['unit_party', 'in', 403],
    ['county_org', 'in', 403],
    // Outside its region the place is not the administrator's to name.
    ['campaign_admin', 'out', 400],
    ['campaign_admin', 'in', 201],
  ]),
  ...cases({ route: '/api/campaigns/:id', method: 'GET', url: base }, readers(200, 404)),
  ...cases({ route: '/api/campaigns/:id', method: 'PUT', url: base, body: (w) => ({ ...campaignBody(w), lines: ['branch_village', 'secretary_household', 'leader_stay', 'professional_visit', 'member_service'], name: '矩阵“五千行动”' }) }, managers(200)),
  // The campaign already runs: the step is refused after the caller is let through.
  ...cases({ route: '/api/campaigns/:id/status', method: 'POST', url: (w) => `${base(w)}/status`, body: () => ({ status: 'running' }) }, managers(409)),
  ...cases({ route: '/api/campaigns/:id/targets', method: 'GET', url: (w) => `${base(w)}/targets` }, readers(200, 404)),
  ...cases({ route: '/api/campaigns/:id/targets/export', method: 'GET', url: (w) => `${base(w)}/targets/export` }, exporters),
  ...cases(
    { route: '/api/campaigns/:id/targets/:unitId', method: 'PUT', url: (w) => `${base(w)}/targets/${w.units.inside}`, body: () => ({ targets: { branch_village: 4 } }) },
    managers(200),
  ),
  ...cases({ route: '/api/campaigns/:id/targets/:unitId', method: 'DELETE', url: (w) => `${base(w)}/targets/${w.ids.campaignSpareUnit}` }, managers(204)),
  ...cases({ route: '/api/campaigns/:id/branches', method: 'GET', url: (w) => `${base(w)}/branches` }, readers(200, 404)),
  ...cases({ route: '/api/campaigns/:id/tasks', method: 'GET', url: (w) => `${base(w)}/tasks` }, readers(200, 404)),
  ...cases({ route: '/api/campaigns/:id/tasks/export', method: 'GET', url: (w) => `${base(w)}/tasks/export` }, exporters),
  ...cases(
    {
      route: '/api/campaigns/:id/tasks',
      method: 'POST',
      url: (w) => `${base(w)}/tasks`,
      body: (w) => ({ unitId: w.units.inside, line: 'branch_village', title: '矩阵结对帮村', villageCode: w.places.naguVillage }),
    },
    [...noGrant, ['county_org', 'in', 403], ['branch_secretary', 'in', 403], ['viewer', 'in', 403], ['campaign_admin', 'out', 404], ['unit_party', 'out', 404], ['campaign_admin', 'in', 201], ['unit_party', 'in', 201]],
  ),
  ...cases({ route: '/api/campaigns/:id/tasks/:taskId/claim', method: 'POST', url: (w) => `${base(w)}/tasks/${w.ids.campaignTaskToClaim}/claim`, body: branchBody }, unitActs(200, 404)),
  ...cases({ route: '/api/campaigns/:id/tasks/:taskId/assign', method: 'POST', url: (w) => `${base(w)}/tasks/${w.ids.campaignTaskToAssign}/assign`, body: branchBody }, unitActs(200, 404)),
  ...cases(
    { route: '/api/campaigns/:id/tasks/:taskId/done', method: 'POST', url: (w) => `${base(w)}/tasks/${w.ids.campaignTaskToFinish}/done`, body: () => ({ doneOn: '2025-08-01' }) },
    unitActs(200, 404),
  ),
  ...cases({ route: '/api/campaigns/:id/ledger', method: 'GET', url: (w) => `${base(w)}/ledger` }, readers(200, 404)),
  ...cases({ route: '/api/campaigns/:id/ledger/export', method: 'GET', url: (w) => `${base(w)}/ledger/export` }, exporters),
  ...cases({ route: '/api/campaigns/:id/ledger', method: 'POST', url: (w) => `${base(w)}/ledger`, body: entryBody }, unitActs(201, 403)),
  ...cases({ route: '/api/campaigns/:id/ledger/:entryId', method: 'PUT', url: (w) => `${base(w)}/ledger/${w.ids.campaignEntry}`, body: entryBody }, unitActs(200, 404)),
  ...cases({ route: '/api/campaigns/:id/ledger/:entryId', method: 'DELETE', url: (w) => `${base(w)}/ledger/${w.ids.campaignEntryToDelete}` }, unitActs(204, 404)),
  ...analysisMatrixRows,
];
