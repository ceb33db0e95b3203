import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import type { CheckFindings, ChecksOverview } from '../../../contracts/checks.ts';
import { checkPlaces, checksFixture } from './checks.fixture.ts';
import { ageOn } from './checks.rules.ts';
import { insertHousehold } from '../households/households.fixture.ts';

type Fixture = Awaited<ReturnType<typeof checksFixture>>;

describe('checks routes', () => {
  let t: TestApp;
  let f: Fixture;
  let rural: Session;
  let naguParty: Session;
  let leader: Session;
  let paired: Session;

  before(async () => {
    t = await createTestApp({ INCOME_LINE: '6000' });
    await insertPlaces(t.deps);
    f = await checksFixture(t.deps, insertHousehold);
    rural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    paired = await sessionAs(t.app, t.deps, ['paired_cadre'], { division: places.naguVillage });
  });
  after(() => t.close());

  const findings = async (session: Session, code: string, divisionCode: string = places.huize, page = '') =>
    (await session.get(`/api/checks/${code}?divisionCode=${divisionCode}${page}`)).json() as CheckFindings;

  test('401 without a session, 403 without checks.read', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/checks' })).statusCode, 401);
    assert.equal((await paired.get('/api/checks')).statusCode, 403);
    assert.equal((await paired.get('/api/checks/person_over_100')).statusCode, 403);
  });

  test('400 names the field; 404 outside the scope or for an unknown region', async () => {
    const fieldsOf = async (url: string) => {
      const response = await rural.get(url);
      assert.equal(response.statusCode, 400, url);
      return ((response.json() as { fields?: { path: string }[] }).fields ?? []).map((x) => x.path);
    };
    assert.deepEqual(await fieldsOf('/api/checks/no_such_check'), ['code']);
    assert.deepEqual(await fieldsOf('/api/checks/person_over_100?divisionCode=123'), ['divisionCode']);
    assert.deepEqual(await fieldsOf('/api/checks?divisionCode=53032610200'), ['divisionCode']);
    assert.equal((await naguParty.get(`/api/checks?divisionCode=${checkPlaces.daqiao}`)).statusCode, 404);
    assert.equal((await naguParty.get(`/api/checks/no_paired_cadre?divisionCode=${places.huize}`)).statusCode, 404);
    assert.equal((await rural.get(`/api/checks/no_paired_cadre/export?divisionCode=${places.gaozhou}`)).statusCode, 404);
    assert.equal((await rural.get('/api/checks?divisionCode=530326199000')).statusCode, 404);
  });

  test('a county: every check with its total and its count per township', async () => {
    const response = await rural.get('/api/checks');
    assert.equal(response.statusCode, 200, response.body);
    const overview = response.json() as ChecksOverview;
    assert.equal(overview.runOn, f.today);
    assert.deepEqual(overview.path, [{ code: places.huize, name: '会泽县' }]);
    assert.deepEqual(Object.fromEntries(overview.checks.map((c) => [c.code, c.total])), {
      exited_unmet_indicator: 1,
      exited_low_income: 1,
      child_out_of_school: 2,
      person_over_100: 1,
      no_paired_cadre: 3,
      householder_count: 2,
      unsafe_housing_met: 1,
      indicator_unverified: 2,
      monitored_without_measure: 1,
      member_count_mismatch: 1,
    });
    assert.equal(overview.total, 15);
    assert.deepEqual(
      overview.rows.map((r) => [r.divisionCode, r.name, r.drillable, r.total, r.counts.no_paired_cadre]),
      [
        [places.nagu, '娜姑镇', true, 14, 2],
        [checkPlaces.daqiao, '大桥乡', true, 1, 1],
      ],
    );
    assert.equal(overview.checks[0]!.label.zh, '已脱贫户存在不达标指标');
  });

  test('a township sees only its villages, one level down', async () => {
    const overview = (await naguParty.get('/api/checks')).json() as ChecksOverview;
    assert.equal(overview.divisionCode, places.nagu);
    assert.deepEqual(overview.path.map((p) => p.name), ['娜姑镇']);
    assert.deepEqual(
      overview.rows.map((r) => [r.divisionCode, r.drillable, r.total]),
      [
        [places.naguVillage, false, 14],
        [checkPlaces.yingpan, false, 0],
      ],
    );
    const drilled = (await rural.get(`/api/checks?divisionCode=${places.nagu}`)).json() as ChecksOverview;
    assert.deepEqual(drilled.path.map((p) => p.name), ['会泽县', '娜姑镇']);
    const village = (await leader.get('/api/checks')).json() as ChecksOverview;
    assert.deepEqual(village.rows.map((r) => [r.divisionCode, r.total]), [[places.naguVillage, 14]]);
  });

  test('each check finds its case, says what is wrong, and leaves the clean household alone', async () => {
    const expected: Record<string, [string, string | null, RegExp][]> = {
      exited_unmet_indicator: [[f.exitedUnmet.id, null, /^已脱贫，但饮水安全有保障不达标$/]],
      exited_low_income: [[f.exitedLow.id, null, new RegExp(`^${f.year - 1} 年人均纯收入 5,999\\.99 元（1 人），低于 6,000\\.00 元$`)]],
      child_out_of_school: [
        [f.childOut.id, f.childOut.persons.find((p) => p.name === '孙十岁')!.id, /^孙十岁 \d{4}-\d{2}-\d{2} 出生，10 岁，未在校$/],
        [f.childOut.id, f.childOut.persons.find((p) => p.name === '孙六岁')!.id, /^孙六岁 \d{4}-\d{2}-\d{2} 出生，6 岁，未在校$/],
      ],
      person_over_100: [[f.old.id, f.old.persons.find((p) => p.name === '周老太')!.id, /^周老太 \d{4}-\d{2}-\d{2} 出生，101 岁，请核实出生日期$/]],
      no_paired_cadre: [
        [f.noCadre.id, null, /^当前无在岗帮扶责任人$/],
        [f.cadreLeft.id, null, /^当前无在岗帮扶责任人$/],
        [f.daqiaoNoCadre.id, null, /^当前无在岗帮扶责任人$/],
      ],
      householder_count: [
        [f.twoHolders.id, null, /^户主 2 人（(褚两主、褚另主|褚另主、褚两主)），应为 1 人$/],
        [f.noHolder.id, null, /^户主 0 人，应为 1 人$/],
      ],
      unsafe_housing_met: [[f.unsafe.id, null, /^住房为D级危房，住房安全有保障却标记为达标$/]],
      indicator_unverified: [
        [f.unverified.id, null, /^不愁吃（达标）未填写核验人或核验日期$/],
        [f.undated.id, null, /^不愁穿（不达标）未填写核验人或核验日期$/],
      ],
      monitored_without_measure: [[f.monitoredBare.id, null, new RegExp(`^监测中（突发严重困难户），${f.year} 年无帮扶措施$`)]],
      member_count_mismatch: [[f.mismatch.id, null, /^家庭人口数 3 人，登记成员 2 人$/]],
    };
    for (const [code, cases] of Object.entries(expected)) {
      const result = await findings(rural, code, places.huize, '&pageSize=50');
      assert.equal(result.total, cases.length, code);
      const byKey = new Map(result.items.map((i) => [`${i.householdId}:${i.personId}`, i]));
      for (const [householdId, personId, pattern] of cases) {
        const item = byKey.get(`${householdId}:${personId}`);
        assert.ok(item, `${code} finds ${householdId}`);
        assert.match(item.finding, pattern, code);
      }
      assert.ok(!result.items.some((i) => i.householdId === f.clean.id), `${code} leaves the clean household alone`);
      assert.ok(!result.items.some((i) => i.householdId === f.gaozhouNoCadre.id), `${code} stays in the county`);
    }
  });

  test('a finding names the village, the household code and the householder, and pages', async () => {
    const first = await findings(rural, 'no_paired_cadre', places.huize, '&pageSize=2&page=1');
    const second = await findings(rural, 'no_paired_cadre', places.huize, '&pageSize=2&page=2');
    assert.equal(first.total, 3);
    assert.equal(first.items.length, 2);
    assert.deepEqual(second.items.map((i) => [i.householderName, i.villageName, i.divisionCode]), [['何大桥', '大桥村村民委员会', checkPlaces.daqiaoVillage]]);
    assert.equal(first.check.label.zh, '无帮扶责任人');
    assert.match(first.items[0]!.householdCode, /^530326102204/);
    const township = await findings(naguParty, 'no_paired_cadre', places.nagu);
    assert.deepEqual(township.items.map((i) => i.householderName).sort(), ['吴无人', '郑离任'].sort());
  });

  test('the age in the finding is the age on the day of the run', async () => {
    const result = await findings(rural, 'child_out_of_school');
    for (const item of result.items) {
      const birth = item.finding.match(/(\d{4}-\d{2}-\d{2}) 出生，(\d+) 岁/)!;
      assert.equal(Number(birth[2]), ageOn(birth[1]!, f.today));
    }
  });

  test('the export holds the findings and is on the audit trail', async () => {
    const response = await rural.get(`/api/checks/child_out_of_school/export?divisionCode=${places.nagu}`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('逻辑审核')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    assert.deepEqual(values(1), ['户编码', '村', '户主', '审核发现']);
    assert.deepEqual(values(2).slice(1, 3), ['拖车村村民委员会', '孙读书']);
    assert.equal(sheet.rowCount, 3);
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'checks.export'), eq(auditEvents.entityType, 'check')));
    assert.equal(audit.length, 1);
    assert.deepEqual((audit[0]!.after as { rows: number }).rows, 2);
  });
});
