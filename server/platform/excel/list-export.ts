import type { Ctx } from '../http/context.ts';
import { recordAudit } from '../audit/audit.ts';
import { writeWorkbook, type ExcelColumn } from './workbook-writer.ts';

export type ListExport<Row, View> = {
  /** The audit action, `<resource>.export`. */
  action: string;
  entityType: string;
  sheetName: string;
  columns: ExcelColumn<View>[];
  /** The filters as asked; they go on the trail with the row count. */
  filters: object;
  /** More for the trail, where one resource exports more than one kind of file. */
  detail?: Record<string, unknown>;
  /** The filtered rows, a chunk at a time (inChunks), so a province-wide export stays small in memory. */
  chunks: AsyncIterable<Row[]>;
  present: (rows: Row[]) => Promise<View[]>;
};

/**
 * A filtered list as a workbook, and the export on the audit trail with what was asked and how much
 * left. The caller has checked the permission; the chunks carry its scope.
 */
export async function exportList<Row, View>(ctx: Ctx, spec: ListExport<Row, View>): Promise<Buffer> {
  let rows = 0;
  async function* views(): AsyncGenerator<View> {
    for await (const chunk of spec.chunks) {
      rows += chunk.length;
      yield* await spec.present(chunk);
    }
  }
  const body = await writeWorkbook(spec.sheetName, spec.columns, views());
  await recordAudit(ctx.db, ctx.actor, {
    action: spec.action,
    entityType: spec.entityType,
    divisionCode: ctx.principal.scope.divisionCode,
    after: { ...spec.detail, filters: spec.filters, rows },
  });
  return body;
}
