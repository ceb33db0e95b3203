import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { storeFile } from '../../platform/files/files.ts';
import { visits } from './index.ts';
import { insertVillageTeam, insertVisitedHousehold } from './visits.fixture.ts';
import { VISIT_PHOTO_OWNER } from './visits.repository.ts';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('matrix')]);

/** A team in a Huize village, a household there, two visits recorded by nobody's account (one to delete), and a photo. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const member = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  await insertVillageTeam(w.deps, village, w.units.inside, [{ cadreId: member.id, role: 'member' }]);
  const household = await insertVisitedHousehold(w.deps, { divisionCode: village, householderName: '矩阵户主' });
  const [kept, removable] = await w.deps.db
    .insert(visits)
    .values([
      { householdId: household.id, divisionCode: village, cadreId: member.id, visitedOn: '2026-08-10', findings: '矩阵走访' },
      { householdId: household.id, divisionCode: village, cadreId: member.id, visitedOn: '2026-08-11', findings: '待删除' },
    ])
    .returning();
  const photo = await storeFile(
    w.deps.db,
    { ownerType: VISIT_PHOTO_OWNER, ownerId: kept!.id, divisionCode: village, fileName: '走访.png', content: png, uploadedBy: null },
    { maxBytes: w.deps.config.uploadMaxBytes },
  );
  return { visitHousehold: household.id, visitMember: member.id, visit: kept!.id, visitRemovable: removable!.id, visitPhoto: photo.id };
};

const readers: Parameters<typeof cases>[1] = [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['county_org', 'out', 200],
  ['city_org', 'in', 200],
  ['township_party', 'in', 200],
  ['rural_office', 'in', 200],
  ['discipline', 'in', 200],
  ['team_leader', 'in', 200],
  ['team_member', 'in', 200],
  ['paired_cadre', 'in', 200],
  ['viewer', 'in', 200],
  ['unit_party', 'in', 403],
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];

const inScope: Parameters<typeof cases>[1] = [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['county_org', 'out', 404],
  ['township_party', 'in', 200],
  ['rural_office', 'in', 200],
  ['team_leader', 'in', 200],
  ['team_leader', 'out', 404],
  ['team_member', 'in', 200],
  ['paired_cadre', 'in', 200],
  ['viewer', 'in', 200],
  ['viewer', 'out', 404],
  ['unit_party', 'in', 403],
  ['sys_admin', 'national', 403],
];

const url = (path: string) => () => path;
const visitUrl = (w: MatrixWorld) => `/api/visits/${w.ids.visit}`;
const photoUrl = (w: MatrixWorld) => `/api/visits/${w.ids.visit}/photos/${w.ids.visitPhoto}`;
const change = () => ({ visitedOn: '2026-08-12', findings: '矩阵修改' });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/visits', method: 'GET', url: url('/api/visits') }, readers),
  ...cases({ route: '/api/visits/export', method: 'GET', url: url('/api/visits/export') }, readers),
  ...cases({ route: '/api/visits/coverage', method: 'GET', url: url('/api/visits/coverage?quarter=2026Q3') }, readers),
  ...cases({ route: '/api/visits/coverage/households', method: 'GET', url: url('/api/visits/coverage/households?quarter=2026Q3') }, readers),
  ...cases({ route: '/api/visits/:id', method: 'GET', url: visitUrl }, inScope),
  ...cases({ route: '/api/visits/:id/photos/:fileId', method: 'GET', url: photoUrl }, inScope),
  ...cases(
    {
      route: '/api/visits',
      method: 'POST',
      url: url('/api/visits'),
      body: (w) => ({ householdId: w.ids.visitHousehold, cadreId: w.ids.visitMember, visitedOn: '2026-08-10', findings: '矩阵新增' }),
    },
    [
      [null, 'anonymous', 401],
      // A leader account linked to no cadre records for the members of the teams in its region.
      ['team_leader', 'in', 201],
      ['team_leader', 'out', 404],
      // Anyone else records only his own visits; these accounts are nobody's.
      ['team_member', 'in', 403],
      ['team_member', 'out', 404],
      ['paired_cadre', 'in', 403],
      ['county_org', 'in', 403],
      ['township_party', 'in', 403],
      ['viewer', 'in', 403],
      ['sys_admin', 'national', 403],
    ],
  ),
  ...cases({ route: '/api/visits/:id', method: 'PUT', url: visitUrl, body: change }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 200],
    ['team_leader', 'out', 404],
    // Not the recorder, not a leader.
    ['team_member', 'in', 403],
    ['paired_cadre', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  // Without a multipart body the upload stops at 400 once the visit and the caller have passed.
  ...cases({ route: '/api/visits/:id/photos', method: 'POST', url: (w) => `/api/visits/${w.ids.visit}/photos` }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 400],
    ['team_leader', 'out', 404],
    ['team_member', 'in', 403],
    ['county_org', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/visits/:id/photos/:fileId', method: 'DELETE', url: photoUrl }, [
    [null, 'anonymous', 401],
    ['team_member', 'in', 403],
    ['county_org', 'in', 403],
    ['team_leader', 'out', 404],
    ['team_leader', 'in', 204],
  ]),
  ...cases({ route: '/api/visits/:id', method: 'DELETE', url: (w) => `/api/visits/${w.ids.visitRemovable}` }, [
    [null, 'anonymous', 401],
    ['team_member', 'in', 403],
    ['paired_cadre', 'in', 403],
    ['county_org', 'in', 403],
    ['team_leader', 'out', 404],
    ['team_leader', 'in', 204],
  ]),
];
