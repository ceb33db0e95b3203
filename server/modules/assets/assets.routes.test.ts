import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { insertAsset, insertProject } from './assets.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

describe('assets routes', () => {
  let t: TestApp;
  let leader: Session;
  let member: Session;
  let township: Session;
  let gaozhou: Session;
  let projectId: string;
  let foreignProject: string;
  let foreignAsset: string;

  const body = (overrides: Record<string, unknown> = {}) => ({
    projectId,
    divisionCode: places.naguVillage,
    name: '拖车村人饮水池',
    kind: 'water_works',
    owner: '村集体',
    maintainer: '村民小组',
    value: '186000.50',
    quantity: '200 立方米',
    handedOverOn: '2025-04-01',
    condition: 'good',
    ...overrides,
  });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    projectId = await insertProject(t.deps, places.naguVillage);
    foreignProject = await insertProject(t.deps, places.changliu, '长流村道路硬化');
    foreignAsset = await insertAsset(t.deps, { divisionCode: places.changliu, projectId: foreignProject });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    gaozhou = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
  });
  after(() => t.close());

  test('400: money, codes, future date, and a village outside the account', async () => {
    const shape = await leader.post('/api/assets', body({ value: '12.345', kind: 'cow', name: '' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['kind', 'name', 'value']);
    const future = await leader.post('/api/assets', body({ handedOverOn: '2999-01-01' }));
    assert.equal(future.statusCode, 400);
    assert.deepEqual(paths(future.json()), ['handedOverOn']);
    const elsewhere = await leader.post('/api/assets', body({ divisionCode: places.changliu, projectId: undefined }));
    assert.equal(elsewhere.statusCode, 400);
    assert.deepEqual(paths(elsewhere.json()), ['divisionCode']);
    const notVillage = await leader.post('/api/assets', body({ divisionCode: places.nagu }));
    assert.equal(notVillage.statusCode, 400);
  });

  test('a project out of scope is not found; a reader may not register', async () => {
    assert.equal((await leader.post('/api/assets', body({ projectId: foreignProject }))).statusCode, 404);
    assert.equal((await member.post('/api/assets', body())).statusCode, 403);
  });

  test('register, list by project, condition follows the latest check, history kept', async () => {
    const created = await leader.post('/api/assets', body());
    assert.equal(created.statusCode, 201);
    const asset = created.json();
    assert.equal(asset.value, '186000.50');
    assert.equal(asset.projectName, '测试饮水工程');
    assert.equal(asset.condition, 'good');
    assert.deepEqual(asset.checks, []);

    const list = (await member.get(`/api/assets?projectId=${projectId}`)).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].id, asset.id);
    assert.equal((await member.get(`/api/assets?projectId=${projectId}&condition=damaged`)).json().total, 0);

    const repair = await township.post(`/api/assets/${asset.id}/checks`, { checkedOn: '2025-08-10', condition: 'needs_repair', note: '池壁渗水', checkedBy: '张管护' });
    assert.equal(repair.statusCode, 201);
    assert.equal(repair.json().condition, 'needs_repair');
    // An older check, entered late, joins the history without overriding the newer one.
    const older = await leader.post(`/api/assets/${asset.id}/checks`, { checkedOn: '2025-05-01', condition: 'good', checkedBy: '李检查' });
    assert.equal(older.json().condition, 'needs_repair');
    const fixed = await leader.post(`/api/assets/${asset.id}/checks`, { checkedOn: '2025-09-01', condition: 'good', checkedBy: '张管护' });
    const view = fixed.json();
    assert.equal(view.condition, 'good');
    assert.deepEqual(
      view.checks.map((c: { checkedOn: string; condition: string }) => [c.checkedOn, c.condition]),
      [
        ['2025-09-01', 'good'],
        ['2025-08-10', 'needs_repair'],
        ['2025-05-01', 'good'],
      ],
    );
    const audits = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, asset.id));
    assert.deepEqual(audits.map((a) => a.action).sort(), ['assets.check', 'assets.check', 'assets.check', 'assets.create']);
  });

  test('update keeps the condition; out of scope is 404 for read, write and checks', async () => {
    const asset = (await leader.post('/api/assets', body({ name: '村卫生室' , kind: 'building', condition: 'damaged' }))).json();
    const updated = await leader.put(`/api/assets/${asset.id}`, { ...body({ name: '村卫生室（改）', kind: 'building' }), condition: undefined });
    assert.equal(updated.statusCode, 200);
    assert.equal(updated.json().name, '村卫生室（改）');
    assert.equal(updated.json().condition, 'damaged');

    assert.equal((await gaozhou.get(`/api/assets/${asset.id}`)).statusCode, 404);
    assert.equal((await gaozhou.put(`/api/assets/${asset.id}`, body())).statusCode, 404);
    assert.equal((await gaozhou.post(`/api/assets/${asset.id}/checks`, { checkedOn: '2025-05-01', condition: 'good', checkedBy: '某人' })).statusCode, 404);
    assert.equal((await leader.get(`/api/assets/${foreignAsset}`)).statusCode, 404);
    const theirs = (await gaozhou.get('/api/assets')).json();
    assert.deepEqual(theirs.items.map((a: { id: string }) => a.id), [foreignAsset]);
  });

  test('export is an Excel file of the visible assets', async () => {
    const response = await member.get('/api/assets/export');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
  });
});
