import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { inChunks, offsetOf } from '../../platform/db/paging.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { campaignLines, campaignTaskStates, type CampaignTaskBody, type CampaignTaskView, type TaskExportQuery, type TaskListQuery } from '../../../contracts/campaigns.ts';
import { findDivision } from '../divisions/index.ts';
import * as campaignsRepo from './campaigns.repository.ts';
import * as repo from './campaign-tasks.repository.ts';
import { campaignErrors } from './campaigns.errors.ts';
import { mayActFor, mayAssign, mayCreateTask } from './campaigns.policy.ts';
import { presentTasks } from './campaigns.present.ts';
import { campaignToday, isRealDate, taskProblems, taskStateAfter, type TaskMove } from './campaigns.rules.ts';
import { failOn, loadCampaign, requireRunning, type CampaignContext } from './campaigns.service.ts';

function abilitiesOf(ctx: Ctx, loaded: CampaignContext) {
  const running = loaded.campaign.status === 'running';
  return (row: repo.TaskRow): CampaignTaskView['abilities'] => {
    const unitParty = ctx.principal.roles.includes('unit_party') && ctx.principal.scope.unitId === row.unitId;
    const ledOfUnit = loaded.led.some((b) => b.unitId === row.unitId);
    const ledThis = !!row.branchId && loaded.led.some((b) => b.id === row.branchId);
    return {
      claim: running && row.state === 'open' && ctx.principal.permissions.has('campaigns.claim') && (unitParty || ledOfUnit),
      assign: running && row.state === 'open' && mayAssign(ctx.principal, row.unitId),
      done: running && taskStateAfter(row.state, 'done') !== null && ctx.principal.permissions.has('campaigns.claim') && (unitParty || ledThis),
    };
  };
}

export async function listTasks(ctx: Ctx, id: string, query: TaskListQuery) {
  const loaded = await loadCampaign(ctx, id);
  const result = await repo.listTasks(ctx.db, id, loaded.reach, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentTasks(ctx.db, result.items, abilitiesOf(ctx, loaded)), total: result.total };
}

async function taskView(ctx: Ctx, loaded: CampaignContext, row: repo.TaskRow): Promise<CampaignTaskView> {
  const [view] = await presentTasks(ctx.db, [row], abilitiesOf(ctx, loaded));
  return view!;
}

/** A village named must be a village; a registry household gives its own village. */
export async function placeOf(executor: Executor, target: { villageCode?: string | undefined; householdId?: string | undefined }): Promise<string | null> {
  if (target.householdId) {
    const household = await campaignsRepo.findHouseholdPlace(executor, target.householdId);
    if (!household) failOn([{ path: 'householdId', message: '没有这户' }]);
    if (target.villageCode && household!.divisionCode !== target.villageCode) failOn([{ path: 'householdId', message: '该户不在所选的村' }]);
    return household!.divisionCode;
  }
  if (!target.villageCode) return null;
  const village = await findDivision(executor, target.villageCode);
  if (village?.level !== 'village') failOn([{ path: 'villageCode', message: '请选择一个村' }]);
  return target.villageCode;
}

export async function createTask(ctx: Ctx, id: string, body: CampaignTaskBody): Promise<CampaignTaskView> {
  const loaded = await loadCampaign(ctx, id);
  if (!mayCreateTask(ctx.principal, loaded.campaign, body.unitId)) throw commonErrors.FORBIDDEN();
  if (loaded.campaign.status === 'closed') throw campaignErrors.CAMPAIGN_NOT_RUNNING();
  failOn(taskProblems(body, loaded.campaign.lines));
  // A unit outside the plan would not see the campaign, and its task would be nobody's.
  if (!(await campaignsRepo.unitInPlan(ctx.db, id, body.unitId))) failOn([{ path: 'unitId', message: '该单位不在任务分配方案中' }]);
  const villageCode = await placeOf(ctx.db, body);
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await repo.insertTask(tx, {
      campaignId: id,
      unitId: body.unitId,
      line: body.line,
      title: body.title,
      villageCode,
      householdId: body.householdId ?? null,
      householdName: body.householdName ?? null,
      personName: body.personName ?? null,
      divisionCode: villageCode ?? loaded.campaign.divisionCode,
    });
    await recordAudit(tx, ctx.actor, { action: 'campaigns.task_create', entityType: 'campaign_task', entityId: inserted.id, divisionCode: inserted.divisionCode, after: inserted });
    return inserted;
  });
  return taskView(ctx, loaded, row);
}

async function move(ctx: Ctx, id: string, taskId: string, step: TaskMove, apply: (loaded: CampaignContext, task: repo.TaskRow, tx: Executor) => Promise<Partial<repo.NewTaskRow>>) {
  requirePermission(ctx.principal, 'campaigns.claim');
  const { loaded, row } = await ctx.db.transaction(async (tx) => {
    const context = await loadCampaign(ctx, id, tx);
    requireRunning(context.campaign);
    const before = await repo.lockTask(tx, id, context.reach, taskId);
    if (!before) throw commonErrors.NOT_FOUND();
    const values = await apply(context, before, tx);
    const state = taskStateAfter(before.state, step);
    if (!state) throw step === 'done' ? campaignErrors.CAMPAIGN_TASK_NOT_TAKEN() : campaignErrors.CAMPAIGN_TASK_TAKEN();
    const after = await repo.updateTask(tx, taskId, { ...values, state });
    await recordAudit(tx, ctx.actor, { action: `campaigns.task_${step}`, entityType: 'campaign_task', entityId: taskId, divisionCode: after.divisionCode, before, after });
    return { loaded: context, row: after };
  });
  return taskView(ctx, loaded, row);
}

/** The branch must be an organ branch of the task's unit. */
async function branchOfUnit(executor: Executor, branchId: string, unitId: string) {
  const branch = await campaignsRepo.findBranch(executor, branchId);
  if (!branch || branch.unitId !== unitId) failOn([{ path: 'branchId', message: '请选择该单位的机关支部' }]);
  return branch!;
}

export function claimTask(ctx: Ctx, id: string, taskId: string, branchId: string) {
  return move(ctx, id, taskId, 'claim', async (loaded, task, tx) => {
    const branch = await branchOfUnit(tx, branchId, task.unitId);
    if (!mayActFor(ctx.principal, branch, loaded.led, 'campaigns.claim')) throw commonErrors.FORBIDDEN();
    return { branchId, claimedAt: new Date() };
  });
}

export function assignTask(ctx: Ctx, id: string, taskId: string, branchId: string) {
  return move(ctx, id, taskId, 'assign', async (_loaded, task, tx) => {
    if (!mayAssign(ctx.principal, task.unitId)) throw commonErrors.FORBIDDEN();
    await branchOfUnit(tx, branchId, task.unitId);
    return { branchId, assignedAt: new Date(), assignedBy: ctx.principal.accountId };
  });
}

export function finishTask(ctx: Ctx, id: string, taskId: string, doneOn: string) {
  return move(ctx, id, taskId, 'done', async (loaded, task, tx) => {
    const branch = task.branchId ? await campaignsRepo.findBranch(tx, task.branchId) : undefined;
    if (!branch || !mayActFor(ctx.principal, branch, loaded.led, 'campaigns.claim')) {
      if (task.state === 'open') throw campaignErrors.CAMPAIGN_TASK_NOT_TAKEN();
      throw commonErrors.FORBIDDEN();
    }
    if (!isRealDate(doneOn)) failOn([{ path: 'doneOn', message: '没有这一天' }]);
    if (doneOn > campaignToday()) failOn([{ path: 'doneOn', message: '完成日期不能晚于今天' }]);
    if (doneOn < loaded.campaign.startsOn) failOn([{ path: 'doneOn', message: '完成日期不能早于行动开始' }]);
    return { doneOn };
  });
}

const taskColumns: ExcelColumn<CampaignTaskView>[] = [
  { header: '单位', width: 28, value: (r) => r.unitName },
  { header: '帮扶行动', width: 26, value: (r) => campaignLines.labels[r.line].zh },
  { header: '任务', width: 32, value: (r) => r.title },
  { header: '村', width: 20, value: (r) => r.villageName },
  { header: '户', width: 12, value: (r) => r.householdName },
  { header: '支部', width: 24, value: (r) => r.branchName },
  { header: '状态', width: 10, value: (r) => campaignTaskStates.labels[r.state].zh },
  { header: '完成日期', width: 12, value: (r) => r.doneOn },
];

export async function exportTasks(ctx: Ctx, id: string, query: TaskExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'campaigns.export');
  const loaded = await loadCampaign(ctx, id);
  const body = await exportList(ctx, {
    action: 'campaigns.export',
    entityType: 'campaign',
    sheetName: '帮扶任务',
    columns: taskColumns,
    filters: query,
    detail: { campaignId: id, list: 'tasks' },
    chunks: inChunks((window) => repo.readTasks(ctx.db, id, loaded.reach, query, window)),
    present: (rows) => presentTasks(ctx.db, rows, abilitiesOf(ctx, loaded)),
  });
  return { fileName: datedFileName('帮扶任务'), body };
}
