import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { villageClassCodes, type VillageClassExportQuery, type VillageClassView } from '../../../contracts/village-classes.ts';
import * as repo from './village-classes.repository.ts';
import { presentClasses } from './village-classes.present.ts';
import { visibleTo } from './village-classes.service.ts';

const label = (code: VillageClassView['classCode']) => villageClassCodes.labels[code].zh;

const columns: ExcelColumn<VillageClassView>[] = [
  { header: '年度', width: 8, value: (r) => r.year },
  { header: '村', width: 20, value: (r) => r.villageName },
  { header: '所在区划', width: 40, value: (r) => r.path },
  { header: '行政区划代码', width: 14, value: (r) => r.divisionCode },
  { header: '村分类', width: 18, value: (r) => label(r.classCode) },
  { header: '其他制约因素', width: 30, value: (r) => r.otherFactors.map(label).join('、') },
  { header: '分类理由', width: 40, value: (r) => r.reason },
  { header: '帮扶措施', width: 50, value: (r) => r.supportPlan },
  { header: '帮扶责任单位', width: 40, value: (r) => r.backingUnits.map((u) => u.name ?? '').join('、') },
  { header: '分类人', width: 12, value: (r) => r.decidedByName },
];

export async function exportClasses(ctx: Ctx, query: VillageClassExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'village_classes.export');
  const visible = visibleTo(ctx);
  const body = await exportList(ctx, {
    action: 'village_classes.export',
    entityType: 'village_class',
    sheetName: '村情与分类',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readClasses(ctx.db, visible, query, window)),
    present: (rows) => presentClasses(ctx.db, ctx.principal, rows),
  });
  return { fileName: datedFileName('村分类'), body };
}
