import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, like } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { advisors } from './advisors.schema.ts';
import { insertVillageQuarter } from './advisors.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const advisorBody = (overrides: Record<string, unknown> = {}) => ({
  divisionCode: places.changliu,
  name: '梁启航',
  occupation: '在深圳创业的电子企业家',
  workplace: '深圳市',
  phone: '13812345678',
  appointedOn: '2025-03-01',
  ...overrides,
});

describe('advisor routes', () => {
  let t: TestApp;
  let leader: Session;
  let township: Session;
  let county: Session;
  let viewer: Session;
  let huizeLeader: Session;
  let householderNames: string[];
  let advisorId: string;
  const publicPage = (token: string) => t.app.inject({ method: 'GET', url: `/api/public/briefings/${encodeURIComponent(token)}` });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.changliu });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.xindong });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.guangdong });
    huizeLeader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    householderNames = (await insertVillageQuarter(t.deps, places.changliu, places.zhenjiangVillage)).names;
  });
  after(() => t.close());

  test('401 without a session; the public page needs none', async () => {
    for (const [method, url, payload] of [
      ['GET', '/api/advisors', undefined],
      ['GET', '/api/advisors/supports', undefined],
      ['POST', '/api/advisors', advisorBody()],
      ['POST', '/api/advisors/briefings/generate', { period: '2026-Q3' }],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
    assert.equal((await publicPage('no-such-token')).statusCode, 404);
  });

  test('create: 400 names the field and saves nothing; the phone is stored encrypted and shown masked', async () => {
    const bad = await leader.post('/api/advisors', advisorBody({ name: '', phone: '123', appointedOn: '2025/03/01' }));
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['appointedOn', 'name', 'phone']);
    const future = await leader.post('/api/advisors', advisorBody({ appointedOn: '2099-01-01' }));
    assert.deepEqual(paths(future.json()), ['appointedOn']);
    const township = await county.post('/api/advisors', advisorBody({ divisionCode: places.xindong }));
    assert.equal(township.statusCode, 400);
    assert.deepEqual(paths(township.json()), ['divisionCode']);
    assert.equal((await huizeLeader.post('/api/advisors', advisorBody())).statusCode, 404);
    assert.equal((await t.deps.db.select().from(advisors)).length, 0);

    const created = await leader.post('/api/advisors', advisorBody());
    assert.equal(created.statusCode, 201, created.body);
    const view = created.json();
    advisorId = view.id;
    assert.equal(view.phone, '138****5678');
    assert.match(view.villageName, /长流村/);
    assert.deepEqual(view.abilities, { write: true, brief: true, reveal: true });
    const [row] = await t.deps.db.select().from(advisors).where(eq(advisors.id, advisorId));
    assert.ok(row!.phoneCipher && !row!.phoneCipher.includes('13812345678'));
    const [audit] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'advisors.create'), eq(auditEvents.entityId, advisorId)));
    assert.ok(audit);
    assert.ok(!JSON.stringify(audit).includes('13812345678'));
  });

  test('list filters by village, active and text; out of scope is 404; update keeps the phone unless given', async () => {
    await leader.post('/api/advisors', advisorBody({ name: '陈立新', occupation: '广州律师', phone: null, active: false }));
    const all = (await township.get('/api/advisors')).json();
    assert.equal(all.total, 2);
    assert.equal((await township.get('/api/advisors?active=true')).json().total, 1);
    assert.equal((await township.get(`/api/advisors?q=${encodeURIComponent('律师')}`)).json().items[0].name, '陈立新');
    assert.equal((await township.get(`/api/advisors?divisionCode=${places.zhenjiangVillage}`)).json().total, 0);
    assert.equal((await huizeLeader.get('/api/advisors')).json().total, 0);
    assert.equal((await huizeLeader.get(`/api/advisors/${advisorId}`)).statusCode, 404);
    const sorted = (await township.get('/api/advisors?sort=name&order=asc')).json().items.map((i: { name: string }) => i.name);
    assert.deepEqual(sorted, [...sorted].sort());

    const { phone: _phone, ...withoutPhone } = advisorBody({ occupation: '深圳电子企业董事长' });
    const updated = await leader.put(`/api/advisors/${advisorId}`, withoutPhone);
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json().phone, '138****5678');
    assert.equal(updated.json().occupation, '深圳电子企业董事长');
    assert.equal((await viewer.put(`/api/advisors/${advisorId}`, withoutPhone)).statusCode, 403);
  });

  test('unmasking the phone takes a reason and is logged', async () => {
    assert.equal((await viewer.post(`/api/advisors/${advisorId}/reveal`, { reason: '联系顾问发送通报' })).statusCode, 403);
    const noReason = await township.post(`/api/advisors/${advisorId}/reveal`, { reason: '' });
    assert.equal(noReason.statusCode, 400);
    assert.deepEqual(paths(noReason.json()), ['reason']);
    const shown = await township.post(`/api/advisors/${advisorId}/reveal`, { reason: '电话通知顾问季度通报' });
    assert.equal(shown.statusCode, 200);
    assert.equal(shown.json().value, '13812345678');
    const logged = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'advisors.reveal'), eq(auditEvents.entityId, advisorId)));
    assert.equal(logged.length, 1);
    assert.equal(logged[0]!.reason, '电话通知顾问季度通报');
  });

  test('supports: money needs an amount; the list over scope adds up by kind', async () => {
    const url = `/api/advisors/${advisorId}/supports`;
    const missing = await leader.post(url, { kind: 'money', givenOn: '2026-08-08', description: '捐资修建防洪堤' });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(paths(missing.json()), ['value']);
    for (const body of [
      { kind: 'money', value: '600,000', givenOn: '2026-08-08', description: '捐资修建防洪堤' },
      { kind: 'expertise', givenOn: '2026-09-01', description: '指导荔枝电商销售' },
      { kind: 'goods', value: '5000.5', quantity: '20', unit: '台', givenOn: '2026-01-01', description: '捐赠电脑' },
    ]) {
      const response = await leader.post(url, body);
      assert.equal(response.statusCode, 201, response.body);
    }
    const mine = (await leader.get(url)).json();
    assert.equal(mine.length, 3);
    const list = (await county.get('/api/advisors/supports?pageSize=2')).json();
    assert.equal(list.total, 3);
    assert.equal(list.items.length, 2);
    assert.deepEqual(list.totals, {
      count: 3,
      value: '605000.50',
      byKind: [
        { kind: 'expertise', count: 1, value: '0.00' },
        { kind: 'goods', count: 1, value: '5000.50' },
        { kind: 'money', count: 1, value: '600000.00' },
      ],
    });
    const q3 = (await county.get('/api/advisors/supports?from=2026-07-01&to=2026-09-30')).json();
    assert.equal(q3.totals.value, '600000.00');
    assert.equal((await huizeLeader.get('/api/advisors/supports')).json().total, 0);
    const advisor = (await leader.get(`/api/advisors/${advisorId}`)).json();
    assert.equal(advisor.supportCount, 3);
    assert.equal(advisor.supportValue, '605000.50');
  });

  test('the quarter\'s briefing is made from the village\'s own records, frozen, and names no one', async () => {
    const wrong = await leader.post(`/api/advisors/${advisorId}/briefings`, { period: '2026-Q9' });
    assert.deepEqual(paths(wrong.json()), ['period']);
    const future = await leader.post(`/api/advisors/${advisorId}/briefings`, { period: '2099-Q1' });
    assert.equal(future.statusCode, 400);
    assert.equal((await viewer.post(`/api/advisors/${advisorId}/briefings`, { period: '2026-Q3' })).statusCode, 403);

    const response = await leader.post(`/api/advisors/${advisorId}/briefings`, { period: '2026-Q3' });
    assert.equal(response.statusCode, 201, response.body);
    const briefing = response.json();
    const c = briefing.content;
    assert.equal(c.from, '2026-07-01');
    assert.equal(c.to, '2026-09-30');
    assert.match(c.village.path, /新垌镇.*长流村/);
    assert.deepEqual(c.households, {
      total: 6,
      byStatus: [
        { code: 'exited', count: 1 },
        { code: 'non_poor', count: 2 },
        { code: 'registered', count: 3 },
      ],
      monitoring: [
        { code: 'marginal', count: 1 },
        { code: 'unstable', count: 1 },
      ],
      monitoringAdded: 1,
      riskRemoved: 1,
    });
    assert.deepEqual(c.projects, {
      total: 3,
      byState: [
        { code: 'approved', count: 1 },
        { code: 'completed', count: 1 },
        { code: 'in_progress', count: 1 },
      ],
      budget: '900000.00',
      started: 1,
      completed: 1,
    });
    assert.deepEqual(c.funds, { paidInQuarter: '150000.00', payments: 2, paidToDate: '170000.00' });
    assert.deepEqual(c.demands, { raised: 2, solved: 2, open: 2 });
    assert.deepEqual(c.social, {
      donations: { count: 1, value: '80000.00' },
      enterprises: { count: 2, value: '120000.50' },
      advisors: { count: 2, value: '600000.00' },
    });
    assert.deepEqual(c.difficulties, {
      openDemands: [
        { code: 'infrastructure', count: 1 },
        { code: 'medical', count: 1 },
      ],
      overdueDemands: 1,
      stalledProjects: [{ name: '集中供水工程', state: 'in_progress', plannedEnd: '2026-08-31' }],
      indicatorGaps: [
        { code: 'housing', count: 2 },
        { code: 'water', count: 1 },
      ],
    });

    const page = await publicPage(briefing.token);
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    const text = page.body;
    for (const name of [...householderNames, '梁启航', '黄志强', '13812345678', '138****5678']) assert.ok(!text.includes(name), `public page names ${name}`);
    assert.doesNotMatch(text, /\d{17}[\dXx]/);
    assert.deepEqual(page.json().content, c);

    // Frozen: a new household does not change what was generated.
    const { insertHousehold } = await import('../households/households.fixture.ts');
    await insertHousehold(t.deps, { divisionCode: places.changliu });
    assert.equal((await leader.get(`/api/advisors/${advisorId}/briefings/${briefing.id}`)).json().content.households.total, 6);
  });

  test('the same quarter again: 409, unless regenerated before it is sent; the first opening is kept', async () => {
    const url = `/api/advisors/${advisorId}/briefings`;
    const again = await leader.post(url, { period: '2026-Q3' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'BRIEFING_EXISTS');
    const redone = await leader.post(url, { period: '2026-Q3', regenerate: true });
    assert.equal(redone.statusCode, 201, redone.body);
    const briefing = redone.json();
    assert.equal(briefing.content.households.total, 7);
    assert.equal(briefing.openedAt, null);

    assert.equal((await publicPage(briefing.token)).statusCode, 200);
    const opened = (await leader.get(`${url}/${briefing.id}`)).json().openedAt;
    assert.ok(opened);
    await publicPage(briefing.token);
    assert.equal((await leader.get(`${url}/${briefing.id}`)).json().openedAt, opened);

    const badChannel = await township.post(`${url}/${briefing.id}/send`, { channel: 'pigeon' });
    assert.deepEqual(paths(badChannel.json()), ['channel']);
    const sent = await township.post(`${url}/${briefing.id}/send`, { channel: 'wechat' });
    assert.equal(sent.statusCode, 200, sent.body);
    assert.equal(sent.json().channel, 'wechat');
    assert.ok(sent.json().sentAt && sent.json().sentByName);
    assert.equal((await township.post(`${url}/${briefing.id}/send`, { channel: 'sms' })).json().code, 'BRIEFING_SENT');
    const locked = await leader.post(url, { period: '2026-Q3', regenerate: true });
    assert.equal(locked.statusCode, 409);
    assert.equal(locked.json().code, 'BRIEFING_SENT');

    // A reader without the right to send sees the briefing, not the key of its public page.
    assert.equal((await viewer.get(`${url}/${briefing.id}`)).json().token, null);

    assert.equal((await huizeLeader.post(`${url}/${briefing.id}/revoke`)).statusCode, 404);
    const revoked = await leader.post(`${url}/${briefing.id}/revoke`);
    assert.equal(revoked.statusCode, 200);
    assert.ok(revoked.json().revokedAt);
    const gone = await publicPage(briefing.token);
    assert.equal(gone.statusCode, 404);
    assert.equal(gone.json().code, 'PUBLIC_BRIEFING_NOT_FOUND');
    assert.equal((await leader.post(`${url}/${briefing.id}/revoke`)).statusCode, 409);
    const events = await t.deps.db.select().from(auditEvents).where(like(auditEvents.action, 'advisors.briefing.%'));
    assert.deepEqual(events.map((e) => e.action).sort(), ['advisors.briefing.generate', 'advisors.briefing.regenerate', 'advisors.briefing.revoke', 'advisors.briefing.send']);
  });

  test('the round of a quarter briefs every active advisor lacking one; an advisor with briefings is not deleted', async () => {
    const other = (await leader.post('/api/advisors', advisorBody({ name: '李文博', phone: null }))).json();
    assert.equal((await county.post('/api/advisors/briefings/generate', { period: '2026-Q3', divisionCode: places.naguVillage })).statusCode, 404);
    const round = await county.post('/api/advisors/briefings/generate', { period: '2026-Q3', divisionCode: places.xindong });
    assert.equal(round.statusCode, 200, round.body);
    assert.deepEqual(round.json(), { advisors: 2, generated: 1, existing: 1 });
    assert.deepEqual((await county.post('/api/advisors/briefings/generate', { period: '2026-Q3' })).json(), { advisors: 2, generated: 0, existing: 2 });
    assert.equal((await leader.get(`/api/advisors/${other.id}`)).json().lastPeriod, '2026-Q3');

    const refused = await leader.delete(`/api/advisors/${other.id}`);
    assert.equal(refused.statusCode, 409);
    const spare = (await leader.post('/api/advisors', advisorBody({ name: '误录顾问', phone: null, active: false }))).json();
    assert.equal((await leader.delete(`/api/advisors/${spare.id}`)).statusCode, 204);
    assert.equal((await leader.get(`/api/advisors/${spare.id}`)).statusCode, 404);
  });

  test('exports keep the filters, mask the phone and are logged', async () => {
    assert.equal((await leader.get('/api/advisors/export')).statusCode, 403);
    const file = await county.get('/api/advisors/export?active=true');
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
    assert.ok(!file.rawPayload.toString('latin1').includes('13812345678'));
    assert.equal((await county.get('/api/advisors/supports/export?kind=money')).statusCode, 200);
    const logged = await t.deps.db.select().from(auditEvents).where(like(auditEvents.action, 'advisors.%export'));
    assert.equal(logged.length, 2);
  });
});
