import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { storeFile } from '../../platform/files/files.ts';
import { insertBranch, insertRecord, insertReport, samplePng } from './org-life.fixture.ts';

/** A temporary branch in 拖车村 kept by the "in" unit, with one weekly study and its photo; nobody who signs in sits on it. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const branch = await insertBranch(w.deps, { divisionCode: w.places.naguVillage, unitId: w.units.inside, name: '矩阵测试临时党支部' });
  const recordId = await insertRecord(w.deps, { orgId: branch.orgId, divisionCode: w.places.naguVillage });
  const photo = await storeFile(
    w.deps.db,
    { ownerType: 'org_life:photo', ownerId: recordId, divisionCode: w.places.naguVillage, fileName: '学习.png', content: samplePng, uploadedBy: null },
    { maxBytes: 1_000_000 },
  );
  return {
    orgLifeBranch: branch.orgId,
    orgLifeSecretary: branch.secretary,
    orgLifeRecord: recordId,
    orgLifePhoto: photo.id,
    orgLifeReport: await insertReport(w.deps, { orgId: branch.orgId, divisionCode: w.places.naguVillage }),
  };
};

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const nonReaders: MatrixCase[] = [
  ['paired_cadre', 'in', 403],
  ['service_station', 'in', 403],
  ['rural_office', 'in', 403],
  ...admins,
];
const readers = (inside: number, outside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['county_org', 'in', inside],
  ['city_org', 'in', inside],
  ['township_party', 'in', inside],
  ['unit_party', 'in', inside],
  ['team_leader', 'in', inside],
  ['team_member', 'in', inside],
  ['branch_secretary', 'in', inside],
  ['viewer', 'in', inside],
  ['discipline', 'in', inside],
  ['viewer', 'out', outside],
  ['county_org', 'out', outside],
  ['unit_party', 'out', outside],
  ...nonReaders,
];
/** Writes: the keepers of the organization in its place or unit; readers without a seat on its committee are refused. */
const writers = (ok: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['county_org', 'in', ok],
  ['city_org', 'in', ok],
  ['unit_party', 'in', ok],
  ['team_leader', 'in', 403],
  ['branch_secretary', 'in', 403],
  ['viewer', 'in', 403],
  ['county_org', 'out', 404],
  ['unit_party', 'out', 404],
  ...nonReaders,
];

const record = (w: MatrixWorld) => ({
  partyOrgId: w.ids.orgLifeBranch,
  kind: 'weekly_study',
  heldOn: '2025-06-09',
  topic: '学习防止返贫动态监测政策',
  attendeeIds: [w.ids.orgLifeSecretary],
});
const branch = (w: MatrixWorld) => w.ids.orgLifeBranch!;
const one = (w: MatrixWorld) => `/api/org-life/${w.ids.orgLifeRecord}`;
let period = 0;
// Each issuing row takes a month of its own, so the once-per-period rule does not answer first.
const nextMonth = () => ({ kind: 'monthly_report', period: `2024-${String((period++ % 12) + 1).padStart(2, '0')}` });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/org-life', method: 'GET', url: () => '/api/org-life' }, readers(200, 200)),
  ...cases({ route: '/api/org-life/export', method: 'GET', url: () => '/api/org-life/export' }, readers(200, 200)),
  ...cases({ route: '/api/org-life/:id', method: 'GET', url: one }, readers(200, 404)),
  ...cases({ route: '/api/org-life/members/:partyOrgId', method: 'GET', url: (w) => `/api/org-life/members/${branch(w)}` }, readers(200, 404)),
  ...cases({ route: '/api/org-life', method: 'POST', url: () => '/api/org-life', body: record }, writers(201)),
  ...cases({ route: '/api/org-life/:id', method: 'PUT', url: one, body: (w) => ({ ...record(w), partyOrgId: undefined }) }, writers(200)),
  ...cases({ route: '/api/org-life/frequencies', method: 'GET', url: (w) => `/api/org-life/frequencies?partyOrgId=${branch(w)}` }, readers(200, 404)),
  ...cases({ route: '/api/org-life/frequencies', method: 'PUT', url: (w) => `/api/org-life/frequencies?partyOrgId=${branch(w)}`, body: () => ({ items: [] }) }, writers(200)),
  ...cases({ route: '/api/six-ones', method: 'GET', url: () => '/api/six-ones?year=2025' }, readers(200, 200)),
  ...cases({ route: '/api/six-ones', method: 'GET', url: (w) => `/api/six-ones?partyOrgId=${branch(w)}&year=2025` }, readers(200, 404)),
  ...cases({ route: '/api/six-ones/:partyOrgId/reports', method: 'GET', url: (w) => `/api/six-ones/${branch(w)}/reports` }, readers(200, 404)),
  ...cases(
    { route: '/api/six-ones/:partyOrgId/reports/preview', method: 'GET', url: (w) => `/api/six-ones/${branch(w)}/reports/preview?kind=weekly_notice&period=2025-W23` },
    readers(200, 404),
  ),
  ...cases({ route: '/api/six-ones/:partyOrgId/reports', method: 'POST', url: (w) => `/api/six-ones/${branch(w)}/reports`, body: nextMonth }, writers(201)),
  ...cases({ route: '/api/six-ones/:partyOrgId/reports/:reportId', method: 'GET', url: (w) => `/api/six-ones/${branch(w)}/reports/${w.ids.orgLifeReport}` }, readers(200, 404)),
  ...cases({ route: '/api/org-life/:id/photos/:fileId', method: 'GET', url: (w) => `${one(w)}/photos/${w.ids.orgLifePhoto}` }, readers(200, 404)),
  // Without a multipart body the upload stops at 400 once the record and the caller have passed.
  ...cases({ route: '/api/org-life/:id/photos', method: 'POST', url: (w) => `${one(w)}/photos` }, writers(400)),
  ...cases({ route: '/api/org-life/:id/photos/:fileId', method: 'DELETE', url: (w) => `${one(w)}/photos/${w.ids.orgLifePhoto}` }, [
    ...writers(204).filter(([, , status]) => status !== 204),
    ['unit_party', 'in', 204],
  ]),
  // The refusals first: the one permitted delete removes the record.
  ...cases({ route: '/api/org-life/:id', method: 'DELETE', url: one }, [...writers(204).filter(([, , status]) => status !== 204), ['county_org', 'in', 204]]),
];
