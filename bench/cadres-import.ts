// Measures an Excel import of N cadres end to end (upload → job → rows saved) and samples the
// process's memory while it runs. Usage: TEST_DB=embedded|postgres node --import tsx bench/cadres-import.ts [rows]
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { createTestApp } from '../server/test/test-app.ts';
import { createUnit, insertPlaces, places, sessionAs } from '../server/test/factories.ts';
import { idNumberChecksum } from '../server/modules/cadres/index.ts';

const rows = Number(process.argv[2] ?? 5000);
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const given = '明华强军伟芳敏静丽勇艳杰涛斌超秀英兰霞峰';

async function buildWorkbook(unitName: string): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => stream.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  const sheet = workbook.addWorksheet('干部信息');
  sheet.addRow(['姓名*', '性别*', '身份证号*', '出生日期', '民族*', '政治面貌*', '学历', '所在单位*', '职务', '职级', '专业特长', '手机号']).commit();
  const start = Date.UTC(1965, 0, 1);
  for (let i = 0; i < rows; i += 1) {
    const birth = new Date(start + (i % 12_000) * 86_400_000).toISOString().slice(0, 10);
    const serial = String(100 + Math.floor(i / 12_000) * 2 + (i % 2)).padStart(3, '0');
    const first17 = `530326${birth.replaceAll('-', '')}${serial}`;
    const gender = Number(first17[16]) % 2 === 1 ? '男' : '女';
    const name = `${surnames[i % 20]}${given[(i * 7) % 20]}${given[(i * 13) % 20]}`;
    sheet
      .addRow([name, gender, `${first17}${idNumberChecksum(first17)}`, birth, '汉族', '中共党员', '大学本科', unitName, '科员', '一级科员', '农业、水利', `139${String(10_000_000 + i).slice(-8)}`])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

const t = await createTestApp();
try {
  await insertPlaces(t.deps);
  const unit = await createUnit(t.deps, { name: '会泽县农业农村局', divisionCode: places.huize });
  const clerk = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
  const file = await buildWorkbook(unit.name);
  const boundary = '----bench';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const progress: string[] = [];
  const started = performance.now();
  const accepted = await clerk.request('POST', '/api/cadres/import?mode=all', payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
  const { jobId } = accepted.json();
  for (;;) {
    const job = (await clerk.get(`/api/jobs/${jobId}`)).json();
    const mark = `${job.progressDone}/${job.progressTotal}`;
    if (progress.at(-1) !== mark) progress.push(mark);
    if (job.status === 'succeeded' || job.status === 'failed') {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
      console.log(`engine=${t.deps.dbMode} rows=${rows} file=${(file.length / 1024).toFixed(0)} KB status=${job.status}`);
      console.log(`created=${job.result?.created} failed=${job.result?.failed} time=${seconds.toFixed(2)} s (${(rows / seconds).toFixed(0)} rows/s)`);
      console.log(`heap: baseline ${mb(baseline.heapUsed)}, peak ${mb(peakHeap)}; rss: baseline ${mb(baseline.rss)}, peak ${mb(peakRss)}`);
      if (job.result?.failed) console.log(JSON.stringify(job.result.errors.slice(0, 5)));
      console.log(`progress seen: ${progress.length} distinct values, e.g. ${progress.slice(0, 4).join(', ')} … ${progress.at(-1)}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
} finally {
  await t.close();
}
