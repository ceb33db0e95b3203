import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { presenceDays } from './presence.schema.ts';
import { approvedLeave, presenceFixture, tuoche, type PresenceFixture } from './presence.fixture.ts';
import { addDays, monthBounds, monthOf, previousMonth, todayInBeijing } from './presence.rules.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path);

describe('presence routes', () => {
  let t: TestApp;
  let f: PresenceFixture;
  let member: Session;
  let leader: Session;
  let naguParty: Session;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let gaozhouMember: Session;
  const today = todayInBeijing();
  const lastMonth = previousMonth(monthOf(today));
  const lastMonthDay = (n: number) => `${lastMonth}-${String(n).padStart(2, '0')}`;

  before(async () => {
    t = await createTestApp();
    f = await presenceFixture(t.deps);
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: f.member.id });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: f.leader.id });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    gaozhouMember = await sessionAs(t.app, t.deps, ['team_member'], { division: places.changliu, cadreId: f.gaozhouCadre.id });
  });
  after(() => t.close());

  test('401 without a session on every route', async () => {
    for (const [method, url] of [
      ['GET', '/api/presence'],
      ['GET', '/api/presence/export'],
      ['GET', '/api/presence/monthly'],
      ['GET', '/api/presence/monthly/export'],
      ['GET', '/api/presence/mine'],
      ['GET', `/api/presence/teams/${f.team.id}/monthly`],
      ['POST', '/api/presence'],
      ['DELETE', `/api/presence/${f.team.id}`],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === 'POST' ? { payload: { cadreId: f.member.id, day: today } } : {}) });
      assert.equal(response.statusCode, 401, url);
    }
  });

  test('400 names the field: shape, half a location, a future day, a day too old, a cadre in no team', async () => {
    const shape = await member.post('/api/presence', { cadreId: 'x', day: '2026/11/01' });
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()).sort(), ['cadreId', 'day']);

    const half = await member.post('/api/presence', { cadreId: f.member.id, day: today, latitude: 26.4 });
    assert.deepEqual(paths(half.json()), ['longitude']);

    const future = await member.post('/api/presence', { cadreId: f.member.id, day: addDays(today, 1) });
    assert.equal(future.statusCode, 400);
    assert.deepEqual(paths(future.json()), ['day']);
    assert.match(future.json().fields[0].message, /今天以后/);

    const old = await member.post('/api/presence', { cadreId: f.member.id, day: addDays(`${lastMonth}-01`, -1) });
    assert.deepEqual(paths(old.json()), ['day']);

    const noTeam = await huizeOrg.get('/api/presence');
    assert.equal(noTeam.statusCode, 200);
    const spareLeader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.huize });
    const spare = await spareLeader.post('/api/presence', { cadreId: f.spare.id, day: today });
    assert.equal(spare.statusCode, 400);
    assert.deepEqual(paths(spare.json()), ['cadreId']);
  });

  test('201: a member records today without a location; the same day again is 409', async () => {
    const response = await member.post('/api/presence', { cadreId: f.member.id, day: today });
    assert.equal(response.statusCode, 201, response.body);
    const view = response.json();
    assert.equal(view.divisionCode, places.naguVillage);
    assert.equal(view.teamId, f.team.id);
    assert.equal(view.latitude, null);
    assert.equal(view.far, false);
    assert.equal(view.abilities.delete, true);
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'presence.record'), eq(auditEvents.entityId, view.id)));
    assert.equal(audit.length, 1);

    const again = await member.post('/api/presence', { cadreId: f.member.id, day: today, note: '再记一次' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'PRESENCE_DUPLICATE');
  });

  test('a location near the village is kept with its distance; a far one is flagged, never refused', async () => {
    const near = await member.post('/api/presence', { cadreId: f.member.id, day: lastMonthDay(25), latitude: tuoche.latitude + 0.01, longitude: tuoche.longitude });
    assert.equal(near.statusCode, 201, near.body);
    assert.equal(near.json().distanceKm, 1.1);
    assert.equal(near.json().far, false);

    // The leader records for his member a day spent in 昆明 on the team's business: kept, flagged.
    const far = await leader.post('/api/presence', { cadreId: f.member.id, day: lastMonthDay(26), latitude: 25.0389, longitude: 102.7183, note: '赴昆明对接项目' });
    assert.equal(far.statusCode, 201, far.body);
    assert.ok(far.json().distanceKm > 100);
    assert.equal(far.json().far, true);
  });

  test('403: a member records only himself; a township cannot record', async () => {
    const forLeader = await member.post('/api/presence', { cadreId: f.leader.id, day: today });
    assert.equal(forLeader.statusCode, 403);
    const township = await naguParty.post('/api/presence', { cadreId: f.member.id, day: today });
    assert.equal(township.statusCode, 403);
  });

  test('404: a cadre, a row or a team of 会泽县 is invisible from 高州市', async () => {
    const record = await gaozhouMember.post('/api/presence', { cadreId: f.member.id, day: today });
    assert.equal(record.statusCode, 404);
    const [row] = await t.deps.db.select().from(presenceDays).where(eq(presenceDays.cadreId, f.member.id));
    assert.equal((await gaozhouMember.delete(`/api/presence/${row!.id}`)).statusCode, 404);
    assert.equal((await gaozhouOrg.get(`/api/presence/teams/${f.team.id}/monthly`)).statusCode, 404);
    assert.equal((await gaozhouOrg.get(`/api/presence/mine?cadreId=${f.member.id}`)).statusCode, 404);
    const list = await gaozhouOrg.get('/api/presence');
    assert.equal(list.json().total, 0);
    const monthly = await gaozhouOrg.get('/api/presence/monthly');
    assert.equal(monthly.json().total, 0);
  });

  test('the list filters by cadre, team, region and month, and exports', async () => {
    const all = await naguParty.get(`/api/presence?teamId=${f.team.id}`);
    assert.equal(all.statusCode, 200);
    assert.equal(all.json().total, 3);
    const month = await naguParty.get(`/api/presence?month=${lastMonth}&cadreId=${f.member.id}&divisionCode=${places.naguVillage}`);
    assert.deepEqual(month.json().items.map((i: { day: string }) => i.day), [lastMonthDay(26), lastMonthDay(25)]);
    assert.equal(month.json().items[0].cadreName, '李队员');
    const bad = await naguParty.get('/api/presence?month=2026-13');
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['month']);

    const file = await naguParty.get(`/api/presence/export?month=${lastMonth}`);
    assert.equal(file.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(1).value, '日期');
    assert.equal(sheet.rowCount, 3);
  });

  test('delete: the recorder or the member takes back a day of this month; another month is 409', async () => {
    const [leaderRow] = await t.deps.db.insert(presenceDays).values({ cadreId: f.leader.id, teamId: f.team.id, divisionCode: places.naguVillage, day: today, recordedBy: null }).returning();
    assert.equal((await member.delete(`/api/presence/${leaderRow!.id}`)).statusCode, 403);
    await t.deps.db.delete(presenceDays).where(eq(presenceDays.id, leaderRow!.id));

    const [old] = await t.deps.db.select().from(presenceDays).where(and(eq(presenceDays.cadreId, f.member.id), eq(presenceDays.day, lastMonthDay(25))));
    const closed = await member.delete(`/api/presence/${old!.id}`);
    assert.equal(closed.statusCode, 409);
    assert.equal(closed.json().code, 'PRESENCE_MONTH_CLOSED');

    const [current] = await t.deps.db.select().from(presenceDays).where(and(eq(presenceDays.cadreId, f.member.id), eq(presenceDays.day, today)));
    const response = await member.delete(`/api/presence/${current!.id}`);
    assert.equal(response.statusCode, 204);
    assert.equal((await member.delete(`/api/presence/${current!.id}`)).statusCode, 404);
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'presence.delete'), eq(auditEvents.entityId, current!.id)));
    assert.equal(audit.length, 1);
  });

  test('monthly figures: leave reduces the requirement, the shortfall is flagged, listed by team and name', async () => {
    // The member: 16 more days last month and 5 days of approved leave (owes 15); the leader: 3 days (owes 20).
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((n) => ({ cadreId: f.member.id, teamId: f.team.id, divisionCode: places.naguVillage, day: lastMonthDay(n) }));
    rows.push(...[2, 3, 4].map((n) => ({ cadreId: f.leader.id, teamId: f.team.id, divisionCode: places.naguVillage, day: lastMonthDay(n) })));
    await t.deps.db.insert(presenceDays).values(rows);
    await approvedLeave(t.deps, f, f.member.id, lastMonthDay(18), lastMonthDay(22));

    const response = await naguParty.get(`/api/presence/monthly?month=${lastMonth}`);
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.equal(body.basis.partial, false);
    assert.equal(body.basis.daysCounted, monthBounds(lastMonth).days);
    assert.equal(body.total, 2);
    assert.equal(body.belowCount, 1);
    const byName = Object.fromEntries(body.items.map((i: { cadreName: string }) => [i.cadreName, i]));
    assert.deepEqual(
      ['daysInVillage', 'leaveDays', 'required', 'belowMinimum', 'farDays'].map((k) => byName['李队员'][k]),
      [18, 5, 15, false, 1],
    );
    assert.deepEqual(['daysInVillage', 'leaveDays', 'required', 'belowMinimum'].map((k) => byName['张队长'][k]), [3, 0, 20, true]);

    const below = await huizeOrg.get(`/api/presence/monthly?month=${lastMonth}&belowMinimum=1`);
    assert.deepEqual(below.json().items.map((i: { cadreName: string }) => i.cadreName), ['张队长']);
    const region = await huizeOrg.get(`/api/presence/monthly?month=${lastMonth}&divisionCode=${places.zhenjiang}`);
    assert.equal(region.json().total, 0);

    const team = await member.get(`/api/presence/teams/${f.team.id}/monthly?month=${lastMonth}`);
    assert.equal(team.statusCode, 200);
    assert.equal(team.json().total, 2);

    const file = await naguParty.get(`/api/presence/monthly/export?month=${lastMonth}&belowMinimum=1`);
    assert.equal(file.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    assert.equal(workbook.worksheets[0]!.rowCount, 2);
  });

  test('the township and the county see a to-do for members below the minimum; the team does not', async () => {
    for (const session of [naguParty, huizeOrg]) {
      const todos = await session.get('/api/todos');
      const item = todos.json().items.find((i: { key: string }) => i.key === `presence:below:${lastMonth}`);
      assert.ok(item, todos.body);
      assert.equal(item.title, '1 名队员上月在村天数不足');
      assert.equal(item.link, `/presence?month=${lastMonth}&belowMinimum=1`);
      assert.ok(todos.json().counts['/presence'] >= 1);
    }
    const team = await leader.get('/api/todos');
    assert.equal(team.json().items.filter((i: { kind: string }) => i.kind === 'presence.below_minimum').length, 0);
  });

  test("a member's calendar: his days, his leave, his figure; a leader opens his member's", async () => {
    const mine = await member.get(`/api/presence/mine?month=${lastMonth}`);
    assert.equal(mine.statusCode, 200, mine.body);
    const body = mine.json();
    assert.equal(body.cadre.name, '李队员');
    assert.equal(body.team.villageName, '拖车村村民委员会');
    assert.equal(body.days.length, 18);
    assert.deepEqual(body.leaveDays, [18, 19, 20, 21, 22].map(lastMonthDay));
    assert.equal(body.figure.required, 15);
    assert.equal(body.canRecord, true);

    const forMember = await leader.get(`/api/presence/mine?cadreId=${f.member.id}`);
    assert.equal(forMember.json().canRecord, true);
    const county = await huizeOrg.get('/api/presence/mine');
    assert.equal(county.json().cadre, null);
    assert.equal(county.json().canRecord, false);
  });
});
