import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { partyMemberships } from '../party-orgs/index.ts';
import { branchPairings } from './branch-pairings.schema.ts';
import { insertBranch } from './branch-pairings.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

describe('branch pairings routes', () => {
  let t: TestApp;
  let unitParty: Session;
  let otherUnitParty: Session;
  let township: Session;
  let county: Session;
  let gaozhouCounty: Session;
  let secretary: Session;
  let campaign: Session;
  let organ: string;
  let otherOrgan: string;
  let villageBranch: string;
  let townshipBranch: string;
  let committee: string;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const unit = await createUnit(t.deps, { name: '曲靖市总工会' });
    const otherUnit = await createUnit(t.deps, { name: '曲靖市林业局' });
    organ = await insertBranch(t.deps, { name: '曲靖市总工会机关第一党支部', divisionCode: places.qujing, unitId: unit.id });
    otherOrgan = await insertBranch(t.deps, { name: '曲靖市林业局机关党支部', divisionCode: places.qujing, unitId: otherUnit.id });
    villageBranch = await insertBranch(t.deps, { name: '中共拖车村支部委员会', divisionCode: places.naguVillage });
    townshipBranch = await insertBranch(t.deps, { name: '娜姑镇机关党支部', divisionCode: places.nagu });
    committee = await insertBranch(t.deps, { name: '曲靖市总工会机关党委', divisionCode: places.qujing, unitId: unit.id, kind: 'committee' });
    const cadre = await createCadre(t.deps, { unitId: unit.id, divisionCode: places.naguVillage, name: '王书记' });
    await t.deps.db.insert(partyMemberships).values({ partyOrgId: villageBranch, cadreId: cadre.id, kind: 'formal', role: 'secretary', divisionCode: places.naguVillage });
    unitParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: unit.id });
    otherUnitParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: otherUnit.id });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    // Signed in for another place: the pairing reaches him only as the village branch's secretary.
    secretary = await sessionAs(t.app, t.deps, ['branch_secretary'], { division: places.gaozhou, cadreId: cadre.id });
    campaign = await sessionAs(t.app, t.deps, ['campaign_admin'], { division: places.qujing });
  });
  after(() => t.close());

  const body = (overrides: Record<string, unknown> = {}) => ({ organBranchId: organ, villageBranchId: villageBranch, startedOn: '2020-04-01', goals: '村党支部活动室达标', ...overrides });
  let pairingId: string;

  test('400: an organ branch of a unit, a village branch, a past start — with field paths, nothing saved', async () => {
    const wrong = await unitParty.post('/api/branch-pairings', body({ organBranchId: committee, villageBranchId: townshipBranch, startedOn: '2999-01-01' }));
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(paths(wrong.json()), ['organBranchId', 'startedOn', 'villageBranchId']);
    const noUnit = await county.post('/api/branch-pairings', body({ organBranchId: villageBranch }));
    assert.deepEqual(paths(noUnit.json()), ['organBranchId', 'villageBranchId']);
    assert.deepEqual(paths((await unitParty.post('/api/branch-pairings', body({ organBranchId: 'x' }))).json()), ['organBranchId']);
    assert.equal((await t.deps.db.select().from(branchPairings)).length, 0);
  });

  test('candidates: the unit’s own organ branches; branches sitting in villages anywhere', async () => {
    const organs = (await unitParty.get('/api/branch-pairings/candidates?side=organ')).json();
    assert.deepEqual(organs.items.map((b: { name: string }) => b.name), ['曲靖市总工会机关第一党支部']);
    const villages = (await unitParty.get('/api/branch-pairings/candidates?side=village&q=拖车')).json();
    assert.deepEqual(villages.items.map((b: { id: string; placeName: string }) => [b.id, b.placeName]), [[villageBranch, '拖车村村民委员会']]);
    assert.equal((await township.get('/api/branch-pairings/candidates?side=village')).statusCode, 403);
  });

  test('the unit pairs its own branch; another unit and the township may not; one live pairing per pair', async () => {
    assert.equal((await otherUnitParty.post('/api/branch-pairings', body())).statusCode, 403);
    assert.equal((await township.post('/api/branch-pairings', body())).statusCode, 403);
    assert.equal((await gaozhouCounty.post('/api/branch-pairings', body({ organBranchId: otherOrgan }))).statusCode, 403);
    const created = await unitParty.post('/api/branch-pairings', body());
    assert.equal(created.statusCode, 201);
    const pairing = created.json();
    pairingId = pairing.id;
    assert.equal(pairing.organBranch.unitName, '曲靖市总工会');
    assert.equal(pairing.villageBranch.villageName, '拖车村村民委员会');
    assert.equal(pairing.villageBranch.memberCount, 1);
    assert.equal(pairing.divisionCode, places.naguVillage);
    assert.equal(pairing.nextRedFlagStep, 'applied');
    assert.deepEqual(pairing.abilities, { update: true, end: true, recordActivity: true, recordRedFlag: true });
    const again = await county.post('/api/branch-pairings', body());
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'PAIRING_EXISTS');
    const audits = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, pairing.id));
    assert.deepEqual(audits.map((a) => a.action), ['branch_pairings.create']);
  });

  test('who sees it: the unit, the region of the village, the secretary of either branch', async () => {
    for (const session of [unitParty, township, county, secretary, campaign]) {
      assert.equal((await session.get('/api/branch-pairings')).json().total, 1);
      assert.equal((await session.get(`/api/branch-pairings/${pairingId}`)).statusCode, 200);
    }
    for (const session of [otherUnitParty, gaozhouCounty]) {
      assert.equal((await session.get('/api/branch-pairings')).json().total, 0);
      assert.equal((await session.get(`/api/branch-pairings/${pairingId}`)).statusCode, 404);
      assert.equal((await session.get(`/api/branch-pairings/${pairingId}/activities`)).statusCode, 404);
    }
    assert.equal((await gaozhouCounty.post(`/api/branch-pairings/${pairingId}/red-flag`, { step: 'applied', reachedOn: '2020-05-01' })).statusCode, 404);
    const view = (await township.get(`/api/branch-pairings/${pairingId}`)).json();
    assert.deepEqual(view.abilities, { update: false, end: false, recordActivity: false, recordRedFlag: false });
  });

  test('activities: recorded inside the pairing with quantity and measure, listed, deleted', async () => {
    const early = await unitParty.post(`/api/branch-pairings/${pairingId}/activities`, { kind: 'venue', happenedOn: '2020-01-01', description: '扩建活动室', quantity: '120' });
    assert.equal(early.statusCode, 400);
    assert.deepEqual(paths(early.json()), ['happenedOn', 'measure']);
    assert.deepEqual(paths((await unitParty.post(`/api/branch-pairings/${pairingId}/activities`, { kind: 'tea', happenedOn: '2020-05-01', description: '' })).json()), ['description', 'kind']);
    const room = await secretary.post(`/api/branch-pairings/${pairingId}/activities`, { kind: 'venue', happenedOn: '2020-06-01', description: '扩建村级标准化党员活动室', quantity: '120', measure: '平方米', amount: '56000.00' });
    assert.equal(room.statusCode, 201);
    assert.equal(room.json().quantity, '120.00');
    const boards = (await unitParty.post(`/api/branch-pairings/${pairingId}/activities`, { kind: 'publicity', happenedOn: '2020-07-01', description: '新建党建宣传栏', quantity: '2', measure: '块' })).json();
    assert.equal((await township.post(`/api/branch-pairings/${pairingId}/activities`, { kind: 'other', happenedOn: '2020-07-01', description: '走访' })).statusCode, 403);
    const list = (await county.get(`/api/branch-pairings/${pairingId}/activities`)).json();
    assert.deepEqual(list.items.map((a: { kind: string }) => a.kind), ['publicity', 'venue']);
    assert.equal((await otherUnitParty.delete(`/api/branch-pairings/${pairingId}/activities/${boards.id}`)).statusCode, 404);
    assert.equal((await unitParty.delete(`/api/branch-pairings/${pairingId}/activities/${boards.id}`)).statusCode, 204);
    assert.equal((await unitParty.delete(`/api/branch-pairings/${pairingId}/activities/${boards.id}`)).statusCode, 404);
    const detail = (await county.get(`/api/branch-pairings/${pairingId}`)).json();
    assert.equal(detail.activityCount, 1);
    assert.equal(detail.amount, '56000.00');
  });

  test('红旗党支部: steps in order, each once, by the pair, the township, then the county', async () => {
    const url = `/api/branch-pairings/${pairingId}/red-flag`;
    assert.equal((await township.post(url, { step: 'applied', reachedOn: '2020-05-01' })).statusCode, 403);
    const beforeStart = await unitParty.post(url, { step: 'applied', reachedOn: '2020-03-01' });
    assert.equal(beforeStart.statusCode, 400);
    assert.deepEqual(paths(beforeStart.json()), ['reachedOn']);
    assert.equal((await unitParty.post(url, { step: 'applied', reachedOn: '2020-05-01', note: '申报创建' })).statusCode, 200);
    const twice = await secretary.post(url, { step: 'applied', reachedOn: '2020-05-02' });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'RED_FLAG_STEP_DONE');
    const skipped = await unitParty.post(url, { step: 'township_reviewed', reachedOn: '2020-06-01' });
    assert.equal(skipped.statusCode, 403);
    const outOfOrder = await township.post(url, { step: 'township_reviewed', reachedOn: '2020-06-01' });
    assert.equal(outOfOrder.statusCode, 409);
    assert.equal(outOfOrder.json().code, 'RED_FLAG_OUT_OF_ORDER');
    const earlier = await secretary.post(url, { step: 'self_assessed', reachedOn: '2020-04-20' });
    assert.deepEqual(paths(earlier.json()), ['reachedOn']);
    assert.equal((await secretary.post(url, { step: 'self_assessed', reachedOn: '2020-06-01' })).statusCode, 200);
    assert.equal((await county.post(url, { step: 'township_reviewed', reachedOn: '2020-07-01' })).statusCode, 403);
    const reviewed = await township.post(url, { step: 'township_reviewed', reachedOn: '2020-07-01' });
    assert.equal(reviewed.statusCode, 200);
    assert.equal(reviewed.json().nextRedFlagStep, 'county_accepted');
    assert.equal(reviewed.json().abilities.recordRedFlag, false);
    assert.equal((await township.post(url, { step: 'county_accepted', reachedOn: '2020-11-01' })).statusCode, 403);
    assert.equal((await county.get(`/api/branch-pairings/${pairingId}`)).json().abilities.recordRedFlag, true);
    const accepted = await county.post(url, { step: 'county_accepted', reachedOn: '2020-11-01' });
    assert.equal(accepted.statusCode, 200);
    const detail = accepted.json();
    assert.equal(detail.redFlagStep, 'county_accepted');
    assert.deepEqual(detail.redFlag.map((r: { step: string }) => r.step), ['applied', 'self_assessed', 'township_reviewed', 'county_accepted']);
    assert.ok(detail.redFlag.every((r: { recordedByName: string | null }) => r.recordedByName));
    assert.equal((await county.post(url, { step: 'named', reachedOn: '2999-01-01' })).statusCode, 400);
  });

  test('filters, sort, summary and export', async () => {
    assert.equal((await county.get('/api/branch-pairings?redFlagStep=county_accepted')).json().total, 1);
    assert.equal((await county.get('/api/branch-pairings?redFlagStep=none')).json().total, 0);
    assert.equal((await county.get('/api/branch-pairings?q=总工会')).json().total, 1);
    assert.equal((await county.get('/api/branch-pairings?q=林业')).json().total, 0);
    assert.equal((await county.get(`/api/branch-pairings?divisionCode=${places.gaozhou}`)).json().total, 0);
    assert.equal((await campaign.get(`/api/branch-pairings?divisionCode=${places.nagu}&active=true&sort=activityCount`)).json().total, 1);
    assert.equal((await county.get('/api/branch-pairings?redFlagStep=flying')).statusCode, 400);
    const summary = (await county.get('/api/branch-pairings/summary')).json();
    assert.equal(summary.pairs, 1);
    assert.equal(summary.amount, '56000.00');
    assert.equal(summary.activities.find((a: { kind: string }) => a.kind === 'venue').count, 1);
    assert.equal(summary.redFlag.find((s: { step: string }) => s.step === 'township_reviewed').count, 1);
    assert.equal(summary.redFlag.find((s: { step: string }) => s.step === 'named').count, 0);
    assert.equal((await otherUnitParty.get('/api/branch-pairings/summary')).json().pairs, 0);
    const file = await county.get('/api/branch-pairings/export?active=true');
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
    assert.equal((await secretary.get('/api/branch-pairings/export')).statusCode, 403);
    const exports = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'branch_pairings.export'));
    assert.equal(exports.length, 1);
  });

  test('edit and end: dates keep around the records; once ended, a new pairing of the pair may start', async () => {
    const late = await unitParty.put(`/api/branch-pairings/${pairingId}`, { startedOn: '2020-08-01', goals: '改' });
    assert.equal(late.statusCode, 400);
    assert.deepEqual(paths(late.json()), ['startedOn']);
    assert.equal((await township.put(`/api/branch-pairings/${pairingId}`, { startedOn: '2020-03-01' })).statusCode, 403);
    const edited = await unitParty.put(`/api/branch-pairings/${pairingId}`, { startedOn: '2020-03-01', goals: '建成红旗党支部' });
    assert.equal(edited.json().goals, '建成红旗党支部');
    assert.deepEqual(paths((await unitParty.post(`/api/branch-pairings/${pairingId}/end`, { endedOn: '2020-10-01' })).json()), ['endedOn']);
    const ended = await unitParty.post(`/api/branch-pairings/${pairingId}/end`, { endedOn: '2021-12-31' });
    assert.equal(ended.statusCode, 200);
    assert.equal(ended.json().abilities.end, false);
    assert.equal((await unitParty.post(`/api/branch-pairings/${pairingId}/end`, { endedOn: '2022-01-01' })).json().code, 'PAIRING_ENDED');
    assert.equal((await county.get('/api/branch-pairings?active=false')).json().total, 1);
    assert.equal((await unitParty.post('/api/branch-pairings', body({ startedOn: '2022-03-01' }))).statusCode, 201);
  });

  test('two requests for the same pair at once: one pairing, the other 409', async () => {
    const both = await Promise.all([county.post('/api/branch-pairings', body({ organBranchId: otherOrgan })), county.post('/api/branch-pairings', body({ organBranchId: otherOrgan }))]);
    assert.deepEqual(both.map((r) => r.statusCode).sort(), [201, 409]);
    assert.ok(both.every((r) => r.statusCode === 201 || r.json().code === 'PAIRING_EXISTS'));
  });
});
