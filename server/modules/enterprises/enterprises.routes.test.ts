import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { enterprises } from './enterprises.schema.ts';
import { insertContribution, insertEnterprise, insertPairing } from './enterprises.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const CREDIT = '91350100M000100Y43';

describe('enterprises routes', () => {
  let t: TestApp;
  let county: Session;
  let leader: Session;
  let viewer: Session;
  let gaozhou: Session;
  let gaozhouOrg: Session;

  const body = (overrides: Record<string, unknown> = {}) => ({
    name: '会泽县测试建材有限公司',
    creditCode: CREDIT,
    divisionCode: places.huize,
    industry: '建材',
    contactName: '李经理',
    contactPhone: '13908741234',
    partyOrgName: '会泽县测试建材有限公司党支部',
    ...overrides,
  });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.huize });
    gaozhou = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
  });
  after(() => t.close());

  test('400: credit code checksum, phone, name, and a region outside the account', async () => {
    const shape = await county.post('/api/enterprises', body({ creditCode: '91350100M000100Y44', contactPhone: '12345', name: '' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['contactPhone', 'creditCode', 'name']);
    assert.match(shape.json().fields.find((f: Field) => f.path === 'creditCode').message, /校验位/);
    const elsewhere = await county.post('/api/enterprises', body({ divisionCode: places.gaozhou }));
    assert.equal(elsewhere.statusCode, 400);
    assert.deepEqual(paths(elsewhere.json()), ['divisionCode']);
    assert.equal((await viewer.post('/api/enterprises', body())).statusCode, 403);
    assert.equal((await t.deps.db.select().from(enterprises)).length, 0);
  });

  test('register: phone stored encrypted and shown masked; the credit code is unique; unmask is audited with its reason', async () => {
    const created = await county.post('/api/enterprises', body());
    assert.equal(created.statusCode, 201);
    const view = created.json();
    assert.equal(view.contactPhone, '139****1234');
    assert.equal(view.creditCode, CREDIT);
    assert.deepEqual(view.totals, { money: '0.00', goods: '0.00', purchases: '0.00', jobs: 0, count: 0 });
    const [row] = await t.deps.db.select().from(enterprises).where(eq(enterprises.id, view.id));
    assert.notEqual(row!.contactPhoneCipher, '13908741234');
    const [audit] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, view.id), eq(auditEvents.action, 'enterprises.create')));
    assert.doesNotMatch(JSON.stringify(audit!.after), /13908741234|contactPhoneCipher/);

    const again = await county.post('/api/enterprises', body({ name: '另一家公司', creditCode: CREDIT.toLowerCase() }));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'CREDIT_CODE_TAKEN');

    assert.equal((await county.post(`/api/enterprises/${view.id}/unmask`, { reason: '短' })).statusCode, 400);
    assert.equal((await viewer.post(`/api/enterprises/${view.id}/unmask`, { reason: '联系企业核实帮扶' })).statusCode, 403);
    const unmasked = await county.post(`/api/enterprises/${view.id}/unmask`, { reason: '联系企业核实帮扶' });
    assert.equal(unmasked.statusCode, 200);
    assert.equal(unmasked.json().value, '13908741234');
    const [trail] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, view.id), eq(auditEvents.action, 'enterprises.unmask')));
    assert.equal(trail!.reason, '联系企业核实帮扶');
    assert.equal((await gaozhouOrg.post(`/api/enterprises/${view.id}/unmask`, { reason: '联系企业核实帮扶' })).statusCode, 404);
  });

  test('PATCH changes only what is sent; a landline is accepted; clearing the phone clears both columns', async () => {
    const view = (await county.post('/api/enterprises', body({ name: '会泽县测试食品有限公司', creditCode: '91450421MA5L00000T' }))).json();
    const renamed = await county.patch(`/api/enterprises/${view.id}`, { name: '会泽县测试食品股份有限公司', contactPhone: '0874-5121234' });
    assert.equal(renamed.statusCode, 200);
    assert.equal(renamed.json().name, '会泽县测试食品股份有限公司');
    assert.equal(renamed.json().industry, '建材');
    assert.equal(renamed.json().contactPhone, '087****1234');
    const cleared = (await county.patch(`/api/enterprises/${view.id}`, { contactPhone: null, creditCode: '' })).json();
    assert.equal(cleared.contactPhone, null);
    assert.equal(cleared.creditCode, null);
    assert.equal((await gaozhouOrg.patch(`/api/enterprises/${view.id}`, { name: 'x公司' })).statusCode, 404);
    assert.equal((await county.patch(`/api/enterprises/${view.id}`, { creditCode: CREDIT })).statusCode, 409);
  });

  test('pairing and contributions: the village side records, totals add up, deletes are refused while anything was given', async () => {
    const enterprise = (await county.post('/api/enterprises', body({ name: '会泽县测试木业有限公司', creditCode: undefined, contactPhone: undefined }))).json();
    assert.equal((await leader.get(`/api/enterprises/${enterprise.id}`)).statusCode, 404);
    const notVillage = await county.post(`/api/enterprises/${enterprise.id}/pairings`, { divisionCode: places.nagu, since: '2024-03-01' });
    assert.equal(notVillage.statusCode, 400);
    const paired = await county.post(`/api/enterprises/${enterprise.id}/pairings`, { divisionCode: places.naguVillage, since: '2024-03-01', agreement: '党组织结对共建协议' });
    assert.equal(paired.statusCode, 201);
    const pairing = paired.json().pairings[0];
    assert.equal(pairing.villageName, '拖车村村民委员会');
    assert.equal((await county.post(`/api/enterprises/${enterprise.id}/pairings`, { divisionCode: places.naguVillage, since: '2024-05-01' })).statusCode, 409);

    // Now paired into his village, the team leader sees the enterprise but may not edit the county's record.
    const seen = await leader.get(`/api/enterprises/${enterprise.id}`);
    assert.equal(seen.statusCode, 200);
    assert.deepEqual(seen.json().abilities, { update: false, pair: true, contribute: true, unmask: true });
    assert.equal((await leader.patch(`/api/enterprises/${enterprise.id}`, { name: '改名' })).statusCode, 403);

    const add = (b: Record<string, unknown>) => leader.post(`/api/enterprises/${enterprise.id}/contributions`, { pairingId: pairing.id, givenOn: '2024-06-01', description: '出资硬化屯级道路', ...b });
    const noValue = await add({ kind: 'money' });
    assert.equal(noValue.statusCode, 400);
    assert.deepEqual(paths(noValue.json()), ['value']);
    const early = await add({ kind: 'jobs', givenOn: '2024-01-01' });
    assert.deepEqual(paths(early.json()), ['givenOn', 'quantity']);
    assert.equal((await add({ kind: 'money', value: '0.00' })).statusCode, 400);
    assert.equal((await add({ kind: 'money', value: '120000.10' })).statusCode, 201);
    assert.equal((await add({ kind: 'goods', value: '8000.20', quantity: '40', unit: '套', description: '捐赠村委办公桌椅' })).statusCode, 201);
    assert.equal((await add({ kind: 'purchases', value: '56000.00', description: '收购村民松脂原料', givenOn: '2025-03-10' })).statusCode, 201);
    const jobs = await add({ kind: 'jobs', quantity: '12', description: '吸纳富余劳动力进厂务工', givenOn: '2025-04-01' });
    assert.equal(jobs.statusCode, 201);
    const view = jobs.json();
    assert.deepEqual(view.totals, { money: '120000.10', goods: '8000.20', purchases: '56000.00', jobs: 12, count: 4 });
    assert.equal(view.contributions[0].kind, 'jobs');
    assert.equal(view.contributions[0].unit, '人');
    assert.equal(view.pairings[0].contributions, 4);

    const deleting = await county.delete(`/api/enterprises/${enterprise.id}`);
    assert.equal(deleting.statusCode, 409);
    assert.equal(deleting.json().code, 'ENTERPRISE_HAS_CONTRIBUTIONS');
    assert.equal((await county.delete(`/api/enterprises/${enterprise.id}/pairings/${pairing.id}`)).statusCode, 409);
    const tooEarly = await county.post(`/api/enterprises/${enterprise.id}/pairings/${pairing.id}/end`, { until: '2025-01-01' });
    assert.deepEqual(paths(tooEarly.json()), ['until']);
    const ended = await county.post(`/api/enterprises/${enterprise.id}/pairings/${pairing.id}/end`, { until: '2025-12-31' });
    assert.equal(ended.statusCode, 200);
    assert.equal(ended.json().pairings[0].until, '2025-12-31');
    assert.deepEqual(ended.json().villages, []);
    assert.equal((await add({ kind: 'money', value: '1.00', givenOn: '2026-01-05' })).statusCode, 400);

    const list = (await leader.get(`/api/enterprises/${enterprise.id}/contributions?kind=money`)).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].value, '120000.10');
    assert.equal((await gaozhou.get(`/api/enterprises/${enterprise.id}/contributions`)).statusCode, 404);
  });

  test('an enterprise kept elsewhere is seen through its pairing only, and each side sees its own villages', async () => {
    const foreign = await insertEnterprise(t.deps, { divisionCode: places.maoming, name: '茂名测试集团有限公司' });
    const inHuize = await insertPairing(t.deps, { enterpriseId: foreign, divisionCode: places.naguVillage });
    const inGaozhou = await insertPairing(t.deps, { enterpriseId: foreign, divisionCode: places.changliu });
    await insertContribution(t.deps, { enterpriseId: foreign, pairingId: inHuize, divisionCode: places.naguVillage, value: '300.00' });
    await insertContribution(t.deps, { enterpriseId: foreign, pairingId: inGaozhou, divisionCode: places.changliu, value: '700.00' });

    const fromHuize = (await county.get(`/api/enterprises/${foreign}`)).json();
    assert.deepEqual(fromHuize.pairings.map((p: { id: string }) => p.id), [inHuize]);
    assert.equal(fromHuize.totals.money, '300.00');
    assert.equal(fromHuize.abilities.update, false);
    const fromGaozhou = (await gaozhou.get(`/api/enterprises/${foreign}`)).json();
    assert.deepEqual(fromGaozhou.villages.map((v: { code: string }) => v.code), [places.changliu]);
    assert.equal(fromGaozhou.totals.money, '700.00');
    assert.deepEqual((await gaozhou.get('/api/enterprises')).json().items.map((e: { id: string }) => e.id), [foreign]);
    assert.equal((await county.get(`/api/enterprises?villageCode=${places.changliu}`)).json().total, 0);
    assert.equal((await county.get(`/api/enterprises?q=${encodeURIComponent('茂名测试')}`)).json().total, 1);
    assert.equal((await county.post(`/api/enterprises/${foreign}/pairings/${inGaozhou}/end`, { until: '2025-01-01' })).statusCode, 404);
    assert.equal((await gaozhouOrg.delete(`/api/enterprises/${foreign}`)).statusCode, 403);
    assert.equal((await gaozhou.get(`/api/enterprises?villageCode=${places.changliu}`)).json().total, 1);
  });

  test('an enterprise with nothing given can be deleted, its pairings with it', async () => {
    const id = await insertEnterprise(t.deps, { divisionCode: places.huize, name: '会泽县待删除公司' });
    const pairing = await insertPairing(t.deps, { enterpriseId: id, divisionCode: places.naguVillage });
    assert.equal((await leader.delete(`/api/enterprises/${id}`)).statusCode, 403);
    assert.equal((await county.delete(`/api/enterprises/${id}/pairings/${pairing}`)).statusCode, 204);
    assert.equal((await county.delete(`/api/enterprises/${id}`)).statusCode, 204);
    assert.equal((await county.get(`/api/enterprises/${id}`)).statusCode, 404);
    const trail = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    assert.deepEqual(trail.map((a) => a.action).sort(), ['enterprises.delete', 'enterprises.pairing.delete']);
  });

  test('contributions over the area: filters, export, and the summary by township', async () => {
    const all = (await county.get('/api/enterprises/contributions')).json();
    assert.equal(all.total, 5);
    assert.equal((await county.get('/api/enterprises/contributions?year=2025')).json().total, 2);
    assert.equal((await county.get('/api/enterprises/contributions?kind=jobs')).json().items[0].quantity, '12.00');
    assert.equal((await county.get(`/api/enterprises/contributions?divisionCode=${places.gaozhou}`)).json().total, 0);

    const file = await county.get('/api/enterprises/contributions/export?kind=purchases');
    assert.equal(file.statusCode, 200);
    const rows = await sheetRows(file);
    assert.equal(rows.length, 2);
    assert.equal(rows[1]![3], '消费帮扶（采购）');
    assert.equal((await leader.get('/api/enterprises/export')).statusCode, 403);
    const names = await sheetRows(await county.get('/api/enterprises/export'));
    assert.ok(names.slice(1).every((r) => !r.includes('13908741234')));

    const summary = (await county.get('/api/enterprises/summary')).json();
    assert.equal(summary.name, '会泽县');
    const nagu = summary.rows.find((r: { divisionCode: string }) => r.divisionCode === places.nagu);
    // The 木业 pairing has ended; the 茂名 group's is current. Money and goods: 120000.10 + 8000.20 + 300.00.
    assert.deepEqual(
      { enterprises: nagu.enterprises, villages: nagu.villages, moneyAndGoods: nagu.moneyAndGoods, purchases: nagu.purchases, jobs: nagu.jobs, drillable: nagu.drillable },
      { enterprises: 1, villages: 1, moneyAndGoods: '128300.30', purchases: '56000.00', jobs: 12, drillable: true },
    );
    assert.equal(summary.total.moneyAndGoods, '128300.30');
    const year = (await county.get(`/api/enterprises/summary?divisionCode=${places.nagu}&year=2025`)).json();
    assert.deepEqual(year.rows.map((r: { divisionCode: string; purchases: string; moneyAndGoods: string }) => [r.divisionCode, r.purchases, r.moneyAndGoods]), [[places.naguVillage, '56000.00', '0.00']]);
    assert.equal((await county.get(`/api/enterprises/summary?divisionCode=${places.gaozhou}`)).statusCode, 404);
  });
});
