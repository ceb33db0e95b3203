import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

export type ExcelColumn<T> = { header: string; width?: number; value: (row: T) => string | number | null | undefined };

/**
 * Writes rows to an .xlsx with exceljs's streaming writer: rows are committed as they come,
 * so an export of 100k rows does not hold the whole workbook in memory.
 */
export async function writeWorkbook<T>(
  sheetName: string,
  columns: ExcelColumn<T>[],
  rows: AsyncIterable<T> | Iterable<T>,
): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length * 2 + 2) }));
  sheet.getRow(1).font = { bold: true };
  for await (const row of rows) {
    sheet.addRow(columns.map((c) => c.value(row) ?? '')).commit();
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
