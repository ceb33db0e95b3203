import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { countSheetRows, readSheetRows } from './workbook-reader.ts';

async function bookOf(rows: number, sharedStrings: boolean): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: sharedStrings });
  const sheet = workbook.addWorksheet('表');
  sheet.addRow(['姓名', '单位', '数字', '日期']).commit();
  for (let i = 0; i < rows; i += 1) sheet.addRow([`张${i}`, `会泽县农业农村局第${i % 97}组`, 530326198506120000 + i, new Date(Date.UTC(1985, 5, 12))]).commit();
  sheet.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

for (const shared of [false, true]) {
  test(`Chinese text survives chunk boundaries (${shared ? 'shared' : 'inline'} strings)`, async () => {
    const data = await bookOf(5000, shared);
    let seen = 0;
    for await (const row of readSheetRows(data)) {
      for (const cell of row.cells) assert.ok(!cell.text.includes('\uFFFD'), `row ${row.rowNumber}: ${cell.text}`);
      if (row.rowNumber > 1) {
        assert.equal(row.cells[1]!.text, `会泽县农业农村局第${(row.rowNumber - 2) % 97}组`);
        seen += 1;
      }
    }
    assert.equal(seen, 5000);
  });
}

test('cell kinds: a long number is flagged as a number, dates come back as ISO dates', async () => {
  const data = await bookOf(2, false);
  const rows = [];
  for await (const row of readSheetRows(data)) rows.push(row);
  assert.equal(rows[1]!.cells[2]!.kind, 'number');
  assert.deepEqual(rows[1]!.cells[3], { text: '1985-06-12', kind: 'date' });
  assert.equal(await countSheetRows(data), 2);
});

test('no temporary copy of a sheet is left behind, even when the reader stops early', async () => {
  const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  // A directory of its own: other test files read workbooks at the same time into the shared one.
  const own = mkdtempSync(join(tmpdir(), 'sheet-reader-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = own;
  try {
    const data = await bookOf(2000, false);
    let spilled = 0;
    for await (const row of readSheetRows(data)) {
      spilled = Math.max(spilled, readdirSync(own).length);
      if (row.rowNumber > 5) break;
    }
    assert.ok(spilled > 0, 'the sheet before its strings is spilled to a temporary file');
    assert.equal(await countSheetRows(data), 2000);
    // The clean-up closes and unlinks asynchronously: give it a moment.
    for (let i = 0; i < 40 && readdirSync(own).length > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(readdirSync(own), []);
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(own, { recursive: true, force: true });
  }
});
