import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../server/test/test-app.ts';
import { createUnit, sessionAs } from '../../server/test/factories.ts';
import { partyOrgs } from '../../server/modules/party-orgs/index.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedBranchPairings } from './seed-branch-pairings.ts';

const TODAY = '2026-11-20';

describe('demo branch pairings', () => {
  let t: TestApp;
  let unitId: string;

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('without the two branches the seed says which is missing', async () => {
    await assert.rejects(seedBranchPairings(createDemoWorld(t.deps, TODAY)), /贵州省总工会机关第五党支部/);
  });

  test('宝山村 and the union’s fifth branch: five activities and the steps up to the county’s acceptance', async () => {
    const unit = await createUnit(t.deps, { name: '贵州省总工会', divisionCode: '520000000000', type: 'provincial' });
    unitId = unit.id;
    await t.deps.db.insert(partyOrgs).values([
      { name: '贵州省总工会机关第五党支部', kind: 'branch', divisionCode: '520000000000', unitId },
      { name: '中共宝山村支部委员会', kind: 'branch', divisionCode: '520524116214' },
    ]);
    assert.equal(await seedBranchPairings(createDemoWorld(t.deps, TODAY)), 10);

    const party = await sessionAs(t.app, t.deps, ['unit_party'], { unitId });
    const list = (await party.get('/api/branch-pairings')).json();
    assert.equal(list.total, 1);
    const pairing = list.items[0];
    assert.equal(pairing.startedOn, '2016-04-01');
    assert.equal(pairing.redFlagStep, 'county_accepted');
    assert.match(pairing.goals, /23/);
    const activities = (await party.get(`/api/branch-pairings/${pairing.id}/activities`)).json();
    const kinds = activities.items.map((a: { kind: string; quantity: string | null; measure: string | null }) => [a.kind, a.quantity, a.measure]);
    assert.deepEqual(kinds.sort(), [
      ['equipment', null, null],
      ['publicity', '2.00', '块'],
      ['team_building', null, null],
      ['training', null, null],
      ['venue', '120.00', '平方米'],
    ]);
    const detail = (await party.get(`/api/branch-pairings/${pairing.id}`)).json();
    assert.equal(detail.nextRedFlagStep, 'named');
    assert.equal(detail.redFlag.at(-1).reachedOn.slice(0, 7), '2016-11');
  });

  test('written once: a second run adds nothing', async () => {
    assert.equal(await seedBranchPairings(createDemoWorld(t.deps, TODAY)), 0);
  });
});
