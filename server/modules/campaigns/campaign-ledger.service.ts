import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { inChunks, offsetOf } from '../../platform/db/paging.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { campaignLines, type LedgerEntryBody, type LedgerEntryView, type LedgerExportQuery, type LedgerListQuery } from '../../../contracts/campaigns.ts';
import * as campaignsRepo from './campaigns.repository.ts';
import * as repo from './campaign-ledger.repository.ts';
import { findTask } from './campaign-tasks.repository.ts';
import { mayActFor } from './campaigns.policy.ts';
import { presentEntries } from './campaigns.present.ts';
import { campaignToday, ledgerProblems } from './campaigns.rules.ts';
import { failOn, loadCampaign, requireRunning, type CampaignContext } from './campaigns.service.ts';
import { placeOf } from './campaign-tasks.service.ts';

function editableBy(ctx: Ctx, loaded: CampaignContext) {
  return (row: repo.EntryRow) =>
    loaded.campaign.status === 'running' && !!row.branchId && mayActFor(ctx.principal, { id: row.branchId, name: '', unitId: row.unitId }, loaded.led, 'campaigns.record');
}

export async function listLedger(ctx: Ctx, id: string, query: LedgerListQuery) {
  const loaded = await loadCampaign(ctx, id);
  const result = await repo.listEntries(ctx.db, id, loaded.reach, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentEntries(ctx.db, result.items, editableBy(ctx, loaded)), total: result.total };
}

/**
 * Who may write the entry (the branch's secretary, or its unit's party committee), and whether it
 * holds together: an organ branch, the campaign's line and dates, a village, the household, the task.
 */
async function checkedValues(ctx: Ctx, executor: Executor, loaded: CampaignContext, body: LedgerEntryBody): Promise<repo.NewEntryRow> {
  const branch = await campaignsRepo.findBranch(executor, body.branchId);
  if (!branch) failOn([{ path: 'branchId', message: '请选择机关支部' }]);
  if (!mayActFor(ctx.principal, branch!, loaded.led, 'campaigns.record')) throw commonErrors.FORBIDDEN();
  const problems = ledgerProblems(body, loaded.campaign, campaignToday());
  if (!(await campaignsRepo.unitInPlan(executor, loaded.campaign.id, branch!.unitId))) problems.push({ path: 'branchId', message: '该支部所在单位不在任务分配方案中' });
  if (body.cadreId && (await campaignsRepo.findCadreUnit(executor, body.cadreId))?.unitId !== branch!.unitId) problems.push({ path: 'cadreId', message: '帮扶人应为该单位的干部' });
  failOn(problems);
  await placeOf(executor, body);
  if (body.taskId) {
    const task = await findTask(executor, loaded.campaign.id, body.taskId);
    if (!task || task.unitId !== branch!.unitId || (task.branchId && task.branchId !== branch!.id)) failOn([{ path: 'taskId', message: '该任务不属于所选支部' }]);
  }
  return {
    campaignId: loaded.campaign.id,
    taskId: body.taskId ?? null,
    unitId: branch!.unitId,
    branchId: branch!.id,
    line: body.line,
    cadreId: body.cadreId ?? null,
    personName: body.personName,
    villageCode: body.villageCode,
    householdId: body.householdId ?? null,
    householdName: body.householdName ?? null,
    happenedOn: body.happenedOn,
    description: body.description,
    personTimes: body.personTimes,
    problemsSolved: body.problemsSolved,
    policyItems: body.policyItems,
    technicalServices: body.technicalServices,
    ideas: body.ideas,
    projects: body.projects,
    funds: body.funds,
    divisionCode: body.villageCode,
  };
}

async function entryView(ctx: Ctx, loaded: CampaignContext, row: repo.EntryRow): Promise<LedgerEntryView> {
  const [view] = await presentEntries(ctx.db, [row], editableBy(ctx, loaded));
  return view!;
}

export async function createEntry(ctx: Ctx, id: string, body: LedgerEntryBody): Promise<LedgerEntryView> {
  requirePermission(ctx.principal, 'campaigns.record');
  const { loaded, row } = await ctx.db.transaction(async (tx) => {
    const context = await loadCampaign(ctx, id, tx);
    requireRunning(context.campaign);
    const values = await checkedValues(ctx, tx, context, body);
    const inserted = await repo.insertEntry(tx, { ...values, recordedBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'campaigns.ledger_create', entityType: 'campaign_ledger_entry', entityId: inserted.id, divisionCode: inserted.divisionCode, after: inserted });
    return { loaded: context, row: inserted };
  });
  return entryView(ctx, loaded, row);
}

/** An entry is changed by whoever may record for its branch now, and for the branch it moves to. */
async function loadEditable(ctx: Ctx, tx: Executor, id: string, entryId: string) {
  requirePermission(ctx.principal, 'campaigns.record');
  const context = await loadCampaign(ctx, id, tx);
  const before = await repo.findEntry(tx, id, context.reach, entryId, true);
  if (!before) throw commonErrors.NOT_FOUND();
  requireRunning(context.campaign);
  if (!editableBy(ctx, context)(before)) throw commonErrors.FORBIDDEN();
  return { context, before };
}

export async function updateEntry(ctx: Ctx, id: string, entryId: string, body: LedgerEntryBody): Promise<LedgerEntryView> {
  const { loaded, row } = await ctx.db.transaction(async (tx) => {
    const { context, before } = await loadEditable(ctx, tx, id, entryId);
    const values = await checkedValues(ctx, tx, context, body);
    const after = await repo.updateEntry(tx, entryId, values);
    await recordAudit(tx, ctx.actor, { action: 'campaigns.ledger_update', entityType: 'campaign_ledger_entry', entityId: entryId, divisionCode: after.divisionCode, before, after });
    return { loaded: context, row: after };
  });
  return entryView(ctx, loaded, row);
}

export async function deleteEntry(ctx: Ctx, id: string, entryId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { before } = await loadEditable(ctx, tx, id, entryId);
    await repo.deleteEntry(tx, entryId);
    await recordAudit(tx, ctx.actor, { action: 'campaigns.ledger_delete', entityType: 'campaign_ledger_entry', entityId: entryId, divisionCode: before.divisionCode, before });
  });
}

/** The layout of 《“五千行动”工作情况登记台账》 [001]. */
const ledgerColumns: ExcelColumn<LedgerEntryView>[] = [
  { header: '单位', width: 26, value: (r) => r.unitName },
  { header: '支部', width: 24, value: (r) => r.branchName },
  { header: '帮扶人', width: 12, value: (r) => r.personName },
  { header: '村', width: 20, value: (r) => r.villageName },
  { header: '户', width: 12, value: (r) => r.householdName },
  { header: '时间', width: 12, value: (r) => r.happenedOn },
  { header: '事项', width: 36, value: (r) => `${campaignLines.labels[r.line].zh}：${r.description}` },
  { header: '解决问题（个）', width: 12, value: (r) => r.problemsSolved },
  { header: '政策信息（条）', width: 12, value: (r) => r.policyItems },
  { header: '技术服务（人次）', width: 14, value: (r) => r.technicalServices },
  { header: '发展思路（条）', width: 12, value: (r) => r.ideas },
  { header: '项目（个）', width: 10, value: (r) => r.projects },
  { header: '资金（元）', width: 14, value: (r) => Number(r.funds) },
];

export async function exportLedger(ctx: Ctx, id: string, query: LedgerExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'campaigns.export');
  const loaded = await loadCampaign(ctx, id);
  const body = await exportList(ctx, {
    action: 'campaigns.export',
    entityType: 'campaign',
    sheetName: '登记台账',
    columns: ledgerColumns,
    filters: query,
    detail: { campaignId: id, list: 'ledger' },
    chunks: inChunks((window) => repo.readEntries(ctx.db, id, loaded.reach, query, window)),
    present: (rows) => presentEntries(ctx.db, rows, editableBy(ctx, loaded)),
  });
  return { fileName: datedFileName('五千行动工作情况登记台账'), body };
}
