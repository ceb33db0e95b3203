import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { partyOrgs } from './index.ts';

describe('party-orgs export', () => {
  let t: TestApp;
  let huizeOrg: Session;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    const [committee] = await t.deps.db.insert(partyOrgs).values({ name: '中共娜姑镇委员会', kind: 'committee', divisionCode: places.nagu }).returning();
    await t.deps.db.insert(partyOrgs).values([
      { name: '中共拖车村支部委员会', kind: 'branch', parentId: committee!.id, divisionCode: places.naguVillage, establishedOn: '1998-07-01' },
      { name: '中共高州市长坡镇委员会', kind: 'committee', divisionCode: places.gaozhou },
    ]);
  });
  after(() => t.close());

  test('401 without a session', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/party-orgs/export' })).statusCode, 401);
  });

  test('403 without the permission', async () => {
    const sysAdmin = await sessionAs(t.app, t.deps, ['sys_admin']);
    assert.equal((await sysAdmin.get('/api/party-orgs/export')).statusCode, 403);
  });

  test('400 names the filter', async () => {
    const response = await huizeOrg.get('/api/party-orgs/export?kind=cell');
    assert.equal(response.statusCode, 400);
    assert.deepEqual(response.json().fields.map((f: { path: string }) => f.path), ['kind']);
  });

  test('exports the filtered organizations in scope only, audited with the filters and row count', async () => {
    const response = await huizeOrg.get('/api/party-orgs/export');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    const rows = await sheetRows(response);
    assert.equal(rows[0]![0], '党组织名称');
    assert.deepEqual(rows.slice(1).map((r) => r[0]), ['中共娜姑镇委员会', '中共拖车村支部委员会']);
    assert.deepEqual(rows[2]!.slice(1, 3), ['党支部', '中共娜姑镇委员会']);
    assert.equal(rows[2]![5], '1998-07-01');

    const branches = await sheetRows(await huizeOrg.get('/api/party-orgs/export?kind=committee'));
    assert.deepEqual(branches.slice(1).map((r) => r[0]), ['中共娜姑镇委员会']);

    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'party_orgs.export')).orderBy(auditEvents.id);
    assert.equal(audit.length, 2);
    assert.deepEqual(audit[0]!.after, { filters: {}, rows: 2 });
    assert.deepEqual(audit[1]!.after, { filters: { kind: 'committee' }, rows: 1 });
  });
});
