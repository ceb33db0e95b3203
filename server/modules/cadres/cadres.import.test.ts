import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { idNumberChecksum } from './cadres.rules.ts';
import { cadres } from './cadres.schema.ts';

const idOf = (first17: string) => `${first17}${idNumberChecksum(first17)}`;
const header = ['姓名*', '性别*', '身份证号*', '出生日期', '民族*', '政治面貌*', '学历', '所在单位*', '职务', '职级', '专业特长', '手机号'];
type Cell = string | number | Date | null;

async function workbookOf(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('干部信息');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function multipart(fileName: string, data: Buffer) {
  const boundary = '----zhucun-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return { payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function readBook(data: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

const rowOf = (name: string, first17: string, unit: string, extra: Partial<Record<'gender' | 'party', string>> = {}): Cell[] => [
  name,
  extra.gender ?? (Number(first17[16]) % 2 === 1 ? '男' : '女'),
  idOf(first17),
  null,
  '汉族',
  extra.party ?? '中共党员',
  '大学本科',
  unit,
  '科员',
  '一级科员',
  '农业、法律',
  '13800001111',
];

describe('cadres import, export and jobs', () => {
  let t: TestApp;
  let huizeOrg: Session;
  let otherOrg: Session;
  let naguParty: Session;
  let ruralOffice: Session;
  const unitName = '会泽县水务局';

  const upload = (session: Session, fileName: string, data: Buffer, mode = 'all') => {
    const form = multipart(fileName, data);
    return session.request('POST', `/api/cadres/import?mode=${mode}`, form.payload, { 'content-type': form.contentType });
  };
  const finished = async (session: Session, jobId: string) => {
    await t.deps.jobs.idle();
    const response = await session.get(`/api/jobs/${jobId}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };
  const countCadres = async () => (await t.deps.db.select({ id: cadres.id }).from(cadres)).length;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    await createUnit(t.deps, { name: unitName, divisionCode: places.huize });
    await createUnit(t.deps, { name: '高州市水务局', divisionCode: places.gaozhou });
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    otherOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    ruralOffice = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
  });
  after(() => t.close());

  test('401 and 403 on the import routes', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/cadres/import-template' })).statusCode, 401);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/jobs/00000000-0000-4000-8000-000000000000' })).statusCode, 401);
    assert.equal((await naguParty.get('/api/cadres/import-template')).statusCode, 403);
    assert.equal((await upload(naguParty, 'a.xlsx', await workbookOf([]))).statusCode, 403);
    assert.equal((await ruralOffice.get('/api/cadres/export')).statusCode, 403);
  });

  test('400 for a file that is not an xlsx', async () => {
    const response = await upload(huizeOrg, 'cadres.csv', Buffer.from('姓名,性别\n'));
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().fields[0].path, 'file');
  });

  test('the template has the headers, a valid example row that is never imported, and the allowed values', async () => {
    const response = await huizeOrg.get('/api/cadres/import-template');
    assert.equal(response.statusCode, 200);
    const book = await readBook(response.rawPayload);
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(3).value, '身份证号*');
    assert.equal(sheet.getRow(2).getCell(8).value, unitName);
    assert.equal(book.worksheets[1]!.name, '可选值');
    assert.equal(book.worksheets[1]!.getColumn(2).values.filter(Boolean).length, 57);
    const example = sheet.getRow(2).values as unknown[];
    assert.match(String(example[1]), /^示例/);
    const accepted = await upload(huizeOrg, '模板.xlsx', response.rawPayload);
    assert.equal(accepted.statusCode, 202, accepted.body);
    const job = await finished(huizeOrg, accepted.json().jobId);
    assert.equal(job.status, 'failed');
    assert.match(job.error.message, /示例行不会导入/);
    // The example row itself passes every rule: with the mark removed it imports.
    const book2 = await readBook(response.rawPayload);
    book2.worksheets[0]!.getRow(2).getCell(1).value = '张明';
    const edited = Buffer.from(await book2.xlsx.writeBuffer());
    const second = await finished(huizeOrg, (await upload(huizeOrg, '模板.xlsx', edited)).json().jobId);
    assert.deepEqual({ created: second.result.created, failed: second.result.failed }, { created: 1, failed: 0 }, JSON.stringify(second.result));
  });

  test('all-or-nothing: one bad row saves nothing and the error report lists it', async () => {
    const before = await countCadres();
    const rows = [
      rowOf('赵一', '53032619800101011', unitName),
      rowOf('钱二', '53032619800101022', unitName, { gender: '男' }),
      rowOf('孙三', '53032619800101031', '不存在的单位'),
      rowOf('李四', '53032619800101011', unitName),
    ];
    const accepted = await upload(huizeOrg, '干部.xlsx', await workbookOf(rows));
    assert.equal(accepted.statusCode, 202);
    const jobId = accepted.json().jobId;
    const job = await finished(huizeOrg, jobId);
    assert.equal(job.status, 'succeeded');
    assert.equal(job.result.created, 0);
    assert.equal(job.result.failed, 3, JSON.stringify(job.result.errors));
    assert.equal(job.result.sealed, undefined);
    assert.deepEqual(
      job.result.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
      [[3, '性别'], [4, '所在单位'], [5, '身份证号']],
    );
    assert.match(job.result.errors[2].message, /第 2 行重复/);
    assert.equal(await countCadres(), before);

    assert.equal((await otherOrg.get(`/api/jobs/${jobId}`)).statusCode, 404);
    assert.equal((await otherOrg.get(`/api/cadres/import/${jobId}/errors.xlsx`)).statusCode, 404);
    const report = await huizeOrg.get(`/api/cadres/import/${jobId}/errors.xlsx`);
    assert.equal(report.statusCode, 200);
    const sheet = (await readBook(report.rawPayload)).worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(14).value, '错误原因');
    assert.deepEqual([2, 3, 4].map((r) => sheet.getRow(r).getCell(1).value), [3, 4, 5]);
    assert.match(String(sheet.getRow(2).getCell(14).value), /性别/);
  });

  test('partial mode saves the good rows; IDs already registered fail', async () => {
    const before = await countCadres();
    const rows = [
      rowOf('周五', '53032619810101011', unitName),
      rowOf('吴六', '53032619810101021', unitName, { party: '团员' }),
      rowOf('郑七', '53032619850612031', unitName),
      [...rowOf('王八', '53032619810101031', unitName).slice(0, 2), 530326198101010300, ...rowOf('王八', '53032619810101031', unitName).slice(3)],
    ];
    const job = await finished(huizeOrg, (await upload(huizeOrg, '干部.xlsx', await workbookOf(rows), 'partial')).json().jobId);
    assert.equal(job.result.created, 1);
    assert.equal(job.result.failed, 3);
    const messages = job.result.errors.map((e: { row: number; message: string }) => `${e.row}:${e.message}`);
    assert.ok(messages.includes('3:政治面貌应为：中共党员、中共预备党员、群众'), messages.join('|'));
    assert.ok(messages.includes('4:该身份证号的干部已登记'), messages.join('|'));
    assert.ok(messages.some((m: string) => m.startsWith('5:身份证号须以文本格式填写')), messages.join('|'));
    assert.equal(await countCadres(), before + 1);
    const [saved] = await t.deps.db.select().from(cadres).where(eq(cadres.name, '周五'));
    assert.equal(saved!.divisionCode, places.huize);
    assert.deepEqual(saved!.specialities, ['agriculture', 'law']);
    const [audit] = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'cadres.import'));
    assert.ok(audit, 'the import is audited');
  });

  test('a unit of another region is refused for an importer who may not pick units', async () => {
    const unitParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: (await createUnit(t.deps, { name: '会泽县林业局' })).id });
    const job = await finished(unitParty, (await upload(unitParty, 'x.xlsx', await workbookOf([rowOf('冯九', '53032619820101011', '高州市水务局')]))).json().jobId);
    assert.equal(job.result.errors[0].message, '单位“高州市水务局”不在您的管辖范围内');
  });

  test('a sheet without the template columns fails the job with a message', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['名字', '号码']);
    workbook.getWorksheet('x')!.addRow(['张三', '1']);
    const accepted = await upload(huizeOrg, 'x.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const job = await finished(huizeOrg, accepted.json().jobId);
    assert.equal(job.status, 'failed');
    assert.match(job.error.message, /缺少列：姓名、性别、身份证号/);
  });

  test('export opens in Excel with the listed rows, masked, and is audited', async () => {
    const response = await naguParty.get('/api/cadres/export');
    assert.equal(response.statusCode, 200);
    assert.equal((await readBook(response.rawPayload)).worksheets[0]!.rowCount, 1);
    const full = await huizeOrg.get('/api/cadres/export?sort=name');
    assert.equal(full.statusCode, 200);
    assert.match(String(full.headers['content-disposition']), /filename\*=UTF-8''/);
    const sheet = (await readBook(full.rawPayload)).worksheets[0]!;
    const listed = (await huizeOrg.get('/api/cadres?pageSize=200')).json();
    assert.equal(sheet.rowCount, listed.total + 1);
    assert.equal(sheet.getRow(1).getCell(3).value, '身份证号');
    for (let r = 2; r <= sheet.rowCount; r += 1) assert.match(String(sheet.getRow(r).getCell(3).value), /^\d{6}\*{8}\d{3}[\dX]$/);
    const phones = Array.from({ length: sheet.rowCount - 1 }, (_, i) => String(sheet.getRow(i + 2).getCell(12).value));
    assert.ok(phones.includes('138****1111'), phones.join(','));
    const events = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'cadres.export'));
    assert.equal(events.length, 2);
  });
});
