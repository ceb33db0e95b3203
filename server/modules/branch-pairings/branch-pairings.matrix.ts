import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { branchPairingActivities, redFlagProgress } from './branch-pairings.schema.ts';
import { insertBranch, insertPairing } from './branch-pairings.fixture.ts';

/**
 * Organ branches of the Huize unit and a branch of 拖车村: one pairing to read and edit, one to end,
 * one that has applied and assessed itself (for the township's review), and an activity to delete.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const organ = (name: string) => insertBranch(w.deps, { name: w.unique(name), divisionCode: w.places.huize, unitId: w.units.inside });
  const village = await insertBranch(w.deps, { name: '中共拖车村矩阵支部委员会', divisionCode: w.places.naguVillage });
  const place = { villageBranchId: village, unitId: w.units.inside, divisionCode: w.places.naguVillage };
  const pairing = await insertPairing(w.deps, { ...place, organBranchId: await organ('矩阵机关第一党支部') });
  const ending = await insertPairing(w.deps, { ...place, organBranchId: await organ('矩阵机关第二党支部') });
  const reviewing = await insertPairing(w.deps, { ...place, organBranchId: await organ('矩阵机关第三党支部') });
  await w.deps.db.insert(redFlagProgress).values([
    { pairingId: reviewing, step: 'applied', reachedOn: '2020-05-01' },
    { pairingId: reviewing, step: 'self_assessed', reachedOn: '2020-06-01' },
  ]);
  const [activity] = await w.deps.db
    .insert(branchPairingActivities)
    .values({ pairingId: pairing, divisionCode: w.places.naguVillage, kind: 'equipment', happenedOn: '2020-05-01', description: '购置电脑' })
    .returning({ id: branchPairingActivities.id });
  return {
    branchPairing: pairing,
    branchPairingEnding: ending,
    branchPairingReviewing: reviewing,
    branchPairingActivity: activity!.id,
    branchPairingVillage: village,
    branchPairingOrganA: await organ('矩阵机关第四党支部'),
    branchPairingOrganB: await organ('矩阵机关第五党支部'),
  };
};

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const nonReaders: MatrixCase[] = [
  ['team_member', 'in', 403],
  ['paired_cadre', 'in', 403],
  ['rural_office', 'in', 403],
  ['discipline', 'in', 403],
  ['service_station', 'in', 403],
];
const readers = (inside: number, outside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['unit_party', 'in', inside],
  ['unit_party', 'out', outside],
  ['township_party', 'in', inside],
  ['township_party', 'out', outside],
  ['county_org', 'in', inside],
  ['county_org', 'out', outside],
  ['city_org', 'in', inside],
  ['campaign_admin', 'in', inside],
  ['branch_secretary', 'in', inside],
  ['team_leader', 'in', inside],
  ['viewer', 'in', inside],
  ['viewer', 'out', outside],
  ...nonReaders,
  ...admins,
];
const exporters: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['unit_party', 'in', 200],
  ['township_party', 'in', 200],
  ['county_org', 'in', 200],
  ['county_org', 'out', 200],
  ['city_org', 'in', 200],
  ['campaign_admin', 'in', 200],
  ['branch_secretary', 'in', 403],
  ['viewer', 'in', 403],
  ['team_leader', 'in', 403],
  ...nonReaders,
  ...admins,
];
/** Refused before any write: no session, no permission, the pairing out of reach, or not theirs to keep. */
const refused: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['unit_party', 'out', 404],
  ['county_org', 'out', 404],
  ['township_party', 'in', 403],
  ['branch_secretary', 'in', 403],
  ['campaign_admin', 'in', 403],
  ['viewer', 'in', 403],
  ...nonReaders,
  ...admins,
];
const newPairingRefused: MatrixCase[] = refused
  .filter(([, scope]) => scope !== 'out')
  .concat([
    ['unit_party', 'out', 403],
    ['county_org', 'out', 403],
  ]);

const one = (w: MatrixWorld) => `/api/branch-pairings/${w.ids.branchPairing}`;
const newPairing = (organ: string) => (w: MatrixWorld) => ({ organBranchId: w.ids[organ], villageBranchId: w.ids.branchPairingVillage, startedOn: '2021-03-01', goals: '共建' });
const activity = () => ({ kind: 'publicity', happenedOn: '2020-08-01', description: '新建党建宣传栏', quantity: '2', measure: '块' });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/branch-pairings', method: 'GET', url: () => '/api/branch-pairings' }, readers(200, 200)),
  ...cases({ route: '/api/branch-pairings/export', method: 'GET', url: () => '/api/branch-pairings/export' }, exporters),
  ...cases({ route: '/api/branch-pairings/summary', method: 'GET', url: () => '/api/branch-pairings/summary' }, readers(200, 200)),
  ...cases({ route: '/api/branch-pairings/candidates', method: 'GET', url: () => '/api/branch-pairings/candidates?side=village' }, [
    [null, 'anonymous', 401],
    ['unit_party', 'in', 200],
    ['county_org', 'in', 200],
    ['branch_secretary', 'in', 200],
    ['township_party', 'in', 403],
    ['viewer', 'in', 403],
    ...nonReaders,
    ...admins,
  ]),
  ...cases({ route: '/api/branch-pairings/:id', method: 'GET', url: one }, readers(200, 404)),
  ...cases({ route: '/api/branch-pairings/:id/activities', method: 'GET', url: (w) => `${one(w)}/activities` }, readers(200, 404)),
  ...cases({ route: '/api/branch-pairings', method: 'POST', url: () => '/api/branch-pairings', body: newPairing('branchPairingOrganA') }, [
    ...newPairingRefused,
    ['unit_party', 'in', 201],
    ['county_org', 'in', 409],
  ]),
  ...cases({ route: '/api/branch-pairings', method: 'POST', url: () => '/api/branch-pairings', body: newPairing('branchPairingOrganB') }, [['county_org', 'in', 201]]),
  ...cases({ route: '/api/branch-pairings/:id', method: 'PUT', url: one, body: () => ({ startedOn: '2020-04-01', goals: '建强村党支部（矩阵）' }) }, [
    ...refused,
    ['unit_party', 'in', 200],
    ['county_org', 'in', 200],
  ]),
  ...cases({ route: '/api/branch-pairings/:id/activities', method: 'POST', url: (w) => `${one(w)}/activities`, body: activity }, [
    ...refused,
    ['unit_party', 'in', 201],
    ['county_org', 'in', 201],
  ]),
  ...cases(
    { route: '/api/branch-pairings/:id/activities/:activityId', method: 'DELETE', url: (w) => `${one(w)}/activities/${w.ids.branchPairingActivity}` },
    [...refused, ['county_org', 'in', 204], ['unit_party', 'in', 404]],
  ),
  ...cases({ route: '/api/branch-pairings/:id/end', method: 'POST', url: (w) => `/api/branch-pairings/${w.ids.branchPairingEnding}/end`, body: () => ({ endedOn: '2021-12-31' }) }, [
    ...refused,
    ['unit_party', 'in', 200],
    ['county_org', 'in', 409],
  ]),
  ...cases({ route: '/api/branch-pairings/:id/red-flag', method: 'POST', url: (w) => `${one(w)}/red-flag`, body: () => ({ step: 'applied', reachedOn: '2020-05-01' }) }, [
    ...refused,
    ['county_org', 'in', 403],
    ['unit_party', 'in', 200],
    ['unit_party', 'in', 409],
  ]),
  ...cases(
    { route: '/api/branch-pairings/:id/red-flag', method: 'POST', url: (w) => `/api/branch-pairings/${w.ids.branchPairingReviewing}/red-flag`, body: () => ({ step: 'township_reviewed', reachedOn: '2020-07-01' }) },
    [
      [null, 'anonymous', 401],
      ['township_party', 'out', 404],
      ['unit_party', 'in', 403],
      ['county_org', 'in', 403],
      ['viewer', 'in', 403],
      ['township_party', 'in', 200],
      ['township_party', 'in', 409],
    ],
  ),
];
