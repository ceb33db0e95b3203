import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import {
  massRatingMinCount,
  type CodeBatchView,
  type CodesBody,
  type MassRatingList,
  type MassRatingListQuery,
  type QuarterQuery,
  type RatingLinkView,
  type TeamRatingRow,
  type TeamSummaryView,
} from '../../../contracts/mass-ratings.ts';
import { findTeamInScope, teamScopeCondition, type TeamRow } from '../teams/index.ts';
import * as repo from './mass-ratings.repository.ts';
import { ratingErrors } from './mass-ratings.errors.ts';
import { beijingDay, countRatings, newRatingCodes, newRatingToken, noRatings, presentSummary, publicPath, quarterOrCurrent, ratingCodeHasher, type Quarter, type RatingCounts } from './mass-ratings.rules.ts';

export function visibleTeams(ctx: Ctx) {
  return teamScopeCondition(ctx.principal.scope);
}

/** Each team's counts for a quarter, zero where nobody rated. */
export async function countsByTeam(executor: Executor, teamIds: readonly string[], quarter: Quarter): Promise<Map<string, RatingCounts>> {
  const rows = await repo.ratingCounts(executor, teamIds, quarter);
  return new Map(teamIds.map((id) => [id, rows.some((r) => r.teamId === id) ? countRatings(rows.filter((r) => r.teamId === id)) : { ...noRatings }]));
}

/** The rows of the list and its export: the token only for those who may print slips. */
export async function presentTeams(ctx: Ctx, rows: repo.TeamRatingListRow[], quarter: Quarter): Promise<TeamRatingRow[]> {
  const counts = await countsByTeam(ctx.db, rows.map((r) => r.team.id), quarter);
  const manage = can(ctx.principal, 'mass_ratings.manage');
  return rows.map((r) => ({
    id: r.team.id,
    teamId: r.team.id,
    teamName: r.team.name,
    villageName: r.villageName ?? '',
    divisionCode: r.team.divisionCode,
    linkActive: r.token !== null,
    token: manage ? r.token : null,
    codesIssued: r.codesIssued,
    codesUsed: r.codesUsed,
    summary: presentSummary(counts.get(r.team.id) ?? noRatings),
  }));
}

export function quarterOf(query: QuarterQuery): Quarter {
  return quarterOrCurrent(query, beijingDay());
}

export async function listTeams(ctx: Ctx, query: MassRatingListQuery): Promise<MassRatingList> {
  requirePermission(ctx.principal, 'mass_ratings.read');
  const quarter = quarterOf(query);
  const visible = visibleTeams(ctx);
  const rows = await repo.readTeams(ctx.db, visible, query, quarter, { limit: query.pageSize, offset: offsetOf(query) });
  const total = await repo.countTeams(ctx.db, visible, query);
  return {
    items: await presentTeams(ctx, rows, quarter),
    total,
    ...quarter,
    minCount: massRatingMinCount,
    abilities: { manage: can(ctx.principal, 'mass_ratings.manage') },
  };
}

async function teamInReach(ctx: Ctx, executor: Executor, teamId: string): Promise<TeamRow> {
  const team = await findTeamInScope(executor, ctx.principal.scope, teamId);
  if (!team) throw commonErrors.NOT_FOUND();
  return team;
}

/** A new page retires the old at once: a QR code that went astray stops working. */
export async function openLink(ctx: Ctx, teamId: string): Promise<RatingLinkView> {
  requirePermission(ctx.principal, 'mass_ratings.manage');
  const link = await ctx.db.transaction(async (tx) => {
    const team = await repo.lockTeamInScope(tx, visibleTeams(ctx), teamId);
    if (!team) throw commonErrors.NOT_FOUND();
    const retired = await repo.retireLinks(tx, team.id);
    const created = await repo.insertLink(tx, { teamId: team.id, divisionCode: team.divisionCode, token: newRatingToken(), createdBy: ctx.principal.accountId });
    // The token itself stays out of the trail: it is the page's only key.
    await recordAudit(tx, ctx.actor, {
      action: 'mass_ratings.link.open',
      entityType: 'team',
      entityId: team.id,
      divisionCode: team.divisionCode,
      before: retired.length ? { retiredLinks: retired.map((l) => l.id) } : undefined,
      after: { linkId: created.id },
    });
    return created;
  });
  return { teamId: link.teamId, token: link.token, path: publicPath(link.token), createdAt: link.createdAt.toISOString() };
}

/** A batch of codes for printing; the plain codes leave the server this once and are not kept. */
export async function issueCodes(ctx: Ctx, teamId: string, body: CodesBody): Promise<CodeBatchView> {
  requirePermission(ctx.principal, 'mass_ratings.manage');
  const hash = ratingCodeHasher(ctx.deps.config.dataKey);
  return ctx.db.transaction(async (tx) => {
    const team = await teamInReach(ctx, tx, teamId);
    const link = await repo.activeLinkOf(tx, team.id);
    if (!link) throw ratingErrors.RATING_LINK_REQUIRED();
    const count = body.count ?? Math.min(await repo.householdsOfTeam(tx, team.id), 2000);
    if (count < 1) throw ratingErrors.RATING_NO_HOUSEHOLDS([{ path: 'count', message: '请填写打印张数' }]);
    const batchId = randomUUID();
    const codes = newRatingCodes(count);
    await repo.insertCodes(tx, codes.map((code) => ({ teamId: team.id, divisionCode: team.divisionCode, batchId, codeHash: hash(code) })));
    await recordAudit(tx, ctx.actor, { action: 'mass_ratings.codes.issue', entityType: 'team', entityId: team.id, divisionCode: team.divisionCode, after: { batchId, count } });
    return { batchId, teamId: team.id, teamName: team.name, villageName: await repo.villageName(tx, team.divisionCode), token: link.token, path: publicPath(link.token), codes };
  });
}

export async function teamSummary(ctx: Ctx, teamId: string, query: QuarterQuery): Promise<TeamSummaryView> {
  requirePermission(ctx.principal, 'mass_ratings.read');
  const team = await teamInReach(ctx, ctx.db, teamId);
  const quarter = quarterOf(query);
  const counts = await countsByTeam(ctx.db, [team.id], quarter);
  return {
    teamId: team.id,
    teamName: team.name,
    villageName: await repo.villageName(ctx.db, team.divisionCode),
    ...quarter,
    minCount: massRatingMinCount,
    summary: presentSummary(counts.get(team.id) ?? noRatings),
  };
}
