import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { readSheetRows } from '../../platform/excel/workbook-reader.ts';
import { writeWorkbook } from '../../platform/excel/workbook-writer.ts';
import {
  importMapping,
  type HouseholdImportMode,
  type ImportJobView,
  type ImportMapping,
  type ImportPreview,
} from '../../../contracts/household-imports.ts';
import { duplicateFields, headerScore, missingFields, suggestMapping } from './household-imports.mapping.ts';
import { HOUSEHOLD_IMPORT_JOB, type ImportInput, type SealedReport, type StoredResult } from './household-imports.job.ts';
import type { RefusedRow } from './household-imports.write.ts';
import { buildTemplate } from './household-imports.template.ts';
import { importErrors } from './household-imports.errors.ts';
import * as repo from './household-imports.repository.ts';

/** Exports from the national system put a title and a date above the header; it is looked for this far down. */
const HEADER_SEARCH_ROWS = 10;
const SAMPLE_ROWS = 5;

export type UploadedFile = { fileName: string; data: Buffer };

function requireXlsx(file: UploadedFile): void {
  // An .xlsx is a zip archive: anything else is refused before it is parsed.
  if (!/\.xlsx$/i.test(file.fileName) || file.data.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') {
    throw importErrors.IMPORT_FILE([{ path: 'file', message: '请上传 .xlsx 格式的 Excel 文件' }]);
  }
}

/** Checked before an upload is read, so a caller without the permission does not send megabytes first. */
export function requireImporter(ctx: Ctx): void {
  requirePermission(ctx.principal, 'imports.run');
}

export async function importTemplate(ctx: Ctx): Promise<Buffer> {
  requirePermission(ctx.principal, 'imports.run');
  const own = ctx.principal.scope.divisionCode;
  return buildTemplate(own && own.length === 12 && !own.endsWith('000') ? own : '530326102204');
}

/** The header row found, a suggested field per column, what is still missing, and the first rows to compare. */
export async function previewImport(ctx: Ctx, file: UploadedFile): Promise<ImportPreview> {
  requirePermission(ctx.principal, 'imports.run');
  requireXlsx(file);
  const opening: string[][] = [];
  let header: { row: number; cells: string[] } | null = null;
  try {
    for await (const row of readSheetRows(file.data)) {
      const cells = row.cells.map((c) => c.text);
      if (!header) {
        if (row.rowNumber > HEADER_SEARCH_ROWS) break;
        if (headerScore(cells) >= 3) header = { row: row.rowNumber, cells };
        continue;
      }
      if (cells.some(Boolean)) opening.push(cells);
      if (opening.length >= SAMPLE_ROWS) break;
    }
  } catch {
    throw importErrors.IMPORT_FILE([{ path: 'file', message: '无法读取该文件，请用 Excel 另存为 .xlsx 后再上传' }]);
  }
  if (!header) throw importErrors.IMPORT_NO_HEADER([{ path: 'file', message: `前 ${HEADER_SEARCH_ROWS} 行中没有找到表头` }], { rows: HEADER_SEARCH_ROWS });
  const suggested = suggestMapping(header.cells);
  return {
    headerRow: header.row,
    headers: header.cells,
    suggested,
    missing: missingFields(suggested),
    sample: opening.map((cells) => header.cells.map((_, i) => cells[i] ?? '')),
  };
}

function parseMapping(text: string | undefined): ImportMapping {
  let raw: unknown;
  try {
    raw = text ? JSON.parse(text) : undefined;
  } catch {
    raw = undefined;
  }
  const parsed = importMapping.safeParse(raw);
  if (!parsed.success) throw importErrors.IMPORT_MAPPING([{ path: 'mapping', message: '请先上传文件并确认各列对应的字段' }]);
  const missing = missingFields(parsed.data.columns);
  const twice = duplicateFields(parsed.data.columns);
  const fields = [
    ...missing.map((m) => ({ path: 'mapping', message: `缺少必填字段：${m}` })),
    ...twice.map((m) => ({ path: 'mapping', message: `“${m}”对应了多列，每个字段只能选一列` })),
  ];
  if (fields.length > 0) throw importErrors.IMPORT_MAPPING(fields);
  return parsed.data;
}

export async function startImport(ctx: Ctx, file: UploadedFile, fields: { mapping?: string; mode?: string }): Promise<{ jobId: string }> {
  requirePermission(ctx.principal, 'imports.run');
  requireXlsx(file);
  const mapping = parseMapping(fields.mapping);
  const mode: HouseholdImportMode = fields.mode === 'valid' ? 'valid' : fields.mode === 'all' || fields.mode === undefined ? 'all' : invalidMode();
  const input: ImportInput = {
    mode,
    fileName: file.fileName,
    mapping,
    scope: { divisionCode: ctx.principal.scope.divisionCode, unitId: ctx.principal.scope.unitId },
    actor: ctx.actor,
  };
  const job = await ctx.deps.jobs.enqueue(HOUSEHOLD_IMPORT_JOB, input, { accountId: ctx.principal.accountId, payload: file.data });
  return { jobId: job.id };
}

function invalidMode(): never {
  throw commonErrors.VALIDATION_FAILED([{ path: 'mode', message: '导入方式应为 all（全部成功才导入）或 valid（只导入无误的户）' }]);
}

function present(job: repo.ImportJobRow): ImportJobView {
  const input = job.input as ImportInput;
  const result = job.status === 'succeeded' ? (job.result as StoredResult | null) : null;
  const half = job.progressTotal / 2;
  const phase = job.status === 'queued' ? 'queued' : job.status !== 'running' ? 'done' : job.progressDone < half || half === 0 ? 'checking' : 'writing';
  const error = job.error as { message?: unknown } | null;
  return {
    id: job.id,
    fileName: input.fileName,
    mode: input.mode,
    status: job.status,
    progress: {
      phase,
      done: phase === 'writing' ? job.progressDone - half : phase === 'done' ? half : job.progressDone,
      total: half,
    },
    counts: result ? { rows: result.rows, households: result.households, persons: result.persons, refused: result.refused } : null,
    errors: result?.errors ?? [],
    errorsTruncated: result?.errorsTruncated ?? false,
    hasReport: Boolean(result?.sealed),
    failure: job.status === 'failed' ? (typeof error?.message === 'string' ? error.message : '导入失败，请重试') : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** Only whoever ran an import sees it; anyone else is told it does not exist. */
async function ownJob(ctx: Ctx, jobId: string): Promise<repo.ImportJobRow> {
  requirePermission(ctx.principal, 'imports.run');
  const job = await repo.findOwnJob(ctx.db, ctx.principal.accountId, HOUSEHOLD_IMPORT_JOB, jobId);
  if (!job) throw commonErrors.NOT_FOUND();
  return job;
}

export async function getImport(ctx: Ctx, jobId: string): Promise<ImportJobView> {
  return present(await ownJob(ctx, jobId));
}

export async function listImports(ctx: Ctx, page: { page: number; pageSize: number }): Promise<{ items: ImportJobView[]; total: number }> {
  requirePermission(ctx.principal, 'imports.run');
  const { items, total } = await repo.listOwnJobs(ctx.db, ctx.principal.accountId, HOUSEHOLD_IMPORT_JOB, page);
  return { items: items.map(present), total };
}

/** Uploaded text goes back as text: a leading =, +, - or @ would make a spreadsheet evaluate it once edited. */
function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Every refused row as uploaded, with its row number and a 错误原因 column. */
export async function importErrorReport(ctx: Ctx, jobId: string): Promise<Buffer> {
  const job = await ownJob(ctx, jobId);
  const sealed = (job.result as StoredResult | null)?.sealed;
  if (job.status !== 'succeeded' || !sealed) throw importErrors.IMPORT_NOT_READY();
  const report = JSON.parse(ctx.deps.cipher.decrypt(sealed)) as SealedReport;
  const width = Math.max(report.headers.length, ...report.rows.map((r) => r.values.length));
  const columns = [
    { header: '行号', width: 8, value: (r: RefusedRow) => r.row },
    ...Array.from({ length: width }, (_, i) => ({ header: report.headers[i] ?? '', width: 14, value: (r: RefusedRow) => inert(r.values[i] ?? '') })),
    { header: '错误原因', width: 60, value: (r: RefusedRow) => r.message },
  ];
  const workbook = await writeWorkbook('未导入的行', columns, report.rows);
  // The report gives back the uploaded ID numbers as they were typed, so each download is on the trail.
  await recordAudit(ctx.db, ctx.actor, {
    action: 'households.import_report',
    entityType: 'household_import',
    entityId: job.id,
    divisionCode: ctx.principal.scope.divisionCode,
    after: { rows: report.rows.length },
  });
  return workbook;
}
