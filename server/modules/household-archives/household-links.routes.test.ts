import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, like } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { archiveFixture, cadrePhone, householdPhone, members } from './household-archives.fixture.ts';

type Fixture = Awaited<ReturnType<typeof archiveFixture>>;

describe('household QR links and the public page', () => {
  let t: TestApp;
  let f: Fixture;
  let leader: Session;
  let member: Session;
  let gaozhouOffice: Session;
  let linksUrl: string;
  const publicPage = (token: string) => t.app.inject({ method: 'GET', url: `/api/public/households/${encodeURIComponent(token)}` });

  before(async () => {
    t = await createTestApp();
    f = await archiveFixture(t.deps);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
    gaozhouOffice = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
    linksUrl = `/api/households/${f.household.id}/links`;
  });
  after(() => t.close());

  test('a new link revokes the old one; the history says who and when', async () => {
    const empty = (await member.get(linksUrl)).json();
    assert.equal(empty.active, null);
    assert.deepEqual(empty.card, { village: empty.card.village, householderName: '楊**' });
    assert.match(empty.card.village, /拖车村/);
    assert.equal(empty.abilities.manage, false);

    const first = await leader.post(linksUrl);
    assert.equal(first.statusCode, 201, first.body);
    const a = first.json();
    assert.match(a.token, /^[A-Za-z0-9_-]{32,}$/);
    assert.equal(a.active, true);
    const b = (await leader.post(linksUrl)).json();
    assert.notEqual(a.token, b.token);

    const state = (await leader.get(linksUrl)).json();
    assert.equal(state.active.id, b.id);
    assert.equal(state.abilities.manage, true);
    assert.equal(state.history.length, 2);
    const old = state.history.find((l: { id: string }) => l.id === a.id);
    assert.equal(old.active, false);
    assert.ok(old.revokedAt && old.revokedBy, 'who revoked it and when');
    assert.equal(state.history.filter((l: { active: boolean }) => l.active).length, 1);

    assert.equal((await publicPage(a.token)).statusCode, 404);
    assert.equal((await publicPage(b.token)).statusCode, 200);
  });

  test('the public page shows the village, the surname, the cadres and two years of measures, and nothing that identifies a member', async () => {
    const { token } = (await leader.post(linksUrl)).json();
    const response = await publicPage(token);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['x-robots-tag'], 'noindex');
    const page = response.json();
    assert.equal(page.householderName, '楊**');
    assert.match(page.village, /会泽县.*娜姑镇.*拖车村/);
    assert.equal(page.status.label, '在册');
    assert.equal(page.attribute.label, '一般贫困户');
    assert.deepEqual(page.cadres, [{ name: '李建国', unit: '会泽县农业农村局', position: '副局长' }]);
    assert.deepEqual(page.measures.map((m: { year: number }) => m.year), [f.thisYear, f.lastYear]);
    assert.deepEqual(page.years, [f.thisYear, f.lastYear]);
    assert.equal(page.measures[0].category.label, '产业帮扶');

    const body = response.body;
    for (const person of Object.values(members)) {
      assert.ok(!body.includes(person.name), `no full name of ${person.name}`);
      assert.ok(!body.includes(person.idNumber), 'no ID number');
      assert.ok(!body.includes(person.idNumber.slice(0, 6) + '*'), 'not even a masked ID number');
    }
    for (const forbidden of ['王', '小明', householdPhone, householdPhone.slice(-4), cadrePhone.slice(-4), '1968', '2012-06-21', '三组', '18 号', f.household.code, f.household.id]) {
      assert.ok(!body.includes(forbidden), `leaks ${forbidden}`);
    }
    assert.deepEqual(Object.keys(page).sort(), ['attribute', 'cadres', 'householderName', 'measures', 'monitoringType', 'status', 'village', 'years']);
  });

  test('revoked, unknown and malformed tokens answer the same 404 body', async () => {
    const link = (await leader.post(linksUrl)).json();
    assert.equal((await publicPage(link.token)).statusCode, 200);
    const revoked = await leader.post(`${linksUrl}/${link.id}/revoke`);
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.equal(revoked.json().active, false);
    assert.equal((await leader.post(`${linksUrl}/${link.id}/revoke`)).statusCode, 409);

    const gone = await publicPage(link.token);
    const unknown = await publicPage('A'.repeat(32));
    const malformed = await publicPage('../%00');
    for (const response of [gone, unknown, malformed]) assert.equal(response.statusCode, 404);
    assert.equal(gone.body, unknown.body);
    assert.equal(gone.body, malformed.body);
    assert.equal(gone.json().code, 'PUBLIC_LINK_NOT_FOUND');
    assert.equal((await leader.get(linksUrl)).json().active, null);
  });

  test('only keepers of the registry make or revoke links, only in scope; each change audited without the token', async () => {
    assert.equal((await member.post(linksUrl)).statusCode, 403);
    assert.equal((await gaozhouOffice.post(linksUrl)).statusCode, 404);
    assert.equal((await gaozhouOffice.get(linksUrl)).statusCode, 404);
    const link = (await leader.post(linksUrl)).json();
    assert.equal((await member.post(`${linksUrl}/${link.id}/revoke`)).statusCode, 403);
    assert.equal((await gaozhouOffice.post(`${linksUrl}/${link.id}/revoke`)).statusCode, 404);
    const otherUrl = `/api/households/${f.otherHousehold.id}/links`;
    const national = await sessionAs(t.app, t.deps, ['rural_office'], {});
    assert.equal((await national.post(`${otherUrl}/${link.id}/revoke`)).statusCode, 404, 'a link is revoked only through its own household');
    assert.equal((await publicPage(link.token)).statusCode, 200);

    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, f.household.id), like(auditEvents.action, 'households.link.%')));
    assert.ok(events.some((e) => e.action === 'households.link.create'));
    assert.ok(events.some((e) => e.action === 'households.link.revoke'));
    assert.ok(!JSON.stringify(events).includes(link.token), 'the audit trail never keeps a token');
  });
});
