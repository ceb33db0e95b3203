import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks, type Window } from '../../platform/db/paging.ts';
import {
  demoBaseKinds,
  type CooperativeExportQuery,
  type CooperativeView,
  type CoreFarmerExportQuery,
  type CoreFarmerView,
  type DemoBaseExportQuery,
  type DemoBaseView,
  type DemoHouseholdExportQuery,
  type DemoHouseholdView,
  type IndustrySummaryQuery,
  type IndustrySummaryRow,
  type PioneerPostExportQuery,
  type PioneerPostView,
} from '../../../contracts/industry.ts';
import * as repo from './industry.repository.ts';
import * as present from './industry.present.ts';
import { industrySummary } from './industry-summary.service.ts';
import { fivePresent } from './industry.rules.ts';

const village: ExcelColumn<{ villageName: string | null }> = { header: '村', width: 20, value: (r) => r.villageName };
const yes = (flag: boolean) => (flag ? '有' : '无');

const cooperativeColumns: ExcelColumn<CooperativeView>[] = [
  village,
  { header: '合作社名称', width: 30, value: (r) => r.name },
  { header: '主导产业', width: 14, value: (r) => r.product },
  { header: '登记日期', width: 12, value: (r) => r.registeredOn },
  { header: '带头人', width: 10, value: (r) => r.leaderName },
  { header: '带头人培训日期', width: 14, value: (r) => r.leaderTrainedOn },
  { header: '社员户数', width: 10, value: (r) => r.memberHouseholds },
  { header: '贫困户社员', width: 10, value: (r) => r.poorHouseholds },
  { header: '带动就业人数', width: 12, value: (r) => r.peopleEmployed },
  { header: '代办事项', width: 24, value: (r) => r.serviceRequestTitle },
  { header: '备注', width: 30, value: (r) => r.note },
];

const demoBaseColumns: ExcelColumn<DemoBaseView>[] = [
  village,
  { header: '类型', width: 14, value: (r) => demoBaseKinds.labels[r.kind].zh },
  { header: '名称', width: 30, value: (r) => r.name },
  { header: '产业', width: 14, value: (r) => r.product },
  { header: '面积（亩）', width: 10, value: (r) => (r.areaMu === null ? null : Number(r.areaMu)) },
  { header: '建立日期', width: 12, value: (r) => r.establishedOn },
  { header: '建园党员', width: 10, value: (r) => r.responsibleCadreName },
  { header: '依托合作社', width: 24, value: (r) => r.cooperativeName },
  { header: '带动户数', width: 10, value: (r) => r.householdsDriven },
  { header: '带动就业人数', width: 12, value: (r) => r.peopleEmployed },
  { header: '年收入（元）', width: 14, value: (r) => (r.yearlyIncome === null ? null : Number(r.yearlyIncome)) },
  { header: '备注', width: 30, value: (r) => r.note },
];

const demoHouseholdColumns: ExcelColumn<DemoHouseholdView>[] = [
  village,
  { header: '示范户', width: 12, value: (r) => r.householderName },
  { header: '帮扶干部', width: 12, value: (r) => r.cadreName },
  { header: '产业', width: 14, value: (r) => r.product },
  { header: '规模', width: 12, value: (r) => r.scale },
  { header: '开始日期', width: 12, value: (r) => r.since },
  { header: '年收入（元）', width: 14, value: (r) => (r.yearlyIncome === null ? null : Number(r.yearlyIncome)) },
  { header: '带动户数', width: 10, value: (r) => r.householdsDriven },
  { header: '备注', width: 30, value: (r) => r.note },
];

const pioneerPostColumns: ExcelColumn<PioneerPostView>[] = [
  village,
  { header: '岗位名称', width: 24, value: (r) => r.name },
  { header: '岗位党员', width: 12, value: (r) => r.holderName },
  { header: '岗位职责', width: 40, value: (r) => r.duty },
  { header: '设岗日期', width: 12, value: (r) => r.establishedOn },
];

const coreFarmerColumns: ExcelColumn<CoreFarmerView>[] = [
  village,
  { header: '姓名', width: 12, value: (r) => r.name },
  { header: '所在户', width: 12, value: (r) => r.householderName },
  { header: '培训技能', width: 24, value: (r) => r.skill },
  { header: '培训日期', width: 12, value: (r) => r.trainedOn },
  { header: '培训学时', width: 10, value: (r) => r.trainingHours },
  { header: '培训单位', width: 24, value: (r) => r.trainer },
];

const summaryColumns: ExcelColumn<IndustrySummaryRow>[] = [
  { header: '区划', width: 24, value: (r) => r.name ?? r.divisionCode },
  { header: '有记录的村', width: 12, value: (r) => r.villages },
  { header: '五个一齐全的村', width: 14, value: (r) => r.villagesComplete },
  { header: '合作社', width: 10, value: (r) => r.cooperatives },
  { header: '已培训带头人', width: 12, value: (r) => r.trainedLeaders },
  { header: '产业示范基地', width: 12, value: (r) => r.demoBases },
  { header: '先锋示范岗', width: 12, value: (r) => r.pioneerPosts },
  { header: '骨干农户', width: 10, value: (r) => r.coreFarmers },
  { header: '带动就业人数', width: 12, value: (r) => r.peopleEmployed },
  { header: '帮扶示范园', width: 12, value: (r) => r.demoGardens },
  { header: '帮扶示范户', width: 12, value: (r) => r.demoHouseholds },
  { header: '合作社', width: 8, value: (r) => yes(r.present.cooperative) },
  { header: '带头人', width: 8, value: (r) => yes(r.present.leader) },
  { header: '示范基地', width: 8, value: (r) => yes(r.present.base) },
  { header: '示范岗', width: 8, value: (r) => yes(r.present.pioneerPost) },
  { header: '骨干农户', width: 8, value: (r) => yes(r.present.coreFarmer) },
];

type RecordExport<Query, Row, View> = {
  entityType: string;
  title: string;
  columns: ExcelColumn<View>[];
  read: (executor: Ctx['db'], scope: Ctx['principal']['scope'], query: Query, window: Window) => Promise<Row[]>;
  present: (executor: Ctx['db'], rows: Row[]) => Promise<View[]>;
};

/** One of the five record lists as filtered, a chunk at a time, audited like every export. */
async function exportRecords<Query extends object, Row, View>(ctx: Ctx, query: Query, spec: RecordExport<Query, Row, View>): Promise<ExportFile> {
  requirePermission(ctx.principal, 'industry.export');
  const body = await exportList(ctx, {
    action: 'industry.export',
    entityType: spec.entityType,
    sheetName: spec.title,
    columns: spec.columns,
    filters: query,
    chunks: inChunks((w) => spec.read(ctx.db, ctx.principal.scope, query, w)),
    present: (rows) => spec.present(ctx.db, rows),
  });
  return { fileName: datedFileName(spec.title), body };
}

export const exportCooperatives = (ctx: Ctx, query: CooperativeExportQuery) =>
  exportRecords(ctx, query, { entityType: 'cooperative', title: '特色产业合作社', columns: cooperativeColumns, read: repo.readCooperatives, present: present.presentCooperatives });

export const exportDemoBases = (ctx: Ctx, query: DemoBaseExportQuery) =>
  exportRecords(ctx, query, { entityType: 'demo_base', title: '示范基地与示范园', columns: demoBaseColumns, read: repo.readDemoBases, present: present.presentDemoBases });

export const exportDemoHouseholds = (ctx: Ctx, query: DemoHouseholdExportQuery) =>
  exportRecords(ctx, query, { entityType: 'demo_household', title: '帮扶示范户', columns: demoHouseholdColumns, read: repo.readDemoHouseholds, present: present.presentDemoHouseholds });

export const exportPioneerPosts = (ctx: Ctx, query: PioneerPostExportQuery) =>
  exportRecords(ctx, query, { entityType: 'pioneer_post', title: '先锋示范岗', columns: pioneerPostColumns, read: repo.readPioneerPosts, present: present.presentPioneerPosts });

export const exportCoreFarmers = (ctx: Ctx, query: CoreFarmerExportQuery) =>
  exportRecords(ctx, query, { entityType: 'core_farmer', title: '特色产业骨干农户', columns: coreFarmerColumns, read: repo.readCoreFarmers, present: present.presentCoreFarmers });

/** The summary as shown, its total as the last row. */
export async function exportIndustrySummary(ctx: Ctx, query: IndustrySummaryQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'industry.export');
  const summary = await industrySummary(ctx, query);
  const totalRow: IndustrySummaryRow = {
    ...summary.total,
    divisionCode: summary.divisionCode ?? '',
    name: `合计${summary.name ? `（${summary.name}）` : ''}`,
    isVillage: false,
    present: fivePresent(summary.total),
  };
  async function* once(): AsyncGenerator<IndustrySummaryRow[]> {
    yield [...summary.rows, totalRow];
  }
  const body = await exportList(ctx, {
    action: 'industry.export',
    entityType: 'industry_summary',
    sheetName: '产业五个一',
    columns: summaryColumns,
    filters: query,
    chunks: once(),
    present: async (rows) => rows,
  });
  return { fileName: datedFileName('产业五个一'), body };
}
