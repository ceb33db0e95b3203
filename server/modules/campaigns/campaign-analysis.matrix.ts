import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { defaultFormula, insertCampaign, insertLedger, insertTargets } from './campaign-statistics.fixture.ts';

/** A campaign in 会泽县 with the inside unit in its plan and two of its ledger entries in 拖车村. */
export const analysisMatrixFixtures: MatrixFixtures = async (w) => {
  const campaign = await insertCampaign(w.deps, { divisionCode: w.places.huize, name: '会泽县矩阵“五千行动”' });
  const unitId = w.units.inside;
  const villageCode = w.places.naguVillage;
  await insertTargets(w.deps, campaign, unitId, { branch_village: 2, member_service: 5 });
  await insertLedger(w.deps, campaign, [
    { unitId, line: 'branch_village', personName: '矩阵帮扶人', villageCode, happenedOn: '2025-06-01', problemsSolved: 1 },
    { unitId, line: 'member_service', personName: '矩阵帮扶人', villageCode, happenedOn: '2025-06-02', personTimes: 2 },
  ]);
  return { analysisCampaign: campaign };
};

type Case = Parameters<typeof cases>[1][number];
const base = (w: MatrixWorld) => `/api/campaigns/${w.ids.analysisCampaign}`;
const noGrant: Case[] = [
  [null, 'anonymous', 401],
  ['team_member', 'in', 403],
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
/** The committee sees every unit, a unit its own part, the departments and leaders their region's villages; a branch secretary nothing. */
const ledgerReaders = (departments: number): Case[] => [
  ...noGrant,
  ['campaign_admin', 'in', 200],
  ['campaign_admin', 'national', 200],
  ['campaign_admin', 'out', 404],
  ['unit_party', 'in', 200],
  ['unit_party', 'out', 404],
  ['county_org', 'in', departments],
  ['county_org', 'out', 404],
  ['city_org', 'in', departments],
  ['city_org', 'out', 404],
  ['branch_secretary', 'in', 404],
  ['viewer', 'in', departments],
];
const exporters = (departments: number): Case[] => [
  ...noGrant,
  ['campaign_admin', 'in', 200],
  ['campaign_admin', 'out', 404],
  ['unit_party', 'in', 200],
  ['unit_party', 'out', 404],
  ['county_org', 'in', departments],
  ['county_org', 'out', 404],
  ['city_org', 'in', departments],
  ['branch_secretary', 'in', 403],
  ['viewer', 'in', 403],
];

export const analysisMatrixRows: MatrixRow[] = [
  ...cases({ route: '/api/campaigns/:id/statistics', method: 'GET', url: (w) => `${base(w)}/statistics?groupBy=branch` }, ledgerReaders(200)),
  ...cases({ route: '/api/campaigns/:id/statistics/export', method: 'GET', url: (w) => `${base(w)}/statistics/export?groupBy=region` }, exporters(200)),
  ...cases({ route: '/api/campaigns/:id/chain', method: 'GET', url: (w) => `${base(w)}/chain?unitId=${w.units.inside}` }, ledgerReaders(200)),
  // The assessment of units is the committee's and each unit's own; the departments read the ledger only.
  ...cases({ route: '/api/campaigns/:id/assessment', method: 'GET', url: (w) => `${base(w)}/assessment` }, ledgerReaders(404)),
  ...cases({ route: '/api/campaigns/:id/assessment/export', method: 'GET', url: (w) => `${base(w)}/assessment/export` }, exporters(404)),
  ...cases({ route: '/api/campaigns/:id/assessment/formula', method: 'PUT', url: (w) => `${base(w)}/assessment/formula`, body: () => defaultFormula }, [
    ...noGrant,
    ['unit_party', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ['campaign_admin', 'out', 404],
    ['campaign_admin', 'in', 200],
  ]),
];
