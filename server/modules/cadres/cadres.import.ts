import type { Ctx, AppDeps } from '../../platform/http/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { requirePermission, can } from '../../platform/access/permissions.ts';
import { makeScope, type Scope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.ts';
import { maskIdNumber, maskPhone } from '../../platform/audit/redact.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import { JobFailure, type JobProgress, type JobRow } from '../../platform/jobs/job-runner.ts';
import { countSheetRows, readSheetRows, type SheetRow } from '../../platform/excel/workbook-reader.ts';
import { writeWorkbook } from '../../platform/excel/workbook-writer.ts';
import { cadreCreateBody, type CadreCreateBody, type CadreImportResult, type ImportRowError } from '../../../contracts/cadres.ts';
import { findUnitInScope } from '../units/index.ts';
import * as repo from './cadres.repository.ts';
import { managingDivisionOf } from './cadres.policy.ts';
import { columnOfPath, headerOfKey, isExampleRow, readCadreRow, readHeader, type HeaderMap, type RowError } from './cadres.excel.ts';
import { cadreErrors } from './cadres.errors.ts';

export const CADRE_IMPORT_JOB = 'cadres.import';
const MAX_ROWS = 50_000;
const BATCH = 100;
const LISTED_ERRORS = 500;

type ImportInput = {
  mode: 'all' | 'partial';
  fileName: string;
  scope: { divisionCode: string | null; unitId: string | null };
  mayPick: boolean;
  actor: AuditActor;
};
type FailedRow = { row: number; values: string[]; message: string };
/** Kept encrypted in the job's result: the failed rows as uploaded, for the owner's error report. */
type SealedReport = { headers: string[]; rows: FailedRow[] };
type StoredResult = CadreImportResult & { sealed?: string };
type UnitChoice = { unit: { id: string; divisionCode: string } } | { message: string };
type PreparedRow = { row: number; body: CadreCreateBody; unit: { id: string; divisionCode: string }; errors: RowError[] };

export async function startCadreImport(ctx: Ctx, file: { fileName: string; data: Buffer }, mode: 'all' | 'partial'): Promise<{ jobId: string }> {
  requirePermission(ctx.principal, 'cadres.import');
  // An .xlsx is a zip archive: refuse anything else before it reaches the queue.
  if (!/\.xlsx$/i.test(file.fileName) || file.data.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') {
    throw cadreErrors.CADRE_IMPORT_FILE([{ path: 'file', message: '请上传 .xlsx 格式的 Excel 文件' }]);
  }
  const input: ImportInput = {
    mode,
    fileName: file.fileName,
    scope: { divisionCode: ctx.principal.scope.divisionCode, unitId: ctx.principal.scope.unitId },
    mayPick: can(ctx.principal, 'units.pick'),
    actor: ctx.actor,
  };
  const job = await ctx.deps.jobs.enqueue(CADRE_IMPORT_JOB, input, { accountId: ctx.principal.accountId, payload: file.data });
  return { jobId: job.id };
}

export function registerCadreJobs(deps: AppDeps): void {
  deps.jobs.register(CADRE_IMPORT_JOB, (job, progress, db) => runCadreImport(deps, job, progress, db));
}

class UnitResolver {
  private readonly cache = new Map<string, UnitChoice>();
  constructor(private readonly db: Db, private readonly scope: Scope, private readonly mayPick: boolean) {}

  /** By exact name among the units the importer sees; any unit of that name when he may pick outside his region. */
  async resolve(name: string): Promise<UnitChoice> {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const named = await repo.findUnitsNamed(this.db, name);
    const visible: typeof named = [];
    for (const unit of named) if (await findUnitInScope(this.db, this.scope, unit.id)) visible.push(unit);
    const pool = visible.length > 0 ? visible : this.mayPick ? named : [];
    const choice: UnitChoice =
      named.length === 0
        ? { message: `未找到名为“${name}”的单位，请先登记该单位` }
        : pool.length === 0
          ? { message: `单位“${name}”不在您的管辖范围内` }
          : pool.length > 1
            ? { message: `有多个名为“${name}”的单位，请在页面上逐个登记` }
            : { unit: pool[0]! };
    this.cache.set(name, choice);
    return choice;
  }
}

async function prepareRow(header: HeaderMap, sheetRow: SheetRow, units: UnitResolver): Promise<PreparedRow | { row: number; errors: RowError[] }> {
  const { candidate, errors } = readCadreRow(header, sheetRow.cells);
  let unit: { id: string; divisionCode: string } | null = null;
  if (!candidate.unitName) errors.push({ column: headerOfKey.unitName, message: '请填写所在单位' });
  else {
    const choice = await units.resolve(candidate.unitName);
    if ('message' in choice) errors.push({ column: headerOfKey.unitName, message: choice.message });
    else unit = choice.unit;
  }
  const parsed = cadreCreateBody.safeParse({ ...candidate.body, unitId: unit?.id ?? '00000000-0000-4000-8000-000000000000' });
  if (!parsed.success) {
    const seen = new Set(errors.map((e) => e.column));
    for (const issue of parsed.error.issues) {
      const column = columnOfPath(issue.path.join('.'));
      if (seen.has(column)) continue;
      seen.add(column);
      errors.push({ column, message: issue.message });
    }
  }
  if (errors.length > 0 || !parsed.success || !unit) return { row: sheetRow.rowNumber, errors };
  return { row: sheetRow.rowNumber, body: parsed.data, unit, errors };
}

function isBlank(row: SheetRow): boolean {
  return row.cells.every((cell) => cell.kind === 'empty');
}

async function runCadreImport(deps: AppDeps, job: JobRow, progress: JobProgress, db: Db): Promise<StoredResult> {
  const input = job.input as ImportInput;
  const payload = job.payload;
  if (!payload) throw new JobFailure({ message: '上传的文件已不存在，请重新导入' });
  let total: number;
  try {
    total = await countSheetRows(payload);
  } catch {
    throw new JobFailure({ message: '无法读取文件，请使用导入模板保存的 .xlsx 文件' });
  }
  if (total === 0) throw new JobFailure({ message: '文件中没有数据行' });
  if (total > MAX_ROWS) throw new JobFailure({ message: `一次最多导入 ${MAX_ROWS} 行，请分批导入` });
  await progress(0, total);

  const scope = makeScope(input.scope.divisionCode, input.scope.unitId);
  const units = new UnitResolver(db, scope, input.mayPick);
  const sealed: SealedReport = { headers: [], rows: [] };
  const errors: ImportRowError[] = [];
  const failedRows = new Set<number>();
  const firstRowOf = new Map<string, number>();
  let header: HeaderMap | null = null;
  let pending: { row: number; hash: string; values: string[] }[] = [];
  let done = 0;
  let examples = 0;

  const fail = (row: number, values: string[], rowErrors: RowError[]) => {
    failedRows.add(row);
    for (const e of rowErrors) errors.push({ row, column: e.column, message: e.message });
    sealed.rows.push({ row, values, message: rowErrors.map((e) => `${e.column}：${e.message}`).join('；') });
  };
  // Duplicates against the database are checked a batch at a time, not row by row.
  const flush = async () => {
    const existing = await repo.findExistingHashes(db, pending.map((p) => p.hash));
    for (const p of pending) {
      if (existing.has(p.hash)) fail(p.row, p.values, [{ column: headerOfKey.idNumber, message: '该身份证号的干部已登记' }]);
    }
    pending = [];
  };

  for await (const sheetRow of readSheetRows(payload)) {
    if (sheetRow.rowNumber === 1) {
      const read = readHeader(sheetRow.cells);
      if (read.missing.length > 0) throw new JobFailure({ message: `第 1 行缺少列：${read.missing.join('、')}，请使用导入模板` });
      header = read.header;
      sealed.headers = sheetRow.cells.map((c) => c.text);
      continue;
    }
    if (!header || isBlank(sheetRow)) continue;
    done += 1;
    if (isExampleRow(header, sheetRow.cells)) {
      examples += 1;
      continue;
    }
    const values = sheetRow.cells.map((c) => c.text);
    const prepared = await prepareRow(header, sheetRow, units);
    if (!('body' in prepared)) fail(sheetRow.rowNumber, values, prepared.errors);
    else {
      const hash = deps.cipher.fingerprint(prepared.body.idNumber);
      const first = firstRowOf.get(hash);
      if (first !== undefined) fail(sheetRow.rowNumber, values, [{ column: headerOfKey.idNumber, message: `身份证号与第 ${first} 行重复` }]);
      else {
        firstRowOf.set(hash, sheetRow.rowNumber);
        pending.push({ row: sheetRow.rowNumber, hash, values });
      }
    }
    if (done % BATCH === 0) {
      await flush();
      await progress(done, total);
    }
  }
  if (!header) throw new JobFailure({ message: '文件中没有表头行，请使用导入模板' });
  await flush();
  const rows = done - examples;
  if (rows === 0) throw new JobFailure({ message: '文件中没有数据行（模板中的示例行不会导入）' });

  const valid = rows - failedRows.size;
  const created = valid > 0 && (input.mode === 'partial' || failedRows.size === 0) ? await insertValidRows(deps, db, job, input, scope, header, payload, failedRows, units) : 0;
  await progress(total, total);
  errors.sort((a, b) => a.row - b.row);
  sealed.rows.sort((a, b) => a.row - b.row);
  return {
    mode: input.mode,
    total: rows,
    created,
    failed: failedRows.size,
    errors: errors.slice(0, LISTED_ERRORS),
    errorsTruncated: errors.length > LISTED_ERRORS,
    ...(sealed.rows.length > 0 ? { sealed: deps.cipher.encrypt(JSON.stringify(sealed)) } : {}),
  };
}

/**
 * Second pass over the file: the rows that passed are inserted in one transaction, so an
 * all-or-nothing import that meets a late conflict leaves nothing behind. No progress is
 * written inside it: on the embedded database that would wait for the connection it holds.
 */
async function insertValidRows(
  deps: AppDeps,
  db: Db,
  job: JobRow,
  input: ImportInput,
  scope: Scope,
  header: HeaderMap,
  payload: Buffer,
  failedRows: Set<number>,
  units: UnitResolver,
): Promise<number> {
  const ids: string[] = [];
  try {
    await db.transaction(async (tx) => {
      let batch: repo.NewCadreRow[] = [];
      const write = async () => {
        for (const row of await repo.insertCadres(tx, batch)) ids.push(row.id);
        batch = [];
      };
      for await (const sheetRow of readSheetRows(payload)) {
        if (sheetRow.rowNumber === 1 || failedRows.has(sheetRow.rowNumber) || isBlank(sheetRow) || isExampleRow(header, sheetRow.cells)) continue;
        const prepared = await prepareRow(header, sheetRow, units);
        if (!('body' in prepared)) continue;
        const { body, unit } = prepared;
        batch.push({
          name: body.name,
          ...pinyinOf(body.name),
          gender: body.gender,
          idNumberHash: deps.cipher.fingerprint(body.idNumber),
          idNumberCipher: deps.cipher.encrypt(body.idNumber.toUpperCase()),
          idNumberMasked: maskIdNumber(body.idNumber.toUpperCase()),
          birthDate: `${body.idNumber.slice(6, 10)}-${body.idNumber.slice(10, 12)}-${body.idNumber.slice(12, 14)}`,
          ethnicity: body.ethnicity,
          partyStatus: body.partyStatus,
          education: body.education ?? null,
          unitId: unit.id,
          position: body.position,
          rank: body.rank ?? null,
          specialities: [...new Set(body.specialities)],
          phoneCipher: body.phone ? deps.cipher.encrypt(body.phone) : null,
          phoneMasked: body.phone ? maskPhone(body.phone) : null,
          divisionCode: managingDivisionOf(scope, unit),
        });
        if (batch.length >= 500) await write();
      }
      await write();
      await recordAudit(tx, input.actor, {
        action: 'cadres.import',
        entityType: 'cadre',
        entityId: job.id,
        divisionCode: scope.divisionCode,
        after: { fileName: input.fileName, mode: input.mode, created: ids.length, failed: failedRows.size, cadreIds: ids },
      });
    });
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw new JobFailure({ message: '导入期间有人登记了文件中的同一身份证号，未保存任何记录，请重新导入' });
    throw error;
  }
  return ids.length;
}

/** The failed rows as uploaded, with a 错误原因 column; only for the job's owner. */
export async function cadreImportErrorReport(ctx: Ctx, jobId: string): Promise<Buffer> {
  requirePermission(ctx.principal, 'cadres.import');
  const job = await ctx.deps.jobs.get(jobId);
  if (!job || job.kind !== CADRE_IMPORT_JOB || job.accountId !== ctx.principal.accountId) throw commonErrors.NOT_FOUND();
  const sealed = (job.result as StoredResult | null)?.sealed;
  if (job.status !== 'succeeded' || !sealed) throw cadreErrors.CADRE_IMPORT_NOT_READY();
  const report = JSON.parse(ctx.deps.cipher.decrypt(sealed)) as SealedReport;
  const width = Math.max(report.headers.length, ...report.rows.map((r) => r.values.length));
  const columns = [
    { header: '行号', width: 8, value: (r: FailedRow) => r.row },
    ...Array.from({ length: width }, (_, i) => ({ header: report.headers[i] ?? '', width: 16, value: (r: FailedRow) => r.values[i] ?? '' })),
    { header: '错误原因', width: 60, value: (r: FailedRow) => r.message },
  ];
  return writeWorkbook('导入失败的行', columns, report.rows);
}
