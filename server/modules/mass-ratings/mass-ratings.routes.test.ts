import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { massRatingCodes, massRatings } from './mass-ratings.schema.ts';
import { insertRatedTeam } from './mass-ratings.fixture.ts';
import { teamRatingSummary } from './index.ts';
import { beijingDay, quarterOfDay } from './mass-ratings.rules.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

describe('mass ratings routes', () => {
  let t: TestApp;
  let county: Session;
  let township: Session;
  let gaozhouCounty: Session;
  let leader: Session;
  let viewer: Session;
  let member: Session;
  let teamId: string;
  let gaozhouTeam: string;
  let token: string;
  let codes: string[];
  const quarter = quarterOfDay(beijingDay());

  const vote = (code: string, extra: Record<string, unknown> = {}, at = token) =>
    t.app.inject({ method: 'POST', url: `/api/public/teams/${at}/rating`, payload: { code, satisfaction: 'satisfied', keepOrAdjust: 'keep', ...extra } });

  before(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '1000' });
    await insertPlaces(t.deps);
    teamId = await insertRatedTeam(t.deps, { name: '云南省农科院驻拖车村工作队', divisionCode: places.naguVillage });
    gaozhouTeam = await insertRatedTeam(t.deps, { name: '高州市法院驻长流村工作队', divisionCode: places.changliu });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.yunnan });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
  });
  after(() => t.close());

  test('opening the page: 401 without a session, 403 for readers, 404 out of scope, a new token retires the old', async () => {
    const url = `/api/mass-ratings/teams/${teamId}/link`;
    assert.equal((await t.app.inject({ method: 'POST', url })).statusCode, 401);
    assert.equal((await leader.post(url)).statusCode, 403);
    assert.equal((await viewer.post(url)).statusCode, 403);
    assert.equal((await gaozhouCounty.post(url)).statusCode, 404);
    assert.equal((await county.post('/api/mass-ratings/teams/nope/link')).statusCode, 400);
    const first = await county.post(url);
    assert.equal(first.statusCode, 201);
    const second = await township.post(url);
    assert.equal(second.statusCode, 201);
    token = second.json().token;
    assert.equal(second.json().path, `/r/${token}`);
    assert.equal(Buffer.from(token, 'base64url').length, 16);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/public/teams/${first.json().token}/rating` })).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/public/teams/unknown/rating' })).statusCode, 404);
    const audits = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'mass_ratings.link.open'));
    assert.equal(audits.length, 2);
    assert.ok(audits.every((a) => !JSON.stringify(a).includes(token)));
  });

  test('codes: a count from 1 to 2000, plain once, only hashes kept', async () => {
    const url = `/api/mass-ratings/teams/${teamId}/codes`;
    assert.equal((await t.app.inject({ method: 'POST', url, payload: { count: 3 } })).statusCode, 401);
    assert.equal((await leader.post(url, { count: 3 })).statusCode, 403);
    assert.equal((await gaozhouCounty.post(url, { count: 3 })).statusCode, 404);
    assert.deepEqual(paths((await county.post(url, { count: 0 })).json()), ['count']);
    assert.deepEqual(paths((await county.post(url, { count: 2001 })).json()), ['count']);
    const noHouseholds = await county.post(url, {});
    assert.equal(noHouseholds.statusCode, 400);
    assert.deepEqual(paths(noHouseholds.json()), ['count']);
    assert.equal((await county.post(`/api/mass-ratings/teams/${gaozhouTeam}/codes`, { count: 3 })).statusCode, 404);
    const batch = await county.post(url, { count: 8 });
    assert.equal(batch.statusCode, 201);
    codes = batch.json().codes;
    assert.equal(new Set(codes).size, 8);
    assert.ok(codes.every((c) => /^[A-HJ-NP-Z2-9]{8}$/.test(c)));
    assert.equal(batch.json().token, token);
    const stored = await t.deps.db.select().from(massRatingCodes).where(eq(massRatingCodes.teamId, teamId));
    assert.equal(stored.length, 8);
    const dump = JSON.stringify(stored);
    assert.ok(codes.every((c) => !dump.includes(c)));
    const audits = JSON.stringify(await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'mass_ratings.codes.issue')));
    assert.ok(codes.every((c) => !audits.includes(c)));
  });

  test('a team without an open page gets no codes', async () => {
    const other = await insertRatedTeam(t.deps, { name: '会泽县第二工作队', divisionCode: places.naguVillage });
    const refused = await county.post(`/api/mass-ratings/teams/${other}/codes`, { count: 3 });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'RATING_LINK_REQUIRED');
  });

  test('the public page: team and questions, nothing personal, the summary hidden below the minimum', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/api/public/teams/${token}/rating` });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    const view = page.json();
    assert.equal(view.teamName, '云南省农科院驻拖车村工作队');
    assert.equal(view.villageName, '拖车村村民委员会');
    assert.deepEqual(view.questionnaire.satisfactions.map((c: { label: string }) => c.label), ['满意', '基本满意', '不满意']);
    assert.deepEqual(view.questionnaire.keepOrAdjust.map((c: { label: string }) => c.label), ['建议留任', '建议调整']);
    assert.equal(view.summary.shown, false);
    assert.equal(view.summary.satisfied, null);
  });

  test('voting: bad input 400 with paths, one voice per code, the answer holds nothing personal', async () => {
    const bad = await vote('0O1I', { satisfaction: 'delighted', comment: 'x'.repeat(201) });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['code', 'comment', 'satisfaction']);
    const unknown = await vote('ZZZZZZZZ');
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().code, 'RATING_CODE_UNKNOWN');
    const first = await vote(codes[0]!.toLowerCase().replace(/^(.{4})/, '$1-'), { comment: '工作队帮我们修了路' });
    assert.equal(first.statusCode, 201);
    assert.deepEqual(first.json(), quarter);
    const again = await vote(codes[0]!, { satisfaction: 'dissatisfied' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'RATING_CODE_USED');
    assert.match(again.json().message, /该评议码已使用/);
    assert.equal((await vote(codes[1]!, {}, 'retired-or-unknown')).statusCode, 404);
    const [row] = await t.deps.db.select().from(massRatings).where(eq(massRatings.teamId, teamId));
    assert.deepEqual(Object.keys(row!).sort(), ['comment', 'divisionCode', 'id', 'keepOrAdjust', 'quarter', 'ratedOn', 'satisfaction', 'teamId', 'year']);
    assert.equal((await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'mass_rating'))).length, 0);
  });

  test('the same code sent twice at once: one voice, one 409', async () => {
    const both = await Promise.all([vote(codes[1]!, { keepOrAdjust: 'adjust' }), vote(codes[1]!, { keepOrAdjust: 'adjust' })]);
    assert.deepEqual(both.map((r) => r.statusCode).sort(), [201, 409]);
    assert.equal((await t.deps.db.select().from(massRatings).where(eq(massRatings.teamId, teamId))).length, 2);
  });

  test('the summary: hidden below the minimum, shown at it, in the list, the export and for other modules', async () => {
    const summaryUrl = `/api/mass-ratings/teams/${teamId}/summary`;
    assert.equal((await t.app.inject({ method: 'GET', url: summaryUrl })).statusCode, 401);
    assert.equal((await member.get(summaryUrl)).statusCode, 403);
    assert.equal((await gaozhouCounty.get(summaryUrl)).statusCode, 404);
    assert.deepEqual(paths((await county.get(`${summaryUrl}?quarter=5`)).json()), ['quarter']);
    const hidden = (await leader.get(summaryUrl)).json();
    assert.equal(hidden.summary.count, 2);
    assert.equal(hidden.summary.shown, false);
    assert.match(hidden.summary.hiddenReason, /不足 5 份/);
    for (const code of codes.slice(2, 5)) assert.equal((await vote(code, { satisfaction: 'fairly_satisfied' })).statusCode, 201);
    const shown = (await viewer.get(summaryUrl)).json().summary;
    assert.deepEqual(shown, { count: 5, shown: true, satisfied: 2, fairlySatisfied: 3, dissatisfied: 0, keep: 4, adjust: 1, hiddenReason: null });
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/public/teams/${token}/rating` })).json().summary.satisfied, 2);
    const earlier = (await county.get(`${summaryUrl}?year=2020&quarter=1`)).json().summary;
    assert.equal(earlier.count, 0);

    const list = (await county.get('/api/mass-ratings')).json();
    assert.equal(list.total, 2);
    assert.equal(list.abilities.manage, true);
    const row = list.items.find((r: { teamId: string }) => r.teamId === teamId);
    assert.equal(row.linkActive, true);
    assert.equal(row.token, token);
    assert.equal(row.codesIssued, 8);
    assert.equal(row.codesUsed, 5);
    assert.equal(row.summary.shown, true);
    const readerRow = (await leader.get('/api/mass-ratings')).json().items.find((r: { teamId: string }) => r.teamId === teamId);
    assert.equal(readerRow.token, null);
    assert.equal((await county.get('/api/mass-ratings?linkActive=false')).json().total, 1);
    assert.equal((await county.get('/api/mass-ratings?q=农科院&sort=count&order=desc')).json().total, 1);
    assert.equal((await county.get(`/api/mass-ratings?divisionCode=${places.gaozhou}`)).json().total, 0);
    assert.equal((await gaozhouCounty.get('/api/mass-ratings')).json().total, 1);
    assert.deepEqual(paths((await county.get('/api/mass-ratings?sort=votes')).json()), ['sort']);
    assert.equal((await member.get('/api/mass-ratings')).statusCode, 403);

    const file = await county.get('/api/mass-ratings/export');
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/mass-ratings/export' })).statusCode, 401);
    assert.equal((await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'mass_ratings.export'))).length, 1);

    const figures = await teamRatingSummary(t.deps.db, [teamId, gaozhouTeam], quarter.year, quarter.quarter);
    assert.deepEqual(figures.get(teamId), { count: 5, satisfied: 2, fairlySatisfied: 3, dissatisfied: 0, keep: 4, adjust: 1, shown: true });
    assert.deepEqual(figures.get(gaozhouTeam), { count: 0, satisfied: 0, fairlySatisfied: 0, dissatisfied: 0, keep: 0, adjust: 0, shown: false });
  });
});

describe('mass ratings public page rate limit', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  after(() => t.close());

  test('past the per-minute limit one address gets 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await t.app.inject({ method: 'POST', url: '/api/public/teams/unknown/rating', payload: { code: 'ABCDEFGH', satisfaction: 'satisfied', keepOrAdjust: 'keep' } })).statusCode);
    }
    assert.deepEqual(statuses, [404, 404, 404, 429]);
  });

  test('every route is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/mass-ratings', '/api/mass-ratings/export', '/api/mass-ratings/teams/{teamId}/codes', '/api/mass-ratings/teams/{teamId}/link', '/api/mass-ratings/teams/{teamId}/summary', '/api/public/teams/{token}/rating']) {
      assert.ok(doc.paths[path], path);
    }
    assert.ok(doc.paths['/api/public/teams/{token}/rating'].post.requestBody);
  });
});
