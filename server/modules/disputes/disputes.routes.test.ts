import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { todayInBeijing } from './disputes.rules.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const today = todayInBeijing();

describe('disputes routes', () => {
  let t: TestApp;
  let member: Session;
  let township: Session;
  let county: Session;
  let gaozhou: Session;

  const body = (overrides: Record<string, unknown> = {}) => ({
    title: '两组之间集体林地林权纠纷',
    category: 'forest_rights',
    parties: '一组村民与三组村民',
    description: '双方对交界处约 200 亩集体林地权属各执一词',
    startedOn: '1973-04-01',
    reportedOn: '2015-06-01',
    ...overrides,
  });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhou = await sessionAs(t.app, t.deps, ['township_party'], { division: places.zhenjiang });
  });
  after(() => t.close());

  test('400 names the field: shape, start after report, a township without a village', async () => {
    const shape = await member.post('/api/disputes', body({ category: 'water', parties: '' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['category', 'parties']);
    const order = await member.post('/api/disputes', body({ startedOn: '2016-01-01' }));
    assert.equal(order.statusCode, 400);
    assert.deepEqual(paths(order.json()), ['startedOn']);
    const noVillage = await township.post('/api/disputes', body());
    assert.equal(noVillage.statusCode, 400);
    assert.deepEqual(paths(noVillage.json()), ['divisionCode']);
    const outside = await township.post('/api/disputes', body({ divisionCode: places.changliu }));
    assert.equal(outside.statusCode, 400);
    assert.deepEqual(paths(outside.json()), ['divisionCode']);
    assert.equal((await county.post('/api/disputes', body({ divisionCode: places.naguVillage }))).statusCode, 403);
  });

  test('a 43-year forest-rights dispute: mediations in order, then resolved, then closed to change', async () => {
    const created = await member.post('/api/disputes', body());
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    assert.equal(created.json().state, 'open');
    assert.equal(created.json().divisionCode, places.naguVillage);

    const second = await township.post(`/api/disputes/${id}/mediations`, { mediatedOn: '2016-03-10', mediators: '镇司法所、驻村工作队', content: '现场踏勘，调取 1981 年林业三定资料', result: '双方同意按资料划界' });
    assert.equal(second.statusCode, 200, second.body);
    assert.equal(second.json().state, 'mediating');
    const first = await member.post(`/api/disputes/${id}/mediations`, { mediatedOn: '2015-07-02', mediators: '驻村第一书记、村调委会', content: '分别听取双方意见' });
    assert.equal(first.statusCode, 200);
    assert.deepEqual(
      first.json().mediations.map((m: { mediatedOn: string }) => m.mediatedOn),
      ['2015-07-02', '2016-03-10'],
    );
    assert.equal(first.json().mediationCount, 2);
    const tooEarly = await member.post(`/api/disputes/${id}/mediations`, { mediatedOn: '1960-01-01', mediators: '某某', content: '不可能的日期' });
    assert.equal(tooEarly.statusCode, 400);
    assert.deepEqual(paths(tooEarly.json()), ['mediatedOn']);

    const edited = await member.put(`/api/disputes/${id}`, { ...body(), description: '交界处约 210 亩集体林地权属争议' });
    assert.equal(edited.statusCode, 200);
    assert.equal(edited.json().state, 'mediating');

    const resolved = await member.post(`/api/disputes/${id}/resolve`, { resolvedOn: '2016-05-20', outcome: '签订林地权属协议，重新立界桩' });
    assert.equal(resolved.statusCode, 200, resolved.body);
    assert.equal(resolved.json().state, 'resolved');
    assert.equal(resolved.json().ageYears, 43);
    assert.deepEqual(resolved.json().abilities, { update: false, mediate: false, resolve: false, refer: false });

    for (const [method, url, payload] of [
      ['POST', `/api/disputes/${id}/mediations`, { mediatedOn: today, mediators: '村调委会', content: '回访' }],
      ['POST', `/api/disputes/${id}/refer`, { reason: '移交法院' }],
      ['POST', `/api/disputes/${id}/resolve`, { resolvedOn: today, outcome: '再次化解' }],
      ['PUT', `/api/disputes/${id}`, body()],
    ] as const) {
      const response = await member.request(method, url, payload);
      assert.equal(response.statusCode, 409, `${method} ${url}`);
      assert.equal(response.json().code, 'DISPUTE_CLOSED');
    }

    const trail = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'dispute'), eq(auditEvents.entityId, id)));
    assert.deepEqual(trail.map((a) => a.action).sort(), ['disputes.create', 'disputes.mediate', 'disputes.mediate', 'disputes.resolve', 'disputes.update']);
    const mediations = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'disputes.mediation'));
    assert.equal(mediations.length, 2);
  });

  test('refer keeps the reason; scope 404 elsewhere; list filters and export', async () => {
    const created = (await member.post('/api/disputes', body({ title: '宅基地边界纠纷', category: 'land', startedOn: undefined, reportedOn: today }))).json();
    const referred = await township.post(`/api/disputes/${created.id}/refer`, { reason: '涉及确权，移交县不动产登记中心' });
    assert.equal(referred.statusCode, 200);
    assert.equal(referred.json().state, 'referred');
    assert.equal(referred.json().outcome, '涉及确权，移交县不动产登记中心');

    assert.equal((await gaozhou.get(`/api/disputes/${created.id}`)).statusCode, 404);
    assert.equal((await gaozhou.put(`/api/disputes/${created.id}`, body())).statusCode, 404);
    assert.equal((await gaozhou.post(`/api/disputes/${created.id}/mediations`, { mediatedOn: today, mediators: '某调委会', content: '越界' })).statusCode, 404);
    assert.equal((await gaozhou.get('/api/disputes')).json().total, 0);

    const land = (await county.get('/api/disputes?category=land')).json();
    assert.deepEqual(land.items.map((d: { id: string }) => d.id), [created.id]);
    const searched = (await county.get(`/api/disputes?q=${encodeURIComponent('林权')}`)).json();
    assert.equal(searched.total, 1);
    const exported = await county.get('/api/disputes/export?state=referred');
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-type']), /spreadsheetml/);
  });
});
