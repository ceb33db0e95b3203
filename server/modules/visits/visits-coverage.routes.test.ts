import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { visitsFixture, type VisitsFixture } from './visits.fixture.ts';
import { visitedHouseholdCounts } from './index.ts';

describe('visit coverage per quarter', () => {
  let t: TestApp;
  let f: VisitsFixture;
  let member: Session;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let gaozhouLeader: Session;

  before(async () => {
    t = await createTestApp();
    f = await visitsFixture(t.deps);
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: f.member.id });
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    gaozhouLeader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.changliu, cadreId: f.gaozhouCadre.id });
    const record = async (who: Session, householdId: string, visitedOn: string) => {
      const response = await who.post('/api/visits', { householdId, visitedOn, findings: '入户了解情况' });
      assert.equal(response.statusCode, 201, response.body);
    };
    // 2026Q3: the registered household twice, the monitored one once; the ordinary (not monitored)
    // and the refused households are visited too but do not count; the exited one is not visited.
    await record(member, f.registered.id, '2026-07-03');
    await record(member, f.registered.id, '2026-09-28');
    await record(member, f.monitored.id, '2026-08-15');
    await record(member, f.ordinary.id, '2026-08-15');
    await record(member, f.refused.id, '2026-08-16');
    // Outside the quarter, and in another county.
    await record(member, f.exited.id, '2026-06-30');
    await record(member, f.exited.id, '2026-10-01');
    await record(gaozhouLeader, f.gaozhouHousehold.id, '2026-08-01');
  });
  after(() => t.close());

  test('per village: households that count, visited ones and the share', async () => {
    const response = await huizeOrg.get('/api/visits/coverage?quarter=2026Q3');
    assert.equal(response.statusCode, 200, response.body);
    const report = response.json();
    assert.equal(report.from, '2026-07-01');
    assert.equal(report.to, '2026-09-30');
    assert.deepEqual(report.items, [{ divisionCode: places.naguVillage, villageName: '拖车村村民委员会', households: 3, visited: 2, share: 0.667 }]);
    assert.deepEqual(report.totals, { households: 3, visited: 2, share: 0.667 });

    const q4 = (await huizeOrg.get(`/api/visits/coverage?quarter=2026Q4&divisionCode=${places.nagu}`)).json();
    assert.deepEqual(q4.totals, { households: 3, visited: 1, share: 0.333 });
    const gaozhou = (await gaozhouOrg.get('/api/visits/coverage?quarter=2026Q3')).json();
    assert.deepEqual(gaozhou.totals, { households: 1, visited: 1, share: 1 });
    assert.equal((await huizeOrg.get('/api/visits/coverage?quarter=2026-3')).statusCode, 400);
  });

  test('per household: unvisited first, with count and last visit', async () => {
    const response = await member.get('/api/visits/coverage/households?quarter=2026Q3');
    assert.equal(response.statusCode, 200, response.body);
    const list = response.json();
    assert.equal(list.total, 3);
    const rows = list.items.map((i: { householderName: string; visits: number; lastVisitedOn: string | null }) => [i.householderName, i.visits, i.lastVisitedOn]);
    assert.deepEqual(rows[0], ['李树林', 0, null]);
    assert.deepEqual(
      rows.slice(1).sort(),
      [
        ['张秀英', 1, '2026-08-15'],
        ['杨正华', 2, '2026-09-28'],
      ].sort(),
    );
    const paged = (await member.get('/api/visits/coverage/households?quarter=2026Q3&pageSize=1&page=2')).json();
    assert.equal(paged.items.length, 1);
    assert.equal(paged.total, 3);
  });

  test('the statistics read the same counts through the module surface', async () => {
    const rows = await visitedHouseholdCounts(t.deps.db, makeScope(places.huize, null), { from: '2026-07-01', to: '2026-09-30' });
    assert.deepEqual(
      rows.map((r) => [r.divisionCode, r.households, r.visited]),
      [[places.naguVillage, 3, 2]],
    );
  });
});
