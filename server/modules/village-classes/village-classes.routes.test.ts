import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { villageProfiles } from '../divisions/index.ts';
import { villageClasses } from './village-classes.schema.ts';
import { insertStationedTeam } from './village-classes.fixture.ts';
import { classYear } from './village-classes.rules.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const year = classYear();

describe('village classes routes', () => {
  let t: TestApp;
  let county: Session;
  let office: Session;
  let township: Session;
  let gaozhouCounty: Session;
  let unitParty: Session;
  let otherUnitParty: Session;
  let viewer: Session;
  let unitId: string;
  let classId: string;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const unit = await createUnit(t.deps, { name: '曲靖市农业农村局' });
    const other = await createUnit(t.deps, { name: '曲靖市林业局' });
    unitId = unit.id;
    const leader = await createCadre(t.deps, { unitId, name: '张队长' });
    await insertStationedTeam(t.deps, { name: '拖车村驻村工作队', divisionCode: places.naguVillage, unitId, leaderCadreId: leader.id });
    await t.deps.db.insert(villageProfiles).values({ divisionCode: places.naguVillage, population: 2100, households: 520, mainIndustries: ['烤烟'], infrastructureGaps: ['通组道路'] });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    office = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    unitParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId });
    otherUnitParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: other.id });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.yunnan });
  });
  after(() => t.close());

  const body = (overrides: Record<string, unknown> = {}) => ({
    divisionCode: places.naguVillage,
    year,
    classCode: 'infrastructure',
    otherFactors: ['industry'],
    reason: '通组道路未硬化，雨季出行难',
    supportPlan: '争取交通项目硬化通组道路 3.2 公里',
    backingUnitIds: [unitId],
    ...overrides,
  });

  test('401 without a session; 403 for a reader; 404 for a village outside the region', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/village-classes' })).statusCode, 401);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/villages/${places.naguVillage}/profile` })).statusCode, 401);
    assert.equal((await township.post('/api/village-classes', body())).statusCode, 403);
    assert.equal((await gaozhouCounty.post('/api/village-classes', body())).statusCode, 404);
    assert.equal((await gaozhouCounty.get(`/api/villages/${places.naguVillage}/profile`)).statusCode, 404);
    assert.equal((await otherUnitParty.get(`/api/villages/${places.naguVillage}/profile`)).statusCode, 404);
  });

  test('400 with field paths, nothing saved', async () => {
    const wrong = await county.post('/api/village-classes', body({ classCode: 'flying', reason: ' ', backingUnitIds: ['x'], year: 1990 }));
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(paths(wrong.json()), ['backingUnitIds.0', 'classCode', 'reason', 'year']);
    const same = await county.post('/api/village-classes', body({ otherFactors: ['infrastructure'] }));
    assert.deepEqual(paths(same.json()), ['otherFactors']);
    const notVillage = await county.post('/api/village-classes', body({ divisionCode: places.nagu }));
    assert.deepEqual(paths(notVillage.json()), ['divisionCode']);
    const unknownUnit = await county.post('/api/village-classes', body({ backingUnitIds: ['00000000-0000-4000-8000-000000000000'], year: year + 2 }));
    assert.deepEqual(paths(unknownUnit.json()), ['backingUnitIds', 'year']);
    assert.equal((await t.deps.db.select().from(villageClasses)).length, 0);
  });

  test('the county classes a village once a year; a second is 409; audited', async () => {
    const created = await county.post('/api/village-classes', body());
    assert.equal(created.statusCode, 201);
    const view = created.json();
    classId = view.id;
    assert.equal(view.villageName, '拖车村村民委员会');
    assert.match(view.path, /会泽县/);
    assert.deepEqual(view.backingUnits, [{ id: unitId, name: '曲靖市农业农村局' }]);
    assert.deepEqual(view.abilities, { update: true, delete: true });
    const again = await office.post('/api/village-classes', body({ classCode: 'industry', otherFactors: [] }));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'VILLAGE_CLASS_EXISTS');
    assert.equal((await office.post('/api/village-classes', body({ year: year - 1, classCode: 'organization', otherFactors: [], backingUnitIds: [] }))).statusCode, 201);
    const audits = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, classId));
    assert.deepEqual(audits.map((a) => a.action), ['village_classes.create']);
  });

  test('list: scope, filters, sort, paging; the backing unit sees its classes', async () => {
    assert.equal((await county.get('/api/village-classes')).json().total, 2);
    assert.equal((await township.get(`/api/village-classes?year=${year}`)).json().total, 1);
    assert.equal((await viewer.get('/api/village-classes?classCode=organization')).json().total, 1);
    assert.equal((await county.get(`/api/village-classes?divisionCode=${places.gaozhou}`)).json().total, 0);
    assert.equal((await gaozhouCounty.get('/api/village-classes')).json().total, 0);
    assert.equal((await unitParty.get('/api/village-classes')).json().total, 1);
    assert.equal((await otherUnitParty.get('/api/village-classes')).json().total, 0);
    const paged = (await county.get('/api/village-classes?sort=year&order=asc&pageSize=1&page=2')).json();
    assert.equal(paged.items[0].year, year);
    assert.equal(paged.total, 2);
    assert.equal((await county.get('/api/village-classes?year=abc')).statusCode, 400);
    const townshipView = (await township.get(`/api/village-classes/${classId}`)).json();
    assert.deepEqual(townshipView.abilities, { update: false, delete: false });
    assert.equal((await gaozhouCounty.get(`/api/village-classes/${classId}`)).statusCode, 404);
  });

  test('summary counts every class of the year; export is audited', async () => {
    const summary = (await township.get(`/api/village-classes/summary?year=${year}`)).json();
    assert.equal(summary.total, 1);
    assert.equal(summary.classes.length, 6);
    assert.equal(summary.classes.find((c: { classCode: string }) => c.classCode === 'infrastructure').count, 1);
    assert.equal((await gaozhouCounty.get('/api/village-classes/summary')).json().total, 0);
    const file = await county.get(`/api/village-classes/export?year=${year}`);
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
    assert.equal((await unitParty.get('/api/village-classes/export')).statusCode, 403);
    assert.equal((await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'village_classes.export'))).length, 1);
  });

  test('the village page: profile, classes latest first, teams in post, counts', async () => {
    const res = await township.get(`/api/villages/${places.naguVillage}/profile`);
    assert.equal(res.statusCode, 200);
    const page = res.json();
    assert.equal(page.name, '拖车村村民委员会');
    assert.equal(page.profile.households, 520);
    assert.deepEqual(page.classes.map((c: { year: number }) => c.year), [year, year - 1]);
    assert.equal(page.teams[0].name, '拖车村驻村工作队');
    assert.deepEqual(page.teams[0].members.map((m: { name: string }) => m.name), ['张队长']);
    assert.equal(page.teams[0].units[0].name, '曲靖市农业农村局');
    assert.deepEqual(page.counts, { households: 0, projects: 0 });
    assert.deepEqual(page.abilities, { editProfile: true, classify: false });
    assert.deepEqual((await county.get(`/api/villages/${places.naguVillage}/profile`)).json().abilities, { editProfile: true, classify: true });
    assert.equal((await unitParty.get(`/api/villages/${places.naguVillage}/profile`)).statusCode, 200);
    assert.equal((await county.get(`/api/villages/${places.nagu}/profile`)).statusCode, 404);
    assert.deepEqual(paths((await county.get('/api/villages/12/profile')).json()), ['code']);
  });

  test('update and delete: by the county of the village; out of region 404, readers 403', async () => {
    const change = { classCode: 'industry', otherFactors: ['infrastructure'], reason: '烤烟单一，价格波动大', supportPlan: '发展蔬菜种植', backingUnitIds: [] };
    assert.equal((await gaozhouCounty.put(`/api/village-classes/${classId}`, change)).statusCode, 404);
    assert.equal((await township.put(`/api/village-classes/${classId}`, change)).statusCode, 403);
    assert.deepEqual(paths((await county.put(`/api/village-classes/${classId}`, { ...change, supportPlan: '' })).json()), ['supportPlan']);
    const updated = await office.put(`/api/village-classes/${classId}`, change);
    assert.equal(updated.statusCode, 200);
    assert.equal(updated.json().classCode, 'industry');
    assert.deepEqual(updated.json().backingUnits, []);
    assert.equal((await gaozhouCounty.delete(`/api/village-classes/${classId}`)).statusCode, 404);
    assert.equal((await township.delete(`/api/village-classes/${classId}`)).statusCode, 403);
    assert.equal((await county.delete(`/api/village-classes/${classId}`)).statusCode, 204);
    assert.equal((await county.get(`/api/village-classes/${classId}`)).statusCode, 404);
    const audits = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, classId));
    assert.deepEqual(audits.map((a) => a.action).sort(), ['village_classes.create', 'village_classes.delete', 'village_classes.update']);
  });

  test('two requests to class the same village and year at once: one 201, the other 409', async () => {
    const both = await Promise.all([county.post('/api/village-classes', body()), office.post('/api/village-classes', body())]);
    assert.deepEqual(both.map((r) => r.statusCode).sort(), [201, 409]);
  });
});
