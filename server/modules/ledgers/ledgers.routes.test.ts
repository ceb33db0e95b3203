import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { massRatings } from '../mass-ratings/index.ts';
import { demands } from '../demands/index.ts';
import { orgLifeRecords } from '../org-life/index.ts';
import { projects, projectVillages } from '../projects/index.ts';
import { ledgerCommitments } from './ledgers.schema.ts';
import { insertCommitment, insertTeamWithMembers } from './ledgers.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

describe('ledgers routes', () => {
  let t: TestApp;
  let leader: Session;
  let member: Session;
  let township: Session;
  let county: Session;
  let gaozhouCounty: Session;
  let team: { teamId: string; leader: string; member: string };
  let other: { teamId: string; leader: string; member: string };

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const unit = await createUnit(t.deps, { name: '会泽县审计局', divisionCode: places.huize });
    team = await insertTeamWithMembers(t.deps, { unitId: unit.id, divisionCode: places.naguVillage, name: '拖车村工作队' });
    other = await insertTeamWithMembers(t.deps, { unitId: unit.id, divisionCode: places.changliu, name: '长流村工作队' });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: team.leader });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: team.member });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
  });
  after(() => t.close());

  const body = (overrides: Record<string, unknown> = {}) => ({ cadreId: team.leader, content: '建成村级光伏电站', promisedOn: '2025-03-01', dueOn: '2030-12-31', ...overrides });
  let commitmentId: string;

  test('401 without a session; 400 with field paths, nothing saved', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/ledgers/commitments' })).statusCode, 401);
    const bad = await leader.post('/api/ledgers/commitments', body({ content: '', dueOn: '2025-01-01' }));
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['content', 'dueOn']);
    assert.equal((await t.deps.db.select().from(ledgerCommitments)).length, 0);
  });

  test('the team leader writes down his team’s commitments; a member, the township and another team’s cadre may not', async () => {
    assert.equal((await member.post('/api/ledgers/commitments', body())).statusCode, 403);
    assert.equal((await township.post('/api/ledgers/commitments', body())).statusCode, 403);
    assert.equal((await leader.post('/api/ledgers/commitments', body({ cadreId: other.leader }))).statusCode, 403);
    assert.equal((await gaozhouCounty.post('/api/ledgers/commitments', body())).statusCode, 403);
    const created = await leader.post('/api/ledgers/commitments', body());
    assert.equal(created.statusCode, 201);
    commitmentId = created.json().id;
    assert.equal(created.json().teamId, team.teamId);
    assert.equal(created.json().state, 'open');
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, commitmentId));
    assert.deepEqual(audit.map((a) => a.action), ['ledgers.commitment_create']);
    assert.equal((await county.post('/api/ledgers/commitments', body({ cadreId: other.member }))).statusCode, 403);
  });

  test('list filters and scope; export', async () => {
    await insertCommitment(t.deps, { teamId: team.teamId, cadreId: team.leader, divisionCode: places.naguVillage, dueOn: '2020-01-31', promisedOn: '2020-01-01' });
    const all = (await county.get('/api/ledgers/commitments')).json();
    assert.equal(all.total, 2);
    const overdue = (await county.get('/api/ledgers/commitments?state=overdue')).json();
    assert.equal(overdue.total, 1);
    assert.equal(overdue.items[0].overdue, true);
    assert.equal((await gaozhouCounty.get('/api/ledgers/commitments')).json().total, 0);
    assert.equal((await member.get('/api/ledgers/commitments')).json().total, 2);
    assert.deepEqual(paths((await county.get('/api/ledgers/commitments?divisionCode=12')).json()), ['divisionCode']);
    const file = await county.get('/api/ledgers/commitments/export?state=open');
    assert.equal(file.statusCode, 200);
    assert.equal((await member.get('/api/ledgers/commitments/export')).statusCode, 403);
  });

  test('an overdue open commitment waits in the team leader’s to-do list only', async () => {
    const own = (await leader.get('/api/todos')).json();
    assert.deepEqual(own.items.filter((i: { kind: string }) => i.kind === 'commitment_overdue').map((i: { link: string }) => i.link), [`/ledgers/${team.leader}`]);
    assert.equal(own.counts['/ledgers'], 1);
    const theirs = (await member.get('/api/todos')).json();
    assert.equal(theirs.items.filter((i: { kind: string }) => i.kind === 'commitment_overdue').length, 0);
  });

  test('update and delete only while open; out of scope answers 404', async () => {
    const updated = await leader.put(`/api/ledgers/commitments/${commitmentId}`, { content: '建成村级光伏电站 100 千瓦', promisedOn: '2025-03-01', dueOn: '2030-11-30' });
    assert.equal(updated.statusCode, 200);
    assert.equal(updated.json().dueOn, '2030-11-30');
    assert.equal((await gaozhouCounty.put(`/api/ledgers/commitments/${commitmentId}`, { content: 'x', promisedOn: '2025-03-01', dueOn: '2030-11-30' })).statusCode, 404);
    assert.deepEqual(paths((await leader.put(`/api/ledgers/commitments/${commitmentId}`, { content: 'x', promisedOn: '2025-03-01', dueOn: '2025-01-01' })).json()), ['dueOn']);
  });

  test('the township settles; the team may not certify its own; settled ones stay', async () => {
    const settle = { state: 'kept', settledOn: '2025-10-20', outcome: '已并网发电' };
    assert.equal((await leader.post(`/api/ledgers/commitments/${commitmentId}/settle`, settle)).statusCode, 403);
    assert.equal((await gaozhouCounty.post(`/api/ledgers/commitments/${commitmentId}/settle`, settle)).statusCode, 404);
    assert.deepEqual(paths((await township.post(`/api/ledgers/commitments/${commitmentId}/settle`, { ...settle, settledOn: '2025-01-01' })).json()), ['settledOn']);
    assert.deepEqual(paths((await township.post(`/api/ledgers/commitments/${commitmentId}/settle`, { state: 'done' })).json()), ['outcome', 'settledOn', 'state']);
    const settled = await township.post(`/api/ledgers/commitments/${commitmentId}/settle`, settle);
    assert.equal(settled.statusCode, 200);
    assert.equal(settled.json().state, 'kept');
    assert.equal((await township.post(`/api/ledgers/commitments/${commitmentId}/settle`, settle)).statusCode, 409);
    assert.equal((await leader.delete(`/api/ledgers/commitments/${commitmentId}`)).statusCode, 409);
    const open = await leader.post('/api/ledgers/commitments', body({ content: '修建文化广场' }));
    assert.equal((await leader.delete(`/api/ledgers/commitments/${open.json().id}`)).statusCode, 204);
    assert.equal((await county.delete(`/api/ledgers/commitments/${open.json().id}`)).statusCode, 404);
  });

  const insertWork = async () => {
    const demand = { divisionCode: places.naguVillage, raisedBy: '村民', raisedOn: '2025-05-20', category: 'infrastructure', content: '修复水窖' };
    await t.deps.db.insert(demands).values([
      { ...demand, state: 'solved', assignedCadreId: team.leader, solvedOn: '2025-06-10' },
      { ...demand, state: 'solved', assignedCadreId: team.member, solvedOn: '2025-06-12' },
      { ...demand, state: 'solved', assignedCadreId: team.leader, raisedOn: '2024-11-02', solvedOn: '2024-12-01' },
      { ...demand, state: 'assigned', assignedCadreId: team.leader },
    ]);
    const record = { partyOrgId: crypto.randomUUID(), divisionCode: places.naguVillage, kind: 'theme_day', topic: '主题党日' } as const;
    await t.deps.db.insert(orgLifeRecords).values([
      { ...record, heldOn: '2025-07-01', attendeeIds: [team.leader, team.member] },
      { ...record, heldOn: '2025-08-01', attendeeIds: [team.member] },
    ]);
    const project = { category: 'road', responsibleEntity: '村委会', budget: '100000.00', state: 'in_progress' } as const;
    const [road, elsewhere] = await t.deps.db
      .insert(projects)
      .values([
        { ...project, name: '拖车村至长流村道路硬化', divisionCode: places.naguVillage, startedOn: '2025-04-15' },
        { ...project, name: '长流村灌溉渠', divisionCode: places.changliu, startedOn: '2025-04-20' },
      ])
      .returning({ id: projects.id });
    await t.deps.db.insert(projectVillages).values([
      { projectId: road!.id, divisionCode: places.naguVillage },
      { projectId: road!.id, divisionCode: places.changliu },
      { projectId: elsewhere!.id, divisionCode: places.changliu },
    ]);
  };

  test('the ledger of a year: work, commitments, mass evaluation withheld below five voices; the printed workbook', async () => {
    await t.deps.db.insert(massRatings).values(
      ['satisfied', 'satisfied', 'fairly_satisfied'].map((satisfaction) => ({ teamId: team.teamId, divisionCode: places.naguVillage, year: 2025, quarter: 2, satisfaction: satisfaction as 'satisfied', keepOrAdjust: 'keep' as const, ratedOn: '2025-05-01' })),
    );
    const ledger = (await county.get(`/api/ledgers/${team.leader}?year=2025`)).json();
    assert.equal(ledger.team.id, team.teamId);
    assert.equal(ledger.village.name, '拖车村村民委员会');
    assert.equal(ledger.commitmentCounts.kept, 1);
    assert.deepEqual(ledger.mass, { total: 3, sufficient: false, counts: null });
    assert.deepEqual(ledger.work.map((w: { key: string }) => w.key), ['visits', 'diaries', 'demands', 'org_life', 'projects', 'reports']);
    assert.ok(ledger.work.every((w: { total: number }) => w.total === 0));
    await insertWork();
    const filled = (await county.get(`/api/ledgers/${team.leader}?year=2025`)).json();
    const line = (key: string) => filled.work.find((w: { key: string }) => w.key === key) as { months: number[]; total: number; href: string };
    assert.deepEqual([line('demands').months[5], line('demands').total], [1, 1], 'his solved demand of June; not the other cadre’s, not last year’s, not an open one');
    assert.deepEqual([line('org_life').months[6], line('org_life').total], [1, 1], 'the July theme day he attended; not the one he missed');
    assert.deepEqual([line('projects').months[3], line('projects').total], [1, 1], 'the April road serving two villages counts once; not the other village’s');
    assert.equal(line('projects').href, `/projects?divisionCode=${places.naguVillage}`);
    assert.equal(ledger.abilities.settle, true);
    assert.equal((await gaozhouCounty.get(`/api/ledgers/${team.leader}?year=2025`)).statusCode, 404);
    assert.equal((await member.get(`/api/ledgers/${team.leader}?year=2025`)).statusCode, 200);
    assert.deepEqual(paths((await county.get(`/api/ledgers/${team.leader}?year=1900`)).json()), ['year']);
    const file = await county.get(`/api/ledgers/${team.leader}/export?year=2025`);
    assert.equal(file.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.getCell('A1').value, '拖车村村民委员会第一书记工作台账（2025年）');
    assert.equal(sheet.pageSetup.orientation, 'landscape');
    assert.equal(sheet.pageSetup.paperSize, 9);
    assert.equal(sheet.pageSetup.fitToWidth, 1);
    assert.equal(sheet.getCell('N1').isMerged, true);
    const texts = sheet.getColumn(1).values.map(String);
    for (const section of ['一、工作完成情况', '二、承诺事项及兑现情况', '三、群众评议情况', '评议人数不足']) assert.ok(texts.includes(section), section);
    assert.equal((await member.get(`/api/ledgers/${team.leader}/export?year=2025`)).statusCode, 403);
  });

  test('the list of first secretaries with their counts', async () => {
    const list = (await county.get('/api/ledgers?year=2025')).json();
    assert.equal(list.total, 1);
    const own = list.items.find((i: { cadreId: string }) => i.cadreId === team.leader);
    assert.equal(own.kept, 1);
    assert.equal((await township.get('/api/ledgers?year=2025')).json().total, 1);
    assert.equal((await gaozhouCounty.get('/api/ledgers?year=2025')).json().total, 1);
  });
});
