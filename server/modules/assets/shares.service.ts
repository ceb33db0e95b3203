import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { DividendBody, ShareCreateBody, ShareListItem, ShareListQuery, ShareSummary, ShareSummaryQuery } from '../../../contracts/assets.ts';
import { findHouseholdInScope } from '../households/index.ts';
import * as repo from './shares.repository.ts';
import { findAssetInScope, findProjectInScope } from './assets.repository.ts';
import { assetErrors } from './assets.errors.ts';
import { presentShares } from './assets.present.ts';
import { cooperativeTotals, dividendProblems, notInFuture, todayInBeijing, type FieldError } from './assets.rules.ts';

function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
}

export async function listShares(ctx: Ctx, query: ShareListQuery): Promise<ListResult<ShareListItem>> {
  requirePermission(ctx.principal, 'assets.read');
  const result = await repo.listShares(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentShares(ctx.db, result.items), total: result.total };
}

export async function getShare(ctx: Ctx, id: string): Promise<ShareListItem> {
  requirePermission(ctx.principal, 'assets.read');
  const row = await repo.findShareInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [item] = await presentShares(ctx.db, [row]);
  return item!;
}

export async function createShare(ctx: Ctx, body: ShareCreateBody): Promise<ShareListItem> {
  requirePermission(ctx.principal, 'assets.write');
  failOn(notInFuture('since', body.since, todayInBeijing()));
  const scope = ctx.principal.scope;
  const household = await findHouseholdInScope(ctx.db, scope, body.householdId);
  if (!household) throw commonErrors.NOT_FOUND();
  if (body.projectId && !(await findProjectInScope(ctx.db, scope, body.projectId))) throw commonErrors.NOT_FOUND();
  if (body.assetId && !(await findAssetInScope(ctx.db, scope, body.assetId))) throw commonErrors.NOT_FOUND();
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertShare(tx, {
      divisionCode: household.divisionCode,
      cooperative: body.cooperative,
      householdId: household.id,
      projectId: body.projectId ?? null,
      assetId: body.assetId ?? null,
      amount: body.amount,
      units: body.units ?? null,
      since: body.since,
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'shares.create', entityType: 'share', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getShare(ctx, id);
}

/** One dividend per share per year; the share row is locked so two clerks cannot both record it. */
export async function recordDividend(ctx: Ctx, shareId: string, body: DividendBody): Promise<ShareListItem> {
  requirePermission(ctx.principal, 'assets.write');
  await ctx.db.transaction(async (tx) => {
    const share = await repo.findShareInScope(tx, ctx.principal.scope, shareId, true);
    if (!share) throw commonErrors.NOT_FOUND();
    failOn(dividendProblems(body, share, todayInBeijing()));
    if (await repo.dividendForYear(tx, shareId, body.year)) {
      throw assetErrors.DIVIDEND_YEAR_TAKEN([{ path: 'year', message: `${body.year} 年度的分红已登记` }], { year: body.year });
    }
    const row = await repo.insertDividend(tx, {
      shareId,
      householdId: share.householdId,
      divisionCode: share.divisionCode,
      year: body.year,
      amount: body.amount,
      paidOn: body.paidOn,
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'shares.dividend', entityType: 'share', entityId: shareId, divisionCode: share.divisionCode, after: row });
  });
  return getShare(ctx, shareId);
}

export async function shareSummary(ctx: Ctx, query: ShareSummaryQuery): Promise<ShareSummary> {
  requirePermission(ctx.principal, 'assets.read');
  const year = query.year ?? Number(todayInBeijing().slice(0, 4));
  const region = query.divisionCode ?? null;
  const [held, paid] = await Promise.all([
    repo.sharesIn(ctx.db, ctx.principal.scope, region),
    repo.dividendsByCooperative(ctx.db, ctx.principal.scope, region, year),
  ]);
  return { year, items: cooperativeTotals(held, paid) };
}
