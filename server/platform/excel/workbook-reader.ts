import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** What a cell held: its text, and whether Excel stored it as a number (long digit strings lose precision there). */
export type SheetCell = { text: string; kind: 'empty' | 'text' | 'number' | 'date' | 'boolean' | 'other' };
export type SheetRow = { rowNumber: number; cells: SheetCell[] };

const EMPTY: SheetCell = { text: '', kind: 'empty' };

function isoDateOf(value: Date): string {
  // exceljs turns an Excel serial date into a Date at UTC midnight.
  return value.toISOString().slice(0, 10);
}

function cellOf(value: unknown): SheetCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { text: value.trim(), kind: 'text' };
  if (typeof value === 'number') return { text: String(value), kind: 'number' };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', kind: 'boolean' };
  if (value instanceof Date) return { text: isoDateOf(value), kind: 'date' };
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(v.richText)) return cellOf(v.richText.map((part) => part.text).join(''));
    if ('result' in v) return cellOf(v.result);
    if (typeof v.text === 'string') return cellOf(v.text);
    if (v.error) return { text: v.error, kind: 'other' };
  }
  return { text: String(value), kind: 'other' };
}

/** Decodes a byte stream to text without splitting a multi-byte character across two chunks. */
async function* utf8Chunks(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

type ReaderInternals = {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
};

/**
 * exceljs 4.4's streaming reader decodes each compressed chunk on its own, so a Chinese
 * character that straddles two chunks turns into U+FFFD (exceljs issues #2063, #2084): about
 * one name in a hundred on a 5,000-row import. Its sheet and shared-string parsers are fed
 * whole characters instead.
 */
function createReader(stream: Readable, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>): ExcelJS.stream.xlsx.WorkbookReader {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, options);
  const internals = reader as unknown as ReaderInternals;
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Chunks(iterator), sheetNo);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parseSharedStrings(entry);
  };
  return reader;
}

/**
 * Reads the rows of one worksheet of an .xlsx with exceljs's streaming reader, a row at a time,
 * so a 100k-row upload never becomes a whole workbook in memory. Row numbers are Excel's (1-based).
 */
export async function* readSheetRows(source: Buffer, options: { sheetIndex?: number } = {}): AsyncGenerator<SheetRow> {
  const wanted = options.sheetIndex ?? 0;
  const reader = createReader(Readable.from([source]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles tell a date cell from a number cell.
    styles: 'cache',
    entries: 'ignore',
  });
  const sheets = (reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row>>)[Symbol.asyncIterator]();
  try {
    for (let index = 0; ; index += 1) {
      const next = await sheets.next();
      if (next.done) return;
      if (index !== wanted) continue;
      for await (const row of next.value) {
        const values = row.values as unknown[];
        const cells: SheetCell[] = [];
        for (let column = 1; column < values.length; column += 1) cells.push(cellOf(values[column]));
        yield { rowNumber: row.number, cells };
      }
      return;
    }
  } finally {
    // exceljs copies a sheet that comes before the shared strings to a temporary file and deletes
    // it only when its parser runs on past that sheet; stopping early would leave it in /tmp.
    for (let next = await sheets.next(); !next.done; next = await sheets.next());
  }
}

/** Counts the non-empty rows of one worksheet after the header, streaming, to size a progress bar. */
export async function countSheetRows(source: Buffer, options: { sheetIndex?: number } = {}): Promise<number> {
  let rows = 0;
  for await (const row of readSheetRows(source, options)) {
    if (row.rowNumber > 1 && row.cells.some((cell) => cell.kind !== 'empty')) rows += 1;
  }
  return rows;
}
