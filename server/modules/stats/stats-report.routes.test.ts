import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { hexString } from '../../platform/pdf/pdf-text.ts';
import type { MonthlyReport } from '../../../contracts/stats-report.ts';
import { reportMonthUnderTest as month, statsReportFixture } from './stats-report.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path);
const preview = (query: string) => `/api/stats/reports/monthly/preview?${query}`;
const download = (query: string) => `/api/stats/reports/monthly?${query}`;

/** The text drawn on the pages: the content streams, inflated. */
function pageText(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const pattern = /\/Length (\d+) \/Filter \/FlateDecode >>\nstream\n/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    out.push(inflateSync(pdf.subarray(start, start + Number(match[1]))).toString('latin1'));
  }
  return out.join('\n');
}

describe('stats monthly report routes', () => {
  let t: TestApp;
  let huizeOrg: Session;
  let naguParty: Session;
  let leader: Session;
  let unitParty: Session;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    await statsReportFixture(t.deps);
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    unitParty = await sessionAs(t.app, t.deps, ['unit_party'], { division: places.huize });
  });
  after(() => t.close());

  test('401 without a session', async () => {
    for (const url of [preview(''), download('format=pdf')]) {
      assert.equal((await t.app.inject({ method: 'GET', url })).statusCode, 401, url);
    }
  });

  test('403 for a role without stats.export', async () => {
    assert.equal((await leader.get(preview(`divisionCode=${places.huize}`))).statusCode, 403);
    assert.equal((await unitParty.get(download(`divisionCode=${places.huize}&format=xlsx`))).statusCode, 403);
  });

  test('400 names the field: a bad month, code or format, a village, a month to come', async () => {
    const bad = await huizeOrg.get(download('month=2025-13&divisionCode=1234&format=doc'));
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()).sort(), ['divisionCode', 'format', 'month']);
    const village = await huizeOrg.get(preview(`divisionCode=${places.naguVillage}`));
    assert.equal(village.statusCode, 400);
    assert.deepEqual(paths(village.json()), ['divisionCode']);
    const future = await huizeOrg.get(download(`divisionCode=${places.huize}&month=2999-01`));
    assert.equal(future.statusCode, 400);
    assert.deepEqual(paths(future.json()), ['month']);
  });

  test('404 outside the caller’s region or for a region that does not exist', async () => {
    assert.equal((await huizeOrg.get(preview(`divisionCode=${places.gaozhou}`))).statusCode, 404);
    assert.equal((await naguParty.get(download(`divisionCode=${places.huize}&format=pdf`))).statusCode, 404);
    assert.equal((await huizeOrg.get(preview('divisionCode=530326199000'))).statusCode, 404);
  });

  test('the preview: title, the figures in sentences, one row per township and the county’s own total', async () => {
    const response = await huizeOrg.get(preview(`month=${month}`));
    assert.equal(response.statusCode, 200, response.body);
    const report = response.json() as MonthlyReport;
    assert.equal(report.title, '会泽县驻村帮扶工作月报（2025年9月）');
    assert.equal(report.refreshedAt, '2025-10-02T00:30:00.000Z');
    assert.match(report.note, /2025年10月2日 08:30/);
    const [teams, duty, households, projects, outputs, social] = report.sections;
    assert.equal(
      teams!.sentence,
      '全县共有行政村7个，其中5个村派驻了工作队；共选派驻村工作队5支、第一书记5名、驻村干部14名，其中党员12名，涉及派出单位4个。',
    );
    assert.deepEqual(teams!.rows, [
      ['娜姑镇', 4, 3, 3, 8, 7, 2],
      ['大桥乡', 3, 2, 2, 6, 5, 3],
    ]);
    assert.deepEqual(teams!.total, ['合计', 7, 5, 5, 14, 12, 4]);
    assert.equal(teams!.columns[0]!.header, '乡镇');
    // A past month has no required days in the rollup (they are this month's): no rate is invented.
    assert.match(duty!.sentence, /^9月份，驻村干部累计在村270人天；本年累计请假9次/);
    assert.deepEqual(duty!.rows.map((r) => r.slice(0, 3)), [['娜姑镇', 160, '—'], ['大桥乡', 110, '—']]);
    assert.match(households!.sentence, /帮扶户200户、812人，其中监测户11户；9月份走访75次，本年累计走访640次；本季度已走访150户，走访覆盖率75\.0%/);
    assert.match(projects!.sentence, /项目资金250万元，已拨付120万元，拨付率48\.0%，其中9月份拨付30万元/);
    assert.match(outputs!.sentence, /修建道路12\.5公里、桥梁2座/);
    assert.match(social!.sentence, /捐款捐物折款35\.6万元/);
  });

  test('a township leader gets the report of the township, by its villages', async () => {
    const response = await naguParty.get(preview(`month=${month}`));
    assert.equal(response.statusCode, 200, response.body);
    const report = response.json() as MonthlyReport;
    assert.equal(report.name, '娜姑镇');
    assert.equal(report.sections[0]!.columns[0]!.header, '村');
    assert.match(report.sections[0]!.sentence, /^全镇共有行政村4个/);
    assert.deepEqual(report.sections[0]!.rows.map((r) => r[0]), ['拖车村村民委员会']);
  });

  test('PDF: application/pdf, the Chinese on the pages, the download audited', async () => {
    const response = await huizeOrg.get(download(`divisionCode=${places.huize}&month=${month}&format=pdf`));
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.match(String(response.headers['content-disposition']), /filename\*=UTF-8''%E4%BC%9A%E6%B3%BD%E5%8E%BF/);
    const pdf = response.rawPayload;
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = pageText(pdf);
    for (const text of ['驻村工作队', '一、驻村力量', '娜姑镇', '大桥乡', '第 1 页']) assert.ok(pages.includes(hexString(text).slice(1, -1)), text);
    const [event] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'stats.export'), eq(auditEvents.entityType, 'monthly_report')));
    assert.deepEqual((event!.after as { filters: unknown }).filters, { divisionCode: places.huize, month, format: 'pdf' });
  });

  test('Excel: one sheet with the title, the sentences and the township rows', async () => {
    const response = await huizeOrg.get(download(`month=${month}&format=xlsx`));
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    const rows = await sheetRows(response);
    assert.equal(rows[0]![0], '会泽县驻村帮扶工作月报（2025年9月）');
    assert.ok(rows.some((r) => r[0] === '一、驻村力量'));
    assert.ok(rows.some((r) => r[0]!.includes('全县共有行政村7个')));
    assert.ok(rows.some((r) => r.join('|') === '娜姑镇|4|3|3|8|7|2'));
    assert.ok(rows.some((r) => r.join('|') === '大桥乡|3|2|2|6|5|3'));
    assert.ok(rows.some((r) => r.join('|') === '合计|7|5|5|14|12|4'));
  });
});
