import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

/**
 * A text cell that a spreadsheet would read as a formula once edited (=, +, -, @, tab, CR) gets a
 * leading apostrophe, so a name typed as "=HYPERLINK(...)" stays text in every export. Numbers
 * written as numbers are left alone.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cellOf(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? neutralizeFormula(value) : value;
}

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
    sheet.addRow(columns.map((c) => cellOf(c.value(row)))).commit();
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
