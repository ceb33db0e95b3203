import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { insertClass } from './village-classes.fixture.ts';

/** Classes of 拖车村 for three past years: one to read and edit, one to delete; the unit inside backs the first. */
export const matrixFixtures: MatrixFixtures = async (w) => ({
  villageClass: await insertClass(w.deps, { divisionCode: w.places.naguVillage, year: 2019, backingUnitIds: [w.units.inside] }),
  villageClassDeleting: await insertClass(w.deps, { divisionCode: w.places.naguVillage, year: 2018 }),
});

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const nonReaders: MatrixCase[] = [
  ['paired_cadre', 'in', 403],
  ['service_station', 'in', 403],
  ['campaign_admin', 'in', 403],
  ['branch_secretary', 'in', 403],
];
const readers = (inside: number, outside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['county_org', 'in', inside],
  ['county_org', 'out', outside],
  ['rural_office', 'in', inside],
  ['township_party', 'in', inside],
  ['township_party', 'out', outside],
  ['city_org', 'in', inside],
  ['discipline', 'in', inside],
  ['unit_party', 'in', inside],
  ['unit_party', 'out', outside],
  ['team_leader', 'in', inside],
  ['team_member', 'in', inside],
  ['viewer', 'in', inside],
  ['viewer', 'out', outside],
  ...nonReaders,
  ...admins,
];
const exporters: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['rural_office', 'in', 200],
  ['township_party', 'in', 200],
  ['city_org', 'in', 200],
  ['viewer', 'in', 200],
  ['discipline', 'in', 403],
  ['unit_party', 'in', 403],
  ['team_leader', 'in', 403],
  ...nonReaders,
  ...admins,
];
/** Refused before any write: no session, no permission, or the village outside the region. */
const refused: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'out', 404],
  ['rural_office', 'out', 404],
  ['township_party', 'in', 403],
  ['city_org', 'in', 403],
  ['unit_party', 'in', 403],
  ['team_leader', 'in', 403],
  ['viewer', 'in', 403],
  ...nonReaders,
  ...admins,
];

const one = (w: MatrixWorld) => `/api/village-classes/${w.ids.villageClass}`;
const classBody = (year: number) => (w: MatrixWorld) => ({
  divisionCode: w.places.naguVillage,
  year,
  classCode: 'infrastructure',
  otherFactors: [],
  reason: '通组道路未硬化',
  supportPlan: '硬化通组道路',
  backingUnitIds: [w.units.inside],
});
const change = () => ({ classCode: 'organization', otherFactors: [], reason: '村党支部班子不齐', supportPlan: '选优配强班子', backingUnitIds: [] });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/village-classes', method: 'GET', url: () => '/api/village-classes' }, readers(200, 200)),
  ...cases({ route: '/api/village-classes/export', method: 'GET', url: () => '/api/village-classes/export' }, exporters),
  ...cases({ route: '/api/village-classes/summary', method: 'GET', url: () => '/api/village-classes/summary' }, readers(200, 200)),
  ...cases({ route: '/api/village-classes/:id', method: 'GET', url: one }, readers(200, 404)),
  ...cases({ route: '/api/villages/:code/profile', method: 'GET', url: (w) => `/api/villages/${w.places.naguVillage}/profile` }, readers(200, 404)),
  ...cases({ route: '/api/village-classes', method: 'POST', url: () => '/api/village-classes', body: classBody(2017) }, [
    ...refused,
    ['county_org', 'in', 201],
    ['rural_office', 'in', 409],
  ]),
  ...cases({ route: '/api/village-classes', method: 'POST', url: () => '/api/village-classes', body: classBody(2016) }, [['rural_office', 'in', 201]]),
  ...cases({ route: '/api/village-classes/:id', method: 'PUT', url: one, body: change }, [...refused, ['county_org', 'in', 200], ['rural_office', 'in', 200]]),
  ...cases({ route: '/api/village-classes/:id', method: 'DELETE', url: (w) => `/api/village-classes/${w.ids.villageClassDeleting}` }, [
    ...refused,
    ['rural_office', 'in', 204],
    ['county_org', 'in', 404],
  ]),
];
