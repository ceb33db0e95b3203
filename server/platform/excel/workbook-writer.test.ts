import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSheetRows } from './workbook-reader.ts';
import { writeWorkbook } from './workbook-writer.ts';

test('text a spreadsheet would take for a formula is written as text; numbers stay numbers', async () => {
  const values: (string | number | null)[] = ['=1+1', '+SUM(A1:A2)', '-2+3', '@cmd', '\t=x', '张三', -3, null];
  const data = await writeWorkbook('表', [{ header: '值', value: (v: string | number | null) => v }], values);
  const cells: string[] = [];
  for await (const row of readSheetRows(data)) if (row.rowNumber > 1) cells.push(row.cells[0]?.text ?? '');
  assert.deepEqual(cells, ["'=1+1", "'+SUM(A1:A2)", "'-2+3", "'@cmd", "'\t=x", '张三', '-3', '']);
});
