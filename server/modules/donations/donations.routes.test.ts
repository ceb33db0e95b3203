import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { donations } from './donations.schema.ts';
import { insertServingProject } from './donations.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

describe('donations routes', () => {
  let t: TestApp;
  let leader: Session;
  let otherLeader: Session;
  let member: Session;
  let county: Session;
  let gaozhou: Session;
  let kindergarten: string;
  let elsewhereProject: string;
  let foreignProject: string;
  let cadreId: string;
  let foreignCadre: string;

  const body = (overrides: Record<string, unknown> = {}) => ({
    donor: '香港善一堂',
    donorKind: 'organization',
    form: 'money',
    value: '680000.00',
    purpose: '建设村级幼儿园',
    receivedOn: '2025-03-01',
    divisionCode: places.naguVillage,
    ...overrides,
  });
  const uniforms = (overrides: Record<string, unknown> = {}) =>
    body({ donor: '云南某服饰有限公司', donorKind: 'enterprise', form: 'goods', value: '3600.50', goods: '校服', quantity: '120', unit: '套', purpose: '小学生校服', ...overrides });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    kindergarten = await insertServingProject(t.deps, [places.naguVillage]);
    elsewhereProject = await insertServingProject(t.deps, [places.nagu], '娜姑镇集镇道路');
    foreignProject = await insertServingProject(t.deps, [places.changliu], '长流村集中供水工程');
    const unit = await createUnit(t.deps, { name: '曲靖市中级人民法院' });
    cadreId = (await createCadre(t.deps, { unitId: unit.id, divisionCode: places.naguVillage, name: '何第一' })).id;
    const gdUnit = await createUnit(t.deps, { name: '广东省高级人民法院', divisionCode: places.gaozhou });
    foreignCadre = (await createCadre(t.deps, { unitId: gdUnit.id, divisionCode: places.changliu, name: '李外地' })).id;
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    otherLeader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhou = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
  });
  after(() => t.close());

  test('400: field rules with their paths, nothing saved', async () => {
    const shape = await leader.post('/api/donations', body({ donor: ' ', donorKind: 'church', value: '0.00', receivedOn: '2025/03/01' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['donor', 'donorKind', 'receivedOn', 'value']);
    assert.deepEqual(paths((await leader.post('/api/donations', body({ value: '12.345' }))).json()), ['value']);
    assert.deepEqual(paths((await leader.post('/api/donations', uniforms({ goods: '' }))).json()), ['goods']);
    assert.deepEqual(paths((await leader.post('/api/donations', body({ goods: '书包' }))).json()), ['goods']);
    assert.deepEqual(paths((await leader.post('/api/donations', uniforms({ unit: undefined }))).json()), ['unit']);
    const future = await leader.post('/api/donations', body({ receivedOn: '2999-01-01' }));
    assert.equal(future.statusCode, 400);
    assert.deepEqual(paths(future.json()), ['receivedOn']);
    assert.deepEqual(paths((await leader.post('/api/donations', body({ receivedOn: '2025-02-30' }))).json()), ['receivedOn']);
    const elsewhere = await leader.post('/api/donations', body({ divisionCode: places.changliu }));
    assert.equal(elsewhere.statusCode, 400);
    assert.deepEqual(paths(elsewhere.json()), ['divisionCode']);
    const huizeRural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    const township = await huizeRural.post('/api/donations', body({ divisionCode: places.nagu }));
    assert.equal(township.statusCode, 400);
    assert.deepEqual(paths(township.json()), ['divisionCode']);
    assert.equal((await t.deps.db.select().from(donations)).length, 0);
  });

  test('400: the project must be one in reach serving the village; the cadre one in reach', async () => {
    const notServing = await leader.post('/api/donations', body({ projectId: elsewhereProject }));
    assert.equal(notServing.statusCode, 400);
    assert.deepEqual(paths(notServing.json()), ['projectId']);
    const foreign = await leader.post('/api/donations', body({ projectId: foreignProject, arrangedByCadreId: foreignCadre }));
    assert.equal(foreign.statusCode, 400);
    assert.deepEqual(paths(foreign.json()), ['arrangedByCadreId', 'projectId']);
    assert.equal((await member.post('/api/donations', body())).statusCode, 403);
    assert.equal((await county.post('/api/donations', body())).statusCode, 403);
  });

  test('record money for a project and goods; the list names project and cadre, totals to the cent', async () => {
    const created = await leader.post('/api/donations', body({ projectId: kindergarten, arrangedByCadreId: cadreId, receiptNo: 'SYT-2025-001' }));
    assert.equal(created.statusCode, 201);
    const gift = created.json();
    assert.equal(gift.projectName, '村级幼儿园建设');
    assert.equal(gift.arrangedByName, '何第一');
    assert.equal(gift.villageName, '拖车村村民委员会');
    assert.deepEqual(gift.abilities, { update: true, delete: true });
    const goods = (await leader.post('/api/donations', uniforms({ receivedOn: '2024-09-01' }))).json();
    assert.equal(goods.quantity, '120.00');
    await leader.post('/api/donations', body({ donor: '个人捐款甲', donorKind: 'individual', value: '0.10' }));
    await leader.post('/api/donations', body({ donor: '个人捐款乙', donorKind: 'individual', value: '0.20' }));

    const byProject = (await county.get(`/api/donations?projectId=${kindergarten}`)).json();
    assert.deepEqual(byProject.items.map((d: { id: string }) => d.id), [gift.id]);
    const all = (await county.get('/api/donations?pageSize=2')).json();
    assert.equal(all.total, 4);
    assert.equal(all.items.length, 2);
    assert.deepEqual(all.totals, { money: '680000.30', goods: '3600.50', total: '683600.80', count: 4, donors: 4 });
    const individuals = (await county.get('/api/donations?donorKind=individual')).json();
    assert.deepEqual(individuals.totals, { money: '0.30', goods: '0.00', total: '0.30', count: 2, donors: 2 });
    assert.equal((await county.get('/api/donations?form=goods')).json().items[0].goods, '校服');
    assert.equal((await county.get('/api/donations?year=2024')).json().total, 1);
    assert.equal((await county.get('/api/donations?q=善一')).json().total, 1);
    const byValue = (await county.get('/api/donations?sort=value&order=asc')).json();
    assert.deepEqual(byValue.items.map((d: { value: string }) => d.value), ['0.10', '0.20', '3600.50', '680000.00']);
    assert.equal((await county.get(`/api/donations?divisionCode=${places.nagu}`)).json().total, 4);
    assert.equal((await county.get(`/api/donations?divisionCode=${places.gaozhou}`)).json().total, 0);

    const audits = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, gift.id));
    assert.deepEqual(audits.map((a) => a.action), ['donations.create']);
  });

  test('a receipt number is taken once per village (409), and may repeat in another', async () => {
    const first = await gaozhou.post('/api/donations', body({ divisionCode: places.changliu, receiptNo: 'GZ-001' }));
    assert.equal(first.statusCode, 201);
    const again = await gaozhou.post('/api/donations', body({ divisionCode: places.changliu, receiptNo: 'GZ-001', value: '5.00' }));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'DONATION_RECEIPT_TAKEN');
    assert.deepEqual(paths(again.json()), ['receiptNo']);
    assert.equal((await gaozhou.post('/api/donations', body({ divisionCode: places.zhenjiangVillage, receiptNo: 'GZ-001' }))).statusCode, 201);
    const other = (await gaozhou.post('/api/donations', body({ divisionCode: places.changliu, value: '8.00' }))).json();
    const clash = await gaozhou.patch(`/api/donations/${other.id}`, { receiptNo: 'GZ-001' });
    assert.equal(clash.statusCode, 409);
    assert.equal((await gaozhou.patch(`/api/donations/${first.json().id}`, { receiptNo: 'GZ-001', value: '9.00' })).statusCode, 200);
  });

  test('PATCH changes what it names, null clears, rules hold on the result; out of scope is 404', async () => {
    const gift = (await leader.post('/api/donations', body({ projectId: kindergarten, arrangedByCadreId: cadreId, donor: '修改测试基金会' }))).json();
    const changed = await otherLeader.patch(`/api/donations/${gift.id}`, { value: '1234.56', projectId: null });
    assert.equal(changed.statusCode, 200);
    assert.equal(changed.json().value, '1234.56');
    assert.equal(changed.json().projectId, null);
    assert.equal(changed.json().arrangedByName, '何第一');
    assert.equal(changed.json().abilities.delete, false);
    const toGoods = await leader.patch(`/api/donations/${gift.id}`, { form: 'goods' });
    assert.equal(toGoods.statusCode, 400);
    assert.deepEqual(paths(toGoods.json()), ['goods']);
    assert.deepEqual(paths((await leader.patch(`/api/donations/${gift.id}`, { projectId: elsewhereProject })).json()), ['projectId']);
    assert.deepEqual(paths((await leader.patch(`/api/donations/${gift.id}`, { value: '-1' })).json()), ['value']);
    assert.equal((await leader.patch(`/api/donations/${gift.id}`, { form: 'goods', goods: '图书', quantity: '500', unit: '册' })).json().goods, '图书');
    assert.equal((await gaozhou.patch(`/api/donations/${gift.id}`, { value: '1.00' })).statusCode, 404);
    assert.equal((await gaozhou.get(`/api/donations/${gift.id}`)).statusCode, 404);
    assert.equal((await member.patch(`/api/donations/${gift.id}`, { value: '1.00' })).statusCode, 403);
    const [row] = await t.deps.db.select().from(donations).where(eq(donations.id, gift.id));
    assert.equal(row!.value, '1234.56');
    const audits = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, gift.id));
    assert.deepEqual(audits.map((a) => a.action).sort(), ['donations.create', 'donations.update', 'donations.update']);
  });

  test('DELETE: only the recorder, within 7 days; else 409', async () => {
    const gift = (await leader.post('/api/donations', body({ donor: '删除测试' }))).json();
    const byOther = await otherLeader.delete(`/api/donations/${gift.id}`);
    assert.equal(byOther.statusCode, 409);
    assert.equal(byOther.json().code, 'DONATION_DELETE_LOCKED');
    assert.equal((await gaozhou.delete(`/api/donations/${gift.id}`)).statusCode, 404);
    assert.equal((await leader.delete(`/api/donations/${gift.id}`)).statusCode, 204);
    assert.equal((await leader.get(`/api/donations/${gift.id}`)).statusCode, 404);
    const [audit] = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'donations.delete'));
    assert.equal(audit!.entityId, gift.id);

    const old = (await leader.post('/api/donations', body({ donor: '旧记录' }))).json();
    await t.deps.db.update(donations).set({ createdAt: new Date(Date.now() - 8 * 24 * 3600_000) }).where(eq(donations.id, old.id));
    assert.equal((await leader.get(`/api/donations/${old.id}`)).json().abilities.delete, false);
    assert.equal((await leader.delete(`/api/donations/${old.id}`)).statusCode, 409);
  });

  test('export is an Excel file of the visible donations, audited', async () => {
    const response = await county.get('/api/donations/export?form=money');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    const exports = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'donations.export'));
    assert.equal(exports.length, 1);
  });
});
