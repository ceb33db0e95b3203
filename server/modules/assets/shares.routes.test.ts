import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { insertShare } from './assets.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const cooperative = '拖车村中华蜂养殖专业合作社';

describe('shares routes', () => {
  let t: TestApp;
  let leader: Session;
  let member: Session;
  let county: Session;
  let gaozhou: Session;
  let households: string[];
  let foreignHousehold: string;
  let foreignShare: string;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    households = [];
    for (const name of ['谭世远', '杨正华', '李国富']) {
      households.push((await insertHousehold(t.deps, { divisionCode: places.naguVillage, householderName: name })).household.id);
    }
    foreignHousehold = (await insertHousehold(t.deps, { divisionCode: places.changliu })).household.id;
    foreignShare = await insertShare(t.deps, { divisionCode: places.changliu, householdId: foreignHousehold });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
    county = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    gaozhou = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
  });
  after(() => t.close());

  const share = (householdId: string, amount = '2000.00') => ({ householdId, cooperative, amount, units: 2, since: '2023-03-01' });

  test('400 on shape; 404 for a household out of scope; 403 for a reader', async () => {
    const bad = await leader.post('/api/shares', { householdId: households[0], cooperative: '', amount: '-5', since: '2023-03-01' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['amount', 'cooperative']);
    assert.equal((await leader.post('/api/shares', share(foreignHousehold))).statusCode, 404);
    assert.equal((await member.post('/api/shares', share(households[0]!))).statusCode, 403);
  });

  test('shares, one dividend per share per year (409), totals and the summary', async () => {
    const ids: string[] = [];
    for (const [index, householdId] of households.entries()) {
      const created = await leader.post('/api/shares', share(householdId, index === 2 ? '1500.50' : '2000.00'));
      assert.equal(created.statusCode, 201);
      ids.push(created.json().id);
    }
    const first = await county.post(`/api/shares/${ids[0]}/dividends`, { year: 2024, amount: '160.10', paidOn: '2025-01-20' });
    assert.equal(first.statusCode, 201);
    const second = await leader.post(`/api/shares/${ids[0]}/dividends`, { year: 2025, amount: '200.20', paidOn: '2025-11-01' });
    assert.equal(second.json().dividendsTotal, '360.30');
    const twice = await leader.post(`/api/shares/${ids[0]}/dividends`, { year: 2025, amount: '10.00', paidOn: '2025-11-02' });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'DIVIDEND_YEAR_TAKEN');
    assert.deepEqual(paths(twice.json()), ['year']);
    const early = await leader.post(`/api/shares/${ids[1]}/dividends`, { year: 2022, amount: '10.00', paidOn: '2023-01-02' });
    assert.equal(early.statusCode, 400);
    assert.deepEqual(paths(early.json()), ['year']);
    await leader.post(`/api/shares/${ids[1]}/dividends`, { year: 2025, amount: '200.20', paidOn: '2025-11-01' });

    const list = (await member.get(`/api/shares?cooperative=${encodeURIComponent('中华蜂')}&sort=amount&order=desc`)).json();
    assert.equal(list.total, 3);
    const tan = list.items.find((s: { householderName: string }) => s.householderName === '谭世远');
    assert.equal(tan.dividendsTotal, '360.30');
    assert.deepEqual(tan.dividends.map((d: { year: number }) => d.year), [2025, 2024]);

    const summary = (await member.get(`/api/shares/summary?divisionCode=${places.naguVillage}&year=2025`)).json();
    assert.deepEqual(summary, { year: 2025, items: [{ cooperative, households: 3, shareCapital: '5500.50', dividendsPaid: '400.40' }] });
    const earlier = (await county.get('/api/shares/summary?year=2024')).json();
    assert.equal(earlier.items[0].dividendsPaid, '160.10');
  });

  test('out of scope: dividends 404, lists hide the other county', async () => {
    assert.equal((await leader.post(`/api/shares/${foreignShare}/dividends`, { year: 2025, amount: '1.00', paidOn: '2025-11-01' })).statusCode, 404);
    const theirs = (await gaozhou.get('/api/shares')).json();
    assert.deepEqual(theirs.items.map((s: { id: string }) => s.id), [foreignShare]);
    assert.equal((await gaozhou.get('/api/shares/summary?year=2025')).json().items[0].households, 1);
    const ours = (await member.get('/api/shares')).json();
    assert.ok(ours.items.every((s: { id: string }) => s.id !== foreignShare));
  });

  test('export of shares', async () => {
    const response = await member.get('/api/shares/export');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
  });
});
