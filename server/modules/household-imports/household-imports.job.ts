import type { AppDeps } from '../../platform/http/context.ts';
import type { Db, Executor } from '../../platform/db/client.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.ts';
import { JobFailure, type JobProgress, type JobRow } from '../../platform/jobs/job-runner.ts';
import type { HouseholdImportMode, ImportMapping, ImportRowIssue } from '../../../contracts/household-imports.ts';
import { readSheetRows } from '../../platform/excel/workbook-reader.ts';
import { checkFile } from './household-imports.check.ts';
import { isBlankRow, isExampleRow } from './household-imports.rows.ts';
import { buildBatches, type Batch, type RefusedRow } from './household-imports.write.ts';
import * as repo from './household-imports.repository.ts';

export const HOUSEHOLD_IMPORT_JOB = 'households.import';
export const MAX_ROWS = 200_000;
const LISTED_ERRORS = 200;

export type ImportInput = {
  mode: HouseholdImportMode;
  fileName: string;
  mapping: ImportMapping;
  scope: { divisionCode: string | null; unitId: string | null };
  actor: AuditActor;
};
/** Kept encrypted in the job's result: the refused rows as uploaded, for the owner's error report. */
export type SealedReport = { headers: string[]; rows: RefusedRow[] };
export type StoredResult = {
  rows: number;
  households: number;
  persons: number;
  refused: number;
  errors: ImportRowIssue[];
  errorsTruncated: boolean;
  sealed?: string;
};

export function registerHouseholdImportJobs(deps: AppDeps): void {
  deps.jobs.register(HOUSEHOLD_IMPORT_JOB, (job, progress, db) => runHouseholdImport(deps, job, progress, db));
}

/** The header row's titles, for the report, and the number of data rows, for the progress bar. */
async function countAndHeader(payload: Buffer, mapping: ImportMapping): Promise<{ total: number; headers: string[] }> {
  let total = 0;
  let headers: string[] = [];
  try {
    for await (const row of readSheetRows(payload)) {
      if (row.rowNumber === mapping.headerRow) headers = row.cells.map((c) => c.text);
      else if (row.rowNumber > mapping.headerRow && !isBlankRow(row.cells) && !isExampleRow(mapping.columns, row.cells)) total += 1;
    }
  } catch {
    throw new JobFailure({ message: '无法读取文件，请上传 .xlsx 格式的 Excel 文件' });
  }
  return { total, headers };
}

/**
 * Three reads of the file: count, check, then write (or only gather the report). Progress runs
 * over twice the row count: the check, then the write. In `all` mode the write is one
 * transaction; on the embedded database its single connection is held by it, so progress
 * stands still until the commit rather than wait on itself.
 */
async function runHouseholdImport(deps: AppDeps, job: JobRow, progress: JobProgress, db: Db): Promise<StoredResult> {
  const input = job.input as ImportInput;
  const payload = job.payload;
  if (!payload) throw new JobFailure({ message: '上传的文件已不存在，请重新导入' });
  const { total, headers } = await countAndHeader(payload, input.mapping);
  if (total === 0) throw new JobFailure({ message: '文件中没有数据行（模板中的示例行不会导入）' });
  if (total > MAX_ROWS) throw new JobFailure({ message: `一次最多导入 ${MAX_ROWS} 行，请分批导入` });
  await progress(0, total * 2);

  const scope = makeScope(input.scope.divisionCode, input.scope.unitId);
  const check = await checkFile(db, deps.cipher, scope, payload, input.mapping, (rows) => progress(rows, total * 2));
  const importRows = input.mode === 'valid' || check.rowErrors.size === 0;
  const refused: RefusedRow[] = [];
  const counts = { households: 0, persons: 0, written: 0 };
  const batches = buildBatches(payload, input.mapping, check, { importRows, cipher: deps.cipher, createdBy: input.actor.accountId }, (row) => refused.push(row));
  const audit = (executor: Executor) =>
    recordAudit(executor, input.actor, {
      action: 'households.import',
      entityType: 'household_import',
      entityId: job.id,
      divisionCode: scope.divisionCode,
      after: { fileName: input.fileName, mode: input.mode, rows: check.rows, households: counts.households, persons: counts.persons, refused: refused.length },
    });
  const written = async (executor: Executor, batch: Batch) => {
    await repo.insertHouseholdBatch(executor, batch);
    counts.households += batch.households.length;
    counts.persons += batch.persons.length;
  };
  const advance = () => progress(total + Math.min(total, counts.persons + refused.length), total * 2);

  try {
    if (input.mode === 'all') {
      await db.transaction(async (tx) => {
        for await (const batch of batches) {
          await written(tx, batch);
          if (deps.dbMode === 'postgres') await advance();
        }
        await audit(tx);
      });
    } else {
      // Each batch commits on its own so progress shows; the last one carries the audit event.
      let held: Batch | null = null;
      for await (const batch of batches) {
        if (held) {
          const ready: Batch = held;
          await db.transaction((tx) => written(tx, ready));
          await advance();
        }
        held = batch;
      }
      const last = held;
      await db.transaction(async (tx) => {
        if (last) await written(tx, last);
        await audit(tx);
      });
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code !== '23505') throw error;
    const saved = input.mode === 'all' ? '未保存任何记录' : `已保存 ${counts.households} 户，其余未保存`;
    throw new JobFailure({ message: `导入期间有人登记了文件中的同一身份证号或户编号，${saved}，请核对后重新导入` });
  }
  await progress(total * 2, total * 2);

  const errors: ImportRowIssue[] = [];
  for (const [row, list] of [...check.rowErrors].sort((a, b) => a[0] - b[0])) {
    for (const e of list) errors.push({ row, column: e.column, message: e.message });
  }
  refused.sort((a, b) => a.row - b.row);
  return {
    rows: check.rows,
    households: counts.households,
    persons: counts.persons,
    refused: refused.length,
    errors: errors.slice(0, LISTED_ERRORS),
    errorsTruncated: errors.length > LISTED_ERRORS,
    ...(refused.length > 0 ? { sealed: deps.cipher.encrypt(JSON.stringify({ headers, rows: refused } satisfies SealedReport)) } : {}),
  };
}
