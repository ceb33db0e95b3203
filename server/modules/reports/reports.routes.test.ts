import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { multipart, reportFixture, samplePdf, type ReportFixture } from './reports.fixture.ts';
import { beijingDay, periodOf, shiftPeriod } from './reports.rules.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

const thisMonth = periodOf(beijingDay(new Date()));
// Two months back is always past its due day, whatever day the tests run.
const pastMonth = shiftPeriod(thisMonth, -2);
const body = (f: ReportFixture, overrides: Record<string, unknown> = {}) => ({
  teamId: f.team.id,
  kind: 'monthly_report',
  period: pastMonth,
  title: `${pastMonth} 拖车村驻村工作月报`,
  body: '本月走访农户 32 户，召开院坝会 2 次，推进饮水工程。',
  ...overrides,
});

describe('reports routes', () => {
  let t: TestApp;
  let f: ReportFixture;
  let leader: Session;
  let member: Session;
  let otherLeader: Session;
  let naguParty: Session;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let viewer: Session;
  let reportId: string;

  before(async () => {
    t = await createTestApp({ UPLOAD_MAX_MB: '1' });
    f = await reportFixture(t.deps);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: f.leader.id });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: f.member.id });
    otherLeader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: f.otherLeader.id });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.yunnan });
  });
  after(() => t.close());

  test('401 without a session on every route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', '/api/reports'],
      ['GET', '/api/reports/export'],
      ['GET', `/api/reports/status?period=${pastMonth}`],
      ['GET', `/api/reports/status/export?period=${pastMonth}`],
      ['GET', '/api/reports/rules'],
      ['GET', `/api/reports/${id}`],
      ['POST', '/api/reports'],
      ['PUT', `/api/reports/${id}`],
      ['POST', `/api/reports/${id}/read`],
      ['POST', `/api/reports/${id}/attachments`],
      ['GET', `/api/reports/${id}/attachments/${id}`],
      ['DELETE', `/api/reports/${id}/attachments/${id}`],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === 'POST' || method === 'PUT' ? { payload: body(f) } : {}) });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
  });

  test('400 names the fields: shape, a month to come', async () => {
    const shape = await leader.post('/api/reports', body(f, { period: '2024-13', title: '月', kind: 'weekly' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['kind', 'period', 'title']);
    const future = await leader.post('/api/reports', body(f, { period: shiftPeriod(thisMonth, 1) }));
    assert.equal(future.statusCode, 400);
    assert.deepEqual(paths(future.json()), ['period']);
    const status = await naguParty.get('/api/reports/status?period=2024-5');
    assert.equal(status.statusCode, 400);
    assert.deepEqual(paths(status.json()), ['period']);
  });

  test('403: a member sends no monthly report, the township and viewers send nothing', async () => {
    assert.equal((await member.post('/api/reports', body(f))).statusCode, 403);
    assert.equal((await naguParty.post('/api/reports', body(f))).statusCode, 403);
    assert.equal((await viewer.post('/api/reports', body(f, { kind: 'briefing' }))).statusCode, 403);
  });

  test('404: another team of the same village, or a team elsewhere', async () => {
    assert.equal((await otherLeader.post('/api/reports', body(f))).statusCode, 404);
    assert.equal((await leader.post('/api/reports', body(f, { teamId: f.gaozhouTeam.id }))).statusCode, 404);
  });

  test('201: a report after its due day is late; a second one for the month is 409', async () => {
    const response = await leader.post('/api/reports', body(f));
    assert.equal(response.statusCode, 201, response.body);
    const report = response.json();
    reportId = report.id;
    assert.equal(report.teamName, '曲靖中院驻拖车村工作队');
    assert.equal(report.villageName, '拖车村村民委员会');
    assert.equal(report.dueOn, `${shiftPeriod(pastMonth, 1)}-05`);
    assert.equal(report.late, true);
    assert.equal(report.readAt, null);
    assert.deepEqual(report.abilities, { update: true, markRead: false, attach: true });
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'reports.submit'), eq(auditEvents.entityId, reportId)));
    assert.equal(audit.length, 1);

    const again = await leader.post('/api/reports', body(f, { title: '重复报送的月报' }));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'REPORT_DUPLICATE');

    const current = await leader.post('/api/reports', body(f, { period: thisMonth, kind: 'work_summary', title: '本月工作小结' }));
    assert.equal(current.statusCode, 201, current.body);
    assert.equal(current.json().late, false);
  });

  test('a member sends briefings, as many as there is news, and edits only his own', async () => {
    for (const title of ['拖车村召开产业发展院坝会', '拖车村饮水工程通水']) {
      const response = await member.post('/api/reports', body(f, { kind: 'briefing', title }));
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().dueOn, null);
      assert.equal(response.json().late, false);
    }
    assert.equal((await member.put(`/api/reports/${reportId}`, { title: '改别人的月报', body: '队员不能修改队长的月报内容。' })).statusCode, 403);
    assert.equal((await otherLeader.get(`/api/reports/${reportId}`)).statusCode, 404);
  });

  test('the leader corrects his report until the township reads it; reading is for the township', async () => {
    const updated = await leader.put(`/api/reports/${reportId}`, { title: `${pastMonth} 拖车村月报（修订）`, body: '本月走访农户 35 户，召开院坝会 2 次。' });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.match(updated.json().title, /修订/);

    assert.equal((await leader.post(`/api/reports/${reportId}/read`)).statusCode, 403);
    assert.equal((await gaozhouOrg.post(`/api/reports/${reportId}/read`)).statusCode, 404);
    const view = await naguParty.get(`/api/reports/${reportId}`);
    assert.equal(view.json().abilities.markRead, true);
    const read = await naguParty.post(`/api/reports/${reportId}/read`);
    assert.equal(read.statusCode, 200, read.body);
    assert.ok(read.json().readAt);
    assert.equal(read.json().readByName !== null, true);
    assert.equal(read.json().abilities.markRead, false);
    assert.equal((await naguParty.post(`/api/reports/${reportId}/read`)).statusCode, 200);

    const late = await leader.put(`/api/reports/${reportId}`, { title: '已阅后再改', body: '乡镇已阅的报告不能再修改。' });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'REPORT_ALREADY_READ');
    assert.equal((await leader.get(`/api/reports/${reportId}`)).json().abilities.update, false);
  });

  test('list: filters, scope, paging and export', async () => {
    const all = await huizeOrg.get('/api/reports');
    assert.equal(all.statusCode, 200);
    assert.equal(all.json().total, 4);
    const late = await huizeOrg.get('/api/reports?late=true');
    assert.deepEqual(late.json().items.map((r: { id: string }) => r.id), [reportId]);
    const briefings = await naguParty.get(`/api/reports?kind=briefing&period=${pastMonth}&pageSize=1`);
    assert.equal(briefings.json().total, 2);
    assert.equal(briefings.json().items.length, 1);
    assert.equal((await huizeOrg.get(`/api/reports?divisionCode=${places.naguVillage}`)).json().total, 4);
    assert.equal((await gaozhouOrg.get('/api/reports')).json().total, 0);
    assert.equal((await otherLeader.get('/api/reports')).json().total, 0);
    assert.equal((await gaozhouOrg.get(`/api/reports/${reportId}`)).statusCode, 404);
    assert.equal((await huizeOrg.get('/api/reports?late=maybe')).statusCode, 400);

    const exported = await naguParty.get('/api/reports/export?kind=briefing');
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-type']), /spreadsheetml/);
  });

  test('status: per team of the month, missing and late shown, only-missing filter, export', async () => {
    const status = await naguParty.get(`/api/reports/status?period=${pastMonth}`);
    assert.equal(status.statusCode, 200, status.body);
    const result = status.json();
    assert.equal(result.dueOn, `${shiftPeriod(pastMonth, 1)}-05`);
    assert.deepEqual(result.summary, { teams: 2, monthlyReportIn: 1, workSummaryIn: 0, late: 1 });
    const ours = result.items.find((i: { teamId: string }) => i.teamId === f.team.id);
    assert.equal(ours.monthlyReport.state, 'late');
    assert.equal(ours.monthlyReport.reportId, reportId);
    assert.equal(ours.workSummary.state, 'missing');
    assert.equal(ours.briefings, 2);
    assert.equal(ours.leaderName, '张队长');
    const other = result.items.find((i: { teamId: string }) => i.teamId === f.otherTeam.id);
    assert.equal(other.monthlyReport.state, 'missing');

    const current = (await naguParty.get(`/api/reports/status?period=${thisMonth}`)).json();
    const summary = current.items.find((i: { teamId: string }) => i.teamId === f.team.id);
    assert.equal(summary.workSummary.state, 'on_time');
    assert.equal(summary.monthlyReport.state, 'pending');

    await leader.post('/api/reports', body(f, { kind: 'work_summary', title: '补报的工作小结' }));
    const missing = (await naguParty.get(`/api/reports/status?period=${pastMonth}&onlyMissing=true`)).json();
    assert.deepEqual(missing.items.map((i: { teamId: string }) => i.teamId), [f.otherTeam.id]);
    assert.equal(missing.total, 1);
    assert.equal(missing.summary.teams, 2);
    const one = (await naguParty.get(`/api/reports/status?period=${pastMonth}&teamId=${f.otherTeam.id}`)).json();
    assert.deepEqual(one.items.map((i: { teamId: string }) => i.teamId), [f.otherTeam.id]);

    const elsewhere = (await gaozhouOrg.get(`/api/reports/status?period=${pastMonth}`)).json();
    assert.deepEqual(elsewhere.items.map((i: { teamId: string }) => i.teamId), [f.gaozhouTeam.id]);
    const exported = await huizeOrg.get(`/api/reports/status/export?period=${pastMonth}`);
    assert.equal(exported.statusCode, 200);
    assert.match(decodeURIComponent(String(exported.headers['content-disposition'])), /报送情况/);
  });

  test('attachments: upload, download with the Chinese name, refuse executables and oversize, delete', async () => {
    const briefing = (await member.post('/api/reports', body(f, { kind: 'briefing', title: '带附件的简报' }))).json();
    const url = `/api/reports/${briefing.id}/attachments`;
    const upload = (name: string, data: Buffer, who = member) => {
      const form = multipart(name, data);
      return who.request('POST', url, form.payload, { 'content-type': form.contentType });
    };

    const rules = (await member.get('/api/reports/rules')).json();
    assert.equal(rules.maxBytes, 1024 * 1024);
    assert.ok(rules.extensions.includes('pdf'));
    assert.equal(rules.dueDay, 5);

    const stored = await upload('院坝会纪要.pdf', samplePdf);
    assert.equal(stored.statusCode, 201, stored.body);
    const file = stored.json();
    assert.equal(file.fileName, '院坝会纪要.pdf');
    assert.equal(file.mimeType, 'application/pdf');
    assert.equal(file.size, samplePdf.length);

    const download = await naguParty.get(`${url}/${file.id}`);
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, samplePdf);
    assert.equal(download.headers['content-type'], 'application/pdf');
    const disposition = String(download.headers['content-disposition']);
    assert.equal(decodeURIComponent(disposition.split("UTF-8''")[1]!), '院坝会纪要.pdf');
    assert.equal((await gaozhouOrg.get(`${url}/${file.id}`)).statusCode, 404);
    assert.equal((await naguParty.get(`/api/reports/${reportId}/attachments/${file.id}`)).statusCode, 404);

    const exe = await upload('setup.exe', Buffer.from('MZ\x90\x00 not really a program'));
    assert.equal(exe.statusCode, 400);
    assert.equal(exe.json().code, 'FILE_EXECUTABLE');
    assert.deepEqual(paths(exe.json()), ['file']);
    const disguised = await upload('照片.png', Buffer.from('MZ\x90\x00 still a program'));
    assert.equal(disguised.json().code, 'FILE_EXECUTABLE');
    const big = await upload('大文件.pdf', Buffer.concat([samplePdf, Buffer.alloc(1024 * 1024)]));
    assert.equal(big.statusCode, 400);
    assert.equal(big.json().code, 'FILE_TOO_LARGE');
    const none = await member.request('POST', url, multipart('x.pdf', samplePdf).payload, { 'content-type': 'application/json' });
    assert.equal(none.statusCode, 400);

    assert.equal((await upload('别人的.pdf', samplePdf, otherLeader)).statusCode, 404);
    assert.equal((await naguParty.get(`/api/reports/${briefing.id}`)).json().attachmentCount, 1);

    assert.equal((await member.delete(`${url}/${file.id}`)).statusCode, 204);
    assert.equal((await member.delete(`${url}/${file.id}`)).statusCode, 404);
    assert.equal((await naguParty.get(`/api/reports/${briefing.id}`)).json().attachments.length, 0);

    const readReport = await upload('已阅.pdf', samplePdf, leader);
    assert.equal(readReport.statusCode, 201, 'the leader may attach to a member briefing still unread');
    await naguParty.post(`/api/reports/${briefing.id}/read`);
    const closed = await upload('已阅后.pdf', samplePdf, leader);
    assert.equal(closed.statusCode, 409);
  });

  test('to-do: the leader sees last month’s reports to send', async () => {
    const todos = (await leader.get('/api/todos')).json();
    const mine = todos.items.filter((i: { kind: string }) => i.kind === 'report_due');
    assert.equal(mine.length, 2);
    assert.equal(todos.counts['/reports'], 2);
    assert.match(mine[0].link, /^\/reports\/new\?teamId=/);
    await leader.post('/api/reports', body(f, { period: shiftPeriod(thisMonth, -1), title: '上月月报' }));
    const after = (await leader.get('/api/todos')).json();
    assert.equal(after.items.filter((i: { kind: string }) => i.kind === 'report_due').length, 1);
  });

  test('to-do: once last month’s due day has passed, the township counts the teams without a monthly report', async () => {
    const period = shiftPeriod(thisMonth, -1);
    const township = (await naguParty.get('/api/todos')).json().items.filter((i: { kind: string }) => i.kind === 'reports_missing');
    if (beijingDay(new Date()) > `${thisMonth}-05`) {
      assert.equal(township.length, 1);
      assert.equal(township[0].title, `本月 1 个工作队未报送月报（${period}）`);
      assert.equal(township[0].link, `/reports/status?period=${period}&onlyMissing=true`);
      assert.equal(township[0].menuPath, '/reports');
    } else {
      assert.equal(township.length, 0);
    }
    assert.equal((await huizeOrg.get('/api/todos')).json().items.filter((i: { kind: string }) => i.kind === 'reports_missing').length, 0);
  });
});
