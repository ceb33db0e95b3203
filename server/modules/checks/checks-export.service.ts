import type { Ctx } from '../../platform/http/context.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import type { ExportFile } from '../../platform/http/send-xlsx.ts';
import type { CheckCode, CheckFinding, CheckFindingsExportQuery } from '../../../contracts/checks.ts';
import { findCheck } from './checks.catalog.ts';
import type { FindingRow } from './checks.repository.ts';
import { findingsForExport, presentFindings } from './checks.service.ts';

/** One check's findings in a region as a workbook; the export is on the audit trail with its filters. */
export async function exportCheckFindings(ctx: Ctx, code: CheckCode, query: CheckFindingsExportQuery): Promise<ExportFile> {
  const { region, chunks } = await findingsForExport(ctx, code, query);
  const check = findCheck(code);
  const body = await exportList<FindingRow, CheckFinding>(ctx, {
    action: 'checks.export',
    entityType: 'check',
    sheetName: '逻辑审核',
    filters: { divisionCode: region.code },
    detail: { check: code, runOn: region.runOn },
    columns: [
      { header: '户编码', width: 24, value: (r) => r.householdCode },
      { header: '村', width: 24, value: (r) => r.villageName },
      { header: '户主', width: 12, value: (r) => r.householderName },
      { header: '审核发现', width: 60, value: (r) => r.finding },
    ],
    chunks,
    present: (rows) => presentFindings(ctx, code, region.runOn, rows),
  });
  return { fileName: `${region.name}逻辑审核-${check.label.zh}-${region.runOn}.xlsx`, body };
}
