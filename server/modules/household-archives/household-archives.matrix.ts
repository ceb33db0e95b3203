import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { storeFile } from '../../platform/files/files.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { householdLinks } from '../households/index.ts';
import { archiveOwnerType, newLinkToken } from './household-archives.rules.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

/**
 * 拖车村 households: one with two archive files (one to read, one to delete), one whose links
 * the rows create, one with a link to revoke and one with the link the public rows open.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const household = async () => (await insertHousehold(w.deps, { divisionCode: village })).household;
  const [archived, linked, revocable, published] = [await household(), await household(), await household(), await household()];
  const file = (name: string) =>
    storeFile(
      w.deps.db,
      { ownerType: archiveOwnerType('agreement'), ownerId: archived.id, divisionCode: village, fileName: name, content: pdf, uploadedBy: null },
      { maxBytes: w.deps.config.uploadMaxBytes },
    );
  const kept = await file('帮扶协议.pdf');
  const doomed = await file('待删除.pdf');
  const [revokeLink] = await w.deps.db.insert(householdLinks).values({ householdId: revocable.id, token: newLinkToken() }).returning();
  const publicToken = newLinkToken();
  await w.deps.db.insert(householdLinks).values({ householdId: published.id, token: publicToken });
  return {
    archiveHousehold: archived.id,
    archiveFile: kept.id,
    archiveFileDoomed: doomed.id,
    archiveLinkedHousehold: linked.id,
    archiveRevokeHousehold: revocable.id,
    archiveRevokeLink: revokeLink!.id,
    archivePublicToken: publicToken,
  };
};

const householdUrl = (key: string, suffix: string) => (w: MatrixWorld) => `/api/households/${w.ids[key]}${suffix}`;
const fileUrl = (fileKey: string) => (w: MatrixWorld) => `/api/households/${w.ids.archiveHousehold}/files/${w.ids[fileKey]}`;
const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];

// Everyone holding households.read sees the archive, the links and the handbook; others get 403.
const readers = (ok: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['rural_office', 'in', ok],
  ['rural_office', 'out', 404],
  ['team_leader', 'in', ok],
  ['team_member', 'in', ok],
  ['team_member', 'out', 404],
  ['township_party', 'in', ok],
  ['county_org', 'in', ok],
  ['county_org', 'out', 404],
  ['city_org', 'in', ok],
  ['discipline', 'in', ok],
  ['viewer', 'in', ok],
  ['viewer', 'out', 404],
  ['paired_cadre', 'in', ok],
  ['unit_party', 'in', 403],
  ['campaign_admin', 'in', 403],
  ...admins,
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/households/:id/files', method: 'GET', url: householdUrl('archiveHousehold', '/files') }, readers(200)),
  ...cases({ route: '/api/households/:id/files/:fileId', method: 'GET', url: fileUrl('archiveFile') }, readers(200)),
  ...cases({ route: '/api/households/:id/handbook', method: 'GET', url: householdUrl('archiveHousehold', '/handbook') }, readers(200)),
  ...cases({ route: '/api/households/:id/links', method: 'GET', url: householdUrl('archiveLinkedHousehold', '/links') }, readers(200)),
  // An empty JSON body: whoever may write in scope is told the file is missing (400).
  ...cases({ route: '/api/households/:id/files', method: 'POST', url: householdUrl('archiveHousehold', '/files') }, [
    [null, 'anonymous', 401],
    ['rural_office', 'in', 400],
    ['rural_office', 'out', 404],
    ['team_leader', 'in', 400],
    ['team_member', 'in', 400],
    ['team_member', 'out', 404],
    ['township_party', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ['paired_cadre', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/households/:id/files/:fileId', method: 'DELETE', url: fileUrl('archiveFileDoomed') }, [
    [null, 'anonymous', 401],
    ['rural_office', 'out', 404],
    ['team_member', 'out', 404],
    ['township_party', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ['paired_cadre', 'in', 403],
    ...admins,
    ['team_member', 'in', 204],
    ['rural_office', 'in', 404],
  ]),
  ...cases({ route: '/api/households/:id/links', method: 'POST', url: householdUrl('archiveLinkedHousehold', '/links') }, [
    [null, 'anonymous', 401],
    ['rural_office', 'in', 201],
    ['rural_office', 'out', 404],
    ['team_leader', 'in', 201],
    ['team_leader', 'out', 404],
    ['team_member', 'in', 403],
    ['township_party', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ['paired_cadre', 'in', 403],
    ...admins,
  ]),
  ...cases(
    { route: '/api/households/:id/links/:linkId/revoke', method: 'POST', url: (w) => `/api/households/${w.ids.archiveRevokeHousehold}/links/${w.ids.archiveRevokeLink}/revoke` },
    [
      [null, 'anonymous', 401],
      ['rural_office', 'out', 404],
      ['team_leader', 'out', 404],
      ['team_member', 'in', 403],
      ['township_party', 'in', 403],
      ['county_org', 'in', 403],
      ['viewer', 'in', 403],
      ...admins,
      ['team_leader', 'in', 200],
      ['rural_office', 'in', 409],
    ],
  ),
  // No session needed: the token is the key, whatever the caller's role or place.
  ...cases({ route: '/api/public/households/:token', method: 'GET', url: (w) => `/api/public/households/${w.ids.archivePublicToken}` }, [
    [null, 'anonymous', 200],
    ['viewer', 'out', 200],
    ['sys_admin', 'national', 200],
  ]),
  ...cases({ route: '/api/public/households/:token', method: 'GET', url: () => `/api/public/households/${'x'.repeat(32)}` }, [[null, 'anonymous', 404]]),
];
