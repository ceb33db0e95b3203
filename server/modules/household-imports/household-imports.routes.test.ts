import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { householdIncomes, householdPersons, households } from '../households/index.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { idOf, ledgerRow, ledgerWorkbook, multipartForm, templateMapping } from './household-imports.fixture.ts';

const village = places.naguVillage;

async function readBook(data: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/** Three households of 拖车村: 户 A (3 people), 户 B (2), 户 C (1). `serial` keeps ID numbers apart between tests. */
function threeHouseholds(serial: string) {
  const a = `${village}${serial}01`;
  const b = `${village}${serial}02`;
  const c = `${village}${serial}03`;
  return [
    ledgerRow(a, village, { name: '王德华', relation: '户主', first17: `53032619750301${serial}01`, householder: '王德华' }),
    ledgerRow(a, village, { name: '李秀英', relation: '配偶', first17: `53032619770812${serial}02`, householder: '王德华' }),
    ledgerRow(a, village, { name: '王小明', relation: '子女', first17: `53032620100512${serial}03`, householder: '王德华' }, { schooling: '小学', inSchool: '是', labourAbility: '无劳动力' }),
    ledgerRow(b, village, { name: '张国强', relation: '户主', first17: `53032619680214${serial}05`, householder: '张国强' }),
    ledgerRow(b, village, { name: '张丽', relation: '之女', first17: `53032619951103${serial}06`, householder: '张国强' }),
    ledgerRow(c, village, { name: '赵文', relation: '本人', first17: `53032619500706${serial}07`, householder: '赵文' }, { labourAbility: '丧失劳动力', health: '长期慢性病' }),
  ];
}

describe('household imports', () => {
  let t: TestApp;
  let rural: Session;
  let otherRural: Session;
  let gaozhouRural: Session;
  let existingId: string;

  const upload = (session: Session, data: Buffer, fields: Record<string, string>, url = '/api/imports') => {
    const form = multipartForm('台账.xlsx', data, fields);
    return session.request('POST', url, form.payload, { 'content-type': form.contentType });
  };
  const run = async (session: Session, data: Buffer, mode: 'all' | 'valid', mapping = templateMapping()) => {
    const accepted = await upload(session, data, { mapping, mode });
    assert.equal(accepted.statusCode, 202, accepted.body);
    await t.deps.jobs.idle();
    const job = await session.get(`/api/imports/${accepted.json().jobId}`);
    assert.equal(job.statusCode, 200, job.body);
    return job.json();
  };
  const codesLike = async (prefix: string) =>
    (await t.deps.db.select({ code: households.code }).from(households)).map((r) => r.code).filter((c) => c.startsWith(prefix)).sort();

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    rural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    otherRural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    gaozhouRural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
    existingId = idOf('53032619600101099');
    await insertHousehold(t.deps, { divisionCode: village, code: 'EXISTING-1', householderName: '陈旧户', members: [{ name: '陈旧户', relation: 'householder', birthDate: '1960-01-01', idNumber: existingId }] });
  });
  after(() => t.close());

  test('valid mode: a wrong checksum and an ID already registered refuse their households; the rest is imported', async () => {
    const rows = threeHouseholds('1');
    rows[1]!.idNumber = `${rows[1]!.idNumber.slice(0, 17)}${rows[1]!.idNumber.endsWith('0') ? '1' : '0'}`;
    rows[5]!.idNumber = existingId;
    rows[5]!.gender = '男';
    const job = await run(rural, await ledgerWorkbook(rows), 'valid');
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    assert.deepEqual(job.counts, { rows: 6, households: 1, persons: 2, refused: 4 });
    assert.deepEqual(await codesLike(`${village}1`), [`${village}102`]);
    const imported = await t.deps.db.select().from(householdPersons).where(eq(householdPersons.divisionCode, village));
    const zhang = imported.find((p) => p.name === '张丽')!;
    assert.equal(zhang.relation, 'child');
    assert.notEqual(zhang.idNumberCipher, rows[4]!.idNumber);
    assert.match(zhang.idNumberMasked, /\*/);
    const [household] = await t.deps.db.select().from(households).where(eq(households.code, `${village}102`));
    assert.equal(household!.memberCount, 2);
    assert.deepEqual(household!.secondaryCauses.sort(), ['no_capital', 'no_skills']);
    const [income] = await t.deps.db.select().from(householdIncomes).where(eq(householdIncomes.householdId, household!.id));
    assert.equal(income!.wage, 12000);

    const report = await rural.get(`/api/imports/${job.id}/errors`);
    assert.equal(report.statusCode, 200);
    const sheet = await readBook(report.rawPayload);
    const header = sheet.getRow(1).values as unknown[];
    const reasonColumn = header.indexOf('错误原因');
    const listed = new Map<number, string>();
    sheet.eachRow((row, n) => {
      if (n > 1) listed.set(Number(row.getCell(1).value), String(row.getCell(reasonColumn).value));
    });
    assert.deepEqual([...listed.keys()], [2, 3, 4, 7]);
    assert.match(listed.get(3)!, /身份证号：身份证号校验位不正确/);
    assert.match(listed.get(7)!, /该身份证号已登记在户 EXISTING-1（户主 陈旧户）中/);
    assert.equal(listed.get(2), '同户其他成员有误');
    assert.equal(listed.get(4), '同户其他成员有误');
    const audits = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, job.id));
    assert.deepEqual(audits.map((a) => a.action).sort(), ['households.import', 'households.import_report']);
    assert.deepEqual(audits.find((a) => a.action === 'households.import')!.after, { fileName: '台账.xlsx', mode: 'valid', rows: 6, households: 1, persons: 2, refused: 4 });
  });

  test('all mode: the same file imports nothing and the report lists the two bad rows', async () => {
    const rows = threeHouseholds('2');
    rows[1]!.idNumber = `${rows[1]!.idNumber.slice(0, 17)}${rows[1]!.idNumber.endsWith('0') ? '1' : '0'}`;
    rows[5]!.idNumber = existingId;
    rows[5]!.gender = '男';
    const job = await run(rural, await ledgerWorkbook(rows), 'all');
    assert.equal(job.status, 'succeeded');
    assert.deepEqual(job.counts, { rows: 6, households: 0, persons: 0, refused: 2 });
    assert.deepEqual(await codesLike(`${village}2`), []);
    assert.deepEqual(job.errors.map((e: { row: number; column: string }) => [e.row, e.column]), [[3, '身份证号'], [7, '身份证号']]);
    const sheet = await readBook((await rural.get(`/api/imports/${job.id}/errors`)).rawPayload);
    assert.equal(sheet.rowCount, 3);
  });

  test('a clean file in all mode imports every household', async () => {
    const job = await run(rural, await ledgerWorkbook(threeHouseholds('3')), 'all');
    assert.deepEqual(job.counts, { rows: 6, households: 3, persons: 6, refused: 0 });
    assert.equal(job.hasReport, false);
    assert.equal((await rural.get(`/api/imports/${job.id}/errors`)).statusCode, 409);
    // The same ledger again: every 户编号 and ID is now registered.
    const again = await run(rural, await ledgerWorkbook(threeHouseholds('3')), 'valid');
    assert.equal(again.counts.households, 0);
    assert.ok(again.errors.some((e: { message: string }) => /户编号 .* 已登记/.test(e.message)));
  });

  test('an ID twice in the file names the earlier row; household rules are checked', async () => {
    const rows = threeHouseholds('4');
    rows[4]!.idNumber = rows[3]!.idNumber;
    rows[4]!.gender = rows[3]!.gender;
    rows[2]!.relation = '户主';
    rows[1]!.status = '在册';
    const job = await run(rural, await ledgerWorkbook(rows), 'valid');
    const messages = job.errors.map((e: { row: number; message: string }) => `${e.row}:${e.message}`);
    assert.ok(messages.includes('6:身份证号与第 5 行重复'), messages.join('\n'));
    assert.ok(messages.includes('4:同户已有户主（第 2 行），每户只能有一位户主'), messages.join('\n'));
    assert.ok(messages.includes('3:与同户第 2 行的户状态不一致'), messages.join('\n'));
    assert.deepEqual(job.counts, { rows: 6, households: 1, persons: 1, refused: 5 });
  });

  test('a village outside the importer\'s scope, a non-village code and an unknown code are refused', async () => {
    const rows = threeHouseholds('5');
    for (const row of rows.slice(0, 3)) row.divisionCode = places.zhenjiangVillage;
    for (const row of rows.slice(3, 5)) row.divisionCode = places.nagu;
    rows[5]!.divisionCode = '530326102299';
    const job = await run(rural, await ledgerWorkbook(rows), 'valid');
    const byRow = new Map<number, string>(job.errors.map((e: { row: number; message: string }) => [e.row, e.message]));
    assert.equal(byRow.get(2), `行政村 ${places.zhenjiangVillage} 不在您的管辖范围内`);
    assert.equal(byRow.get(5), `行政区划代码 ${places.nagu} 不是行政村`);
    assert.equal(byRow.get(7), '行政区划代码 530326102299 不存在');
    assert.equal(job.counts.households, 0);
  });

  test('renamed headers above a title line are found and mapped; names stand for the code', async () => {
    const rows = threeHouseholds('6').map((row) => ({ ...row, countyName: '会泽县', townshipName: '娜姑镇', villageName: '拖车村村民委员会' }));
    const fields = ['code', 'countyName', 'townshipName', 'villageName', 'householderName', 'relation', 'name', 'gender', 'idNumber', 'health', 'labourAbility', 'schooling', 'attribute', 'status'] as const;
    const header = ['户编码', '县(市、区)', '乡(镇)', '行政村', '户主', '与户主关系', '姓名', '性别', '公民身份号码', '健康状况', '劳动能力', '文化程度', '户属性', '贫困户状态'];
    const data = await ledgerWorkbook([...rows.map((r) => ({ ...r }))], [...header, '人均纯收入'], fields, ['会泽县建档立卡贫困人口台账', '导出日期：2026-01-05']);
    const preview = await upload(rural, data, {}, '/api/imports/preview');
    assert.equal(preview.statusCode, 200, preview.body);
    const body = preview.json();
    assert.equal(body.headerRow, 3);
    assert.deepEqual(body.suggested, [...fields, null]);
    assert.deepEqual(body.missing, []);
    assert.equal(body.sample.length, 5);
    assert.equal(body.sample[0][8], rows[0]!.idNumber);
    const job = await run(rural, data, 'all', JSON.stringify({ headerRow: body.headerRow, columns: body.suggested }));
    assert.deepEqual(job.counts, { rows: 6, households: 3, persons: 6, refused: 0 }, JSON.stringify(job.errors));
  });

  test('a mapping without the required fields is refused before any job starts', async () => {
    const response = await upload(rural, await ledgerWorkbook(threeHouseholds('7')), { mode: 'all', mapping: JSON.stringify({ headerRow: 1, columns: ['code', 'name'] }) });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'IMPORT_MAPPING');
    assert.ok(response.json().fields.some((f: { message: string }) => f.message === '缺少必填字段：身份证号'));
    const notXlsx = multipartForm('台账.csv', Buffer.from('户编号,姓名\n'), { mode: 'all', mapping: templateMapping() });
    assert.equal((await rural.request('POST', '/api/imports', notXlsx.payload, { 'content-type': notXlsx.contentType })).statusCode, 400);
  });

  test('only the importer reads his job and its report; the list shows his imports only', async () => {
    const rows = threeHouseholds('8');
    rows[0]!.gender = '女';
    const job = await run(rural, await ledgerWorkbook(rows), 'valid');
    assert.equal((await otherRural.get(`/api/imports/${job.id}`)).statusCode, 404);
    assert.equal((await otherRural.get(`/api/imports/${job.id}/errors`)).statusCode, 404);
    assert.equal((await gaozhouRural.get(`/api/imports/${job.id}`)).statusCode, 404);
    assert.equal((await rural.get(`/api/imports/${job.id}/errors`)).statusCode, 200);
    const mine = (await rural.get('/api/imports')).json();
    assert.ok(mine.items.some((i: { id: string }) => i.id === job.id));
    assert.equal((await otherRural.get('/api/imports')).json().total, 0);
  });

  test('the template carries every column and an example that is never imported', async () => {
    const response = await rural.get('/api/imports/template');
    assert.equal(response.statusCode, 200);
    const sheet = await readBook(response.rawPayload);
    assert.equal(sheet.getRow(1).getCell(1).value, '户编号*');
    assert.equal(sheet.getRow(1).cellCount, 38);
    const accepted = await upload(rural, response.rawPayload, { mode: 'all', mapping: templateMapping() });
    await t.deps.jobs.idle();
    const job = (await rural.get(`/api/imports/${accepted.json().jobId}`)).json();
    assert.equal(job.status, 'failed');
    assert.match(job.failure, /示例行不会导入/);
  });
});
