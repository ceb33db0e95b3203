// Imports a generated county ledger of N households (about 3.5 persons each, ~1% bad rows of
// known kinds) through POST /api/imports on a fresh database, in `valid` mode, and checks the
// error report lists exactly the bad rows (and their households' other rows as such).
// Usage: TEST_DB=embedded|postgres node --expose-gc --import tsx bench/household-import.ts [households]
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { createTestApp } from '../server/test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../server/test/factories.ts';
import { divisions } from '../server/modules/divisions/index.ts';
import { pinyinOf } from '../server/platform/i18n/pinyin.ts';
import { idNumberChecksum } from '../contracts/identity.ts';
import { importFields } from '../contracts/household-imports.ts';

const householdCount = Number(process.argv[2] ?? 35_000);
const VILLAGES = 40;
const SIBLING = '同户其他成员有误';
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const given = '明华强军伟芳敏静丽勇艳杰涛斌超秀英兰霞峰';
const sizes = [2, 3, 4, 5, 3, 4]; // 3.5 on average
const members = ['配偶', '子女', '子女', '父母', '孙子女'];

type BadKind = 'checksum' | 'gender' | 'duplicate' | 'relation' | 'income';
const badKinds: BadKind[] = ['checksum', 'gender', 'duplicate', 'relation', 'income'];
const expectedReason: Record<BadKind, RegExp> = {
  checksum: /身份证号校验位不正确/,
  gender: /性别与身份证号不符/,
  duplicate: /身份证号与第 \d+ 行重复/,
  relation: /与户主关系“邻居”无法识别/,
  income: /工资性收入应为不小于 0 的金额/,
};

function villageCode(i: number): string {
  return `530326102${String(301 + (i % VILLAGES)).padStart(3, '0')}`;
}

/** The n-th person's ID: a birth day and an odd or even serial make each one unique and valid. */
function personId(n: number, male: boolean): string {
  const birth = new Date(Date.UTC(1940, 0, 1) + (n % 20_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const serial = String(100 + Math.floor(n / 20_000) * 2 + (male ? 1 : 0)).padStart(3, '0');
  const first17 = `530326${birth}${serial}`;
  return `${first17}${idNumberChecksum(first17)}`;
}

async function buildLedger(): Promise<{ file: Buffer; rows: number; bad: Map<number, BadKind>; badHouseholds: Set<string> }> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => stream.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  const sheet = workbook.addWorksheet('帮扶对象');
  sheet.addRow(importFields.map((f) => f.header)).commit();
  const bad = new Map<number, BadKind>();
  const badHouseholds = new Set<string>();
  let person = 0;
  let rowNumber = 1;
  let previousId = '';
  let previousGender = '';
  for (let h = 0; h < householdCount; h += 1) {
    const code = `${villageCode(h)}${String(h).padStart(6, '0')}`;
    const size = sizes[h % sizes.length]!;
    const householder = `${surnames[h % 20]}${given[(h * 7) % 20]}${given[(h * 13) % 20]}`;
    let firstIdOfHousehold = '';
    for (let m = 0; m < size; m += 1) {
      rowNumber += 1;
      const male = (person + m) % 2 === 0;
      let id = personId(person, male);
      let gender = male ? '男' : '女';
      const name = m === 0 ? householder : `${surnames[(h + 3) % 20]}${given[(person * 11) % 20]}${given[(person * 3) % 20]}`;
      let relation = m === 0 ? '户主' : members[(m - 1) % members.length]!;
      let wage = String(8000 + (h % 50) * 200);
      // About 1% of rows, always a member's row, so the householder and the household's own values stay sound.
      if (m > 0 && person % 100 === 37) {
        const kind = badKinds[Math.floor(person / 100) % badKinds.length]!;
        bad.set(rowNumber, kind);
        badHouseholds.add(code);
        if (kind === 'checksum') id = `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
        if (kind === 'gender') gender = male ? '女' : '男';
        if (kind === 'duplicate') {
          id = previousId;
          gender = previousGender;
        }
        if (kind === 'relation') relation = '邻居';
        if (kind === 'income') wage = '-100';
      }
      if (m === 0) firstIdOfHousehold = id;
      sheet
        .addRow([
          code, villageCode(h), '', '', '', `${(h % 9) + 1}组`, householder, relation, name, gender, id, '汉族', '', m === 3 ? '长期慢性病' : '健康', '',
          m === 3 ? '弱劳动力或半劳动力' : '普通劳动力', m === 2 ? '小学' : '初中', m === 2 ? '是' : '否', m === 1 ? '是' : '否', m === 1 ? '浙江省宁波市' : '',
          '是', m === 2 ? '否' : '是', '', h % 10 === 0 ? '低保贫困户' : '一般贫困户', '已脱贫', '因病', '缺技术；缺资金', '2016', '2019',
          h % 25 === 0 ? '脱贫不稳定户' : '', 'B级', h % 30 === 0 ? '是' : '否', h % 30 === 0 ? '县城安置点' : '', wage, '3000', '200', '1800', '2025',
        ])
        .commit();
      person += 1;
    }
    previousId = firstIdOfHousehold;
    previousGender = personIdGender(firstIdOfHousehold);
  }
  sheet.commit();
  await workbook.commit();
  await done;
  return { file: Buffer.concat(chunks), rows: rowNumber - 1, bad, badHouseholds };
}

function personIdGender(id: string): string {
  return Number(id[16]) % 2 === 1 ? '男' : '女';
}

function multipart(file: Buffer, fields: Record<string, string>): { payload: Buffer; contentType: string } {
  const boundary = '----bench-household-import';
  const parts = [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ledger.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`), file, Buffer.from('\r\n')];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const generationStarted = performance.now();
const ledger = await buildLedger();
const generationSeconds = (performance.now() - generationStarted) / 1000;
const t = await createTestApp();
try {
  await insertPlaces(t.deps);
  const villages = Array.from({ length: VILLAGES }, (_, i) => {
    const name = `测试${i + 1}村村民委员会`;
    return { code: villageCode(i), parentCode: places.nagu, level: 'village' as const, depth: 5, name, shortName: name, ...pinyinOf(name), childrenLoaded: true };
  });
  await t.deps.db.insert(divisions).values(villages).onConflictDoNothing();
  const clerk = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
  const form = multipart(ledger.file, { mapping: JSON.stringify({ headerRow: 1, columns: importFields.map((f) => f.key) }), mode: 'valid' });

  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const seen: string[] = [];
  const started = performance.now();
  const accepted = await clerk.request('POST', '/api/imports', form.payload, { 'content-type': form.contentType });
  if (accepted.statusCode !== 202) throw new Error(`upload answered ${accepted.statusCode}: ${accepted.body}`);
  const { jobId } = accepted.json() as { jobId: string };
  type View = { status: string; progress: { phase: string; done: number; total: number }; counts: { rows: number; households: number; persons: number; refused: number } | null; failure: string | null };
  let job: View;
  for (;;) {
    job = (await clerk.get(`/api/imports/${jobId}`)).json() as View;
    const mark = `${job.progress.phase} ${job.progress.done}/${job.progress.total}`;
    if (!seen.at(-1)?.startsWith(mark)) seen.push(`${mark} @${((performance.now() - started) / 1000).toFixed(1)}s`);
    if (job.status === 'succeeded' || job.status === 'failed') break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);

  const report = await clerk.get(`/api/imports/${jobId}/errors`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const reasonColumn = (sheet.getRow(1).values as unknown[]).indexOf('错误原因');
  const listedBad = new Map<number, string>();
  let siblings = 0;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const reason = String(row.getCell(reasonColumn).value);
    if (reason === SIBLING) siblings += 1;
    else listedBad.set(Number(row.getCell(1).value), reason);
  });
  const missing = [...ledger.bad.keys()].filter((row) => !listedBad.has(row));
  const extra = [...listedBad.keys()].filter((row) => !ledger.bad.has(row));
  const wrongReason = [...ledger.bad].filter(([row, kind]) => listedBad.has(row) && !expectedReason[kind].test(listedBad.get(row)!));
  const expectedHouseholds = householdCount - ledger.badHouseholds.size;

  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(`engine=${t.deps.dbMode} households=${householdCount} rows=${ledger.rows} bad rows=${ledger.bad.size} file=${(ledger.file.length / 1024 / 1024).toFixed(1)} MB (generated in ${generationSeconds.toFixed(1)} s)`);
  console.log(`status=${job.status} ${job.failure ?? ''} counts=${JSON.stringify(job.counts)} time=${seconds.toFixed(1)} s (${(ledger.rows / seconds).toFixed(0)} rows/s)`);
  console.log(`heap: baseline ${mb(baseline.heapUsed)}, peak ${mb(peakHeap)}; rss: baseline ${mb(baseline.rss)}, peak ${mb(peakRss)}`);
  console.log(`progress seen: ${seen.length} distinct values: ${seen.join(', ')}`);
  console.log(`report: ${listedBad.size} bad rows listed with reasons + ${siblings} other rows of their households; missing ${missing.length}, extra ${extra.length}, wrong reason ${wrongReason.length}`);
  const ok = job.status === 'succeeded' && missing.length === 0 && extra.length === 0 && wrongReason.length === 0 && job.counts?.households === expectedHouseholds;
  console.log(ok ? `CHECK OK: ${expectedHouseholds} households imported, the report names exactly the ${ledger.bad.size} bad rows` : `CHECK FAILED (expected ${expectedHouseholds} households) ${JSON.stringify({ missing: missing.slice(0, 5), extra: extra.slice(0, 5), wrongReason: wrongReason.slice(0, 5) })}`);
  if (!ok) process.exitCode = 1;
} finally {
  await t.close();
}
