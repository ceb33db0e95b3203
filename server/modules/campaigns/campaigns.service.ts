import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import {
  campaignLines,
  campaignStatuses,
  type BranchOption,
  type CampaignBody,
  type CampaignLine,
  type CampaignList,
  type CampaignListQuery,
  type CampaignStatus,
  type CampaignView,
  type TargetQuery,
  type TargetRow,
  type TargetsBody,
} from '../../../contracts/campaigns.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import * as repo from './campaigns.repository.ts';
import { campaignErrors } from './campaigns.errors.ts';
import { managesCampaign, reachFor, unitsOf } from './campaigns.policy.ts';
import { presentTargets } from './campaigns.present.ts';
import { campaignProblems, defaultFormula, mayStep, type FieldError } from './campaigns.rules.ts';

export function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
}

/** The campaign as the caller may see it, with the part of it that is the caller's. */
export type CampaignContext = { campaign: repo.CampaignRow; reach: repo.Reach; led: repo.BranchRecord[]; manages: boolean };

async function ledBranches(ctx: Ctx, executor: Executor): Promise<repo.BranchRecord[]> {
  if (!ctx.principal.cadreId || !ctx.principal.roles.includes('branch_secretary')) return [];
  return repo.branchesLedBy(executor, ctx.principal.cadreId);
}

export async function loadCampaign(ctx: Ctx, id: string, executor: Executor = ctx.db, lock = false): Promise<CampaignContext> {
  requirePermission(ctx.principal, 'campaigns.read');
  const led = await ledBranches(ctx, executor);
  const visible = repo.campaignVisible(ctx.principal.scope, unitsOf(ctx.principal, led));
  const campaign = lock ? await repo.lockCampaign(executor, visible, id) : await repo.findCampaign(executor, visible, id);
  if (!campaign) throw commonErrors.NOT_FOUND();
  return { campaign, led, reach: reachFor(ctx.principal, campaign, led), manages: managesCampaign(ctx.principal, campaign) };
}

export function requireRunning(campaign: repo.CampaignRow): void {
  if (campaign.status !== 'running') throw campaignErrors.CAMPAIGN_NOT_RUNNING();
}

function viewOf(ctx: Ctx, campaign: repo.CampaignRow, names: Map<string, string>, led: repo.BranchRecord[]): CampaignView {
  const manages = managesCampaign(ctx.principal, campaign);
  const unitParty = ctx.principal.roles.includes('unit_party') && !!ctx.principal.scope.unitId;
  return {
    id: campaign.id,
    name: campaign.name,
    year: campaign.year,
    divisionCode: campaign.divisionCode,
    divisionName: names.get(campaign.divisionCode) ?? null,
    status: campaign.status,
    lines: campaign.lines,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    description: campaign.description,
    formula: campaign.formula,
    abilities: {
      manage: manages,
      createTask: manages || (unitParty && can(ctx.principal, 'campaigns.claim')),
      record: can(ctx.principal, 'campaigns.record') && (unitParty || led.length > 0),
    },
  };
}

export async function listCampaigns(ctx: Ctx, query: CampaignListQuery): Promise<CampaignList> {
  requirePermission(ctx.principal, 'campaigns.read');
  const led = await ledBranches(ctx, ctx.db);
  const result = await repo.listCampaigns(ctx.db, repo.campaignVisible(ctx.principal.scope, unitsOf(ctx.principal, led)), query, { limit: query.pageSize, offset: offsetOf(query) });
  const names = await divisionNames(ctx.db, [...new Set(result.items.map((c) => c.divisionCode))]);
  return { items: result.items.map((c) => viewOf(ctx, c, names, led)), total: result.total };
}

export async function getCampaign(ctx: Ctx, id: string): Promise<CampaignView> {
  const { campaign, led } = await loadCampaign(ctx, id);
  return viewOf(ctx, campaign, await divisionNames(ctx.db, [campaign.divisionCode]), led);
}

async function checkRegion(ctx: Ctx, divisionCode: string): Promise<void> {
  const region = codeInScope(ctx.principal.scope, divisionCode) ? await findDivision(ctx.db, divisionCode) : undefined;
  if (!region || region.level === 'village' || region.level === 'group') failOn([{ path: 'divisionCode', message: '请选择本辖区内的省、市或县' }]);
}

const sameLines = (a: readonly CampaignLine[], b: readonly CampaignLine[]) => a.length === b.length && a.every((l) => b.includes(l));

/** A formula left out keeps the campaign's own while its lines stay; new lines start again from equal weights. */
function fieldsOf(body: CampaignBody, before?: repo.CampaignRow) {
  const lines = campaignLines.codes.filter((l) => body.lines.includes(l));
  const kept = before && sameLines(before.lines, lines) ? before.formula : undefined;
  return {
    name: body.name,
    year: body.year,
    divisionCode: body.divisionCode,
    lines,
    startsOn: body.startsOn,
    endsOn: body.endsOn,
    description: body.description ?? null,
    formula: body.formula ?? kept ?? defaultFormula(lines),
  };
}

export async function createCampaign(ctx: Ctx, body: CampaignBody): Promise<CampaignView> {
  requirePermission(ctx.principal, 'campaigns.manage');
  failOn(campaignProblems(body));
  await checkRegion(ctx, body.divisionCode);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertCampaign(tx, { ...fieldsOf(body), createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'campaigns.create', entityType: 'campaign', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getCampaign(ctx, id);
}

/** Only the committee holding the campaign changes it; others who see it are refused, others still do not find it. */
async function loadManaged(ctx: Ctx, executor: Executor, id: string): Promise<CampaignContext> {
  requirePermission(ctx.principal, 'campaigns.manage');
  const loaded = await loadCampaign(ctx, id, executor, true);
  if (!loaded.manages) throw commonErrors.FORBIDDEN();
  return loaded;
}

export async function updateCampaign(ctx: Ctx, id: string, body: CampaignBody): Promise<CampaignView> {
  failOn(campaignProblems(body));
  await ctx.db.transaction(async (tx) => {
    const { campaign: before } = await loadManaged(ctx, tx, id);
    if (body.divisionCode !== before.divisionCode) await checkRegion(ctx, body.divisionCode);
    const after = await repo.updateCampaign(tx, id, fieldsOf(body, before));
    await recordAudit(tx, ctx.actor, { action: 'campaigns.update', entityType: 'campaign', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getCampaign(ctx, id);
}

export async function setCampaignStatus(ctx: Ctx, id: string, status: CampaignStatus): Promise<CampaignView> {
  await ctx.db.transaction(async (tx) => {
    const { campaign: before } = await loadManaged(ctx, tx, id);
    if (!mayStep(before.status, status)) {
      throw campaignErrors.CAMPAIGN_STATUS_STEP(undefined, { from: campaignStatuses.labels[before.status].zh, to: campaignStatuses.labels[status].zh });
    }
    const after = await repo.updateCampaign(tx, id, { status });
    await recordAudit(tx, ctx.actor, { action: 'campaigns.status', entityType: 'campaign', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getCampaign(ctx, id);
}

/** The units whose targets a caller sees: all for the committee and the regions, its own for a unit or a branch. */
function targetUnits(loaded: CampaignContext): string[] | null {
  const { reach } = loaded;
  return reach.kind === 'units' || reach.kind === 'branches' ? reach.unitIds : null;
}

export async function listTargets(ctx: Ctx, id: string, query: TargetQuery): Promise<{ items: TargetRow[]; total: number }> {
  const loaded = await loadCampaign(ctx, id);
  const items = presentTargets(await repo.listTargets(ctx.db, id, targetUnits(loaded), query));
  return { items, total: items.length };
}

export async function putTargets(ctx: Ctx, id: string, unitId: string, body: TargetsBody): Promise<TargetRow> {
  await ctx.db.transaction(async (tx) => {
    const { campaign } = await loadManaged(ctx, tx, id);
    if (!(await repo.findUnit(tx, unitId))) throw commonErrors.NOT_FOUND();
    const entries = Object.entries(body.targets) as [CampaignLine, number][];
    failOn(entries.filter(([line]) => !campaign.lines.includes(line)).map(([line]) => ({ path: `targets.${line}`, message: '本次行动未启用该项帮扶行动' })));
    const before = await repo.targetsOfUnit(tx, id, unitId);
    await repo.replaceTargets(tx, id, unitId, entries, body.note ?? null);
    await recordAudit(tx, ctx.actor, {
      action: 'campaigns.targets',
      entityType: 'campaign',
      entityId: id,
      divisionCode: campaign.divisionCode,
      before: { unitId, targets: before.map((t) => ({ line: t.line, target: t.target })) },
      after: { unitId, targets: body.targets, note: body.note ?? null },
    });
  });
  const [row] = presentTargets(await repo.listTargets(ctx.db, id, [unitId], {}));
  return row ?? { unitId, unitName: (await repo.findUnit(ctx.db, unitId))?.name ?? '', targets: {}, note: null };
}

export async function deleteTargets(ctx: Ctx, id: string, unitId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { campaign } = await loadManaged(ctx, tx, id);
    const before = await repo.targetsOfUnit(tx, id, unitId);
    if (before.length === 0) throw commonErrors.NOT_FOUND();
    if (await repo.unitHasWork(tx, id, unitId)) throw campaignErrors.CAMPAIGN_TARGETS_LOCKED();
    await repo.replaceTargets(tx, id, unitId, [], null);
    await recordAudit(tx, ctx.actor, { action: 'campaigns.targets_remove', entityType: 'campaign', entityId: id, divisionCode: campaign.divisionCode, before: { unitId, targets: before } });
  });
}

const targetColumns: ExcelColumn<TargetRow>[] = [
  { header: '单位', width: 32, value: (r) => r.unitName },
  ...campaignLines.codes.map((line) => ({ header: campaignLines.labels[line].zh, width: 18, value: (r: TargetRow) => r.targets[line] ?? null })),
  { header: '备注', width: 24, value: (r) => r.note },
];

export async function exportTargets(ctx: Ctx, id: string, query: TargetQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'campaigns.export');
  const { items } = await listTargets(ctx, id, query);
  async function* once() {
    yield items;
  }
  const body = await exportList(ctx, {
    action: 'campaigns.export',
    entityType: 'campaign',
    sheetName: '任务分配方案',
    columns: targetColumns,
    filters: query,
    detail: { campaignId: id, list: 'targets' },
    chunks: once(),
    present: async (rows: TargetRow[]) => rows,
  });
  return { fileName: datedFileName('任务分配方案'), body };
}

/** The organ branches a caller may pick: those of the units it sees in the campaign. */
export async function listBranches(ctx: Ctx, id: string, unitId: string | undefined): Promise<{ items: BranchOption[] }> {
  const loaded = await loadCampaign(ctx, id);
  let unitIds = targetUnits(loaded);
  if (unitId) unitIds = unitIds ? unitIds.filter((u) => u === unitId) : [unitId];
  const led = new Set(loaded.led.map((b) => b.id));
  const rows = await repo.branchesOfUnits(ctx.db, unitIds);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, unitId: r.unitId, unitName: r.unitName, mine: led.has(r.id) })) };
}
