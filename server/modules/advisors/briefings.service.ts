import type { AppDeps, Ctx } from '../../platform/http/context.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import type { Executor } from '../../platform/db/client.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { BriefingBody, BriefingContent, BriefingView, BulkBriefingBody, BulkBriefingResult, PublicBriefingView, SendBody } from '../../../contracts/advisors.ts';
import * as repo from './advisors.repository.ts';
import { advisorErrors } from './advisors.errors.ts';
import { auditBriefingOf, presentBriefing } from './advisors.present.ts';
import { composeBriefing } from './briefing-content.service.ts';
import { chinaToday, newBriefingToken, parsePeriod, periodIssue } from './advisors.rules.ts';

/** The demo seed briefs a past quarter on a given day; everyone else briefs as of today. */
export type BriefingClock = { today?: string; now?: Date };

function quarterOf(period: string, clock: BriefingClock | undefined) {
  const issue = periodIssue(period, clock?.today ?? chinaToday());
  if (issue) throw commonErrors.VALIDATION_FAILED([{ path: 'period', message: issue }]);
  return parsePeriod(period)!;
}

async function viewOf(ctx: Ctx, advisorId: string, briefingId: string): Promise<BriefingView> {
  const row = await repo.findBriefing(ctx.db, advisorId, briefingId);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentBriefing(row, true);
}

type Outcome = 'generated' | 'existing';

/**
 * Writes the quarter's briefing of one advisor inside the caller's transaction. An unsent briefing
 * may be made again (`regenerate`), with a fresh link; a sent one stays as it was sent.
 */
async function writeBriefing(
  ctx: Ctx,
  tx: Executor,
  advisor: { id: string; divisionCode: string },
  content: BriefingContent,
  regenerate: boolean,
  now: Date,
): Promise<{ id: string; outcome: Outcome }> {
  const existing = await repo.lockBriefing(tx, advisor.id, { period: content.period });
  if (existing && !regenerate) return { id: existing.id, outcome: 'existing' };
  if (existing?.sentAt) throw advisorErrors.BRIEFING_SENT();
  const values = { content, generatedAt: now, generatedBy: ctx.principal.accountId, token: newBriefingToken(), revokedAt: null, openedAt: null };
  const row = existing
    ? await repo.updateBriefing(tx, existing.id, values)
    : await repo.insertBriefing(tx, { ...values, advisorId: advisor.id, divisionCode: advisor.divisionCode, period: content.period });
  await recordAudit(tx, ctx.actor, {
    action: existing ? 'advisors.briefing.regenerate' : 'advisors.briefing.generate',
    entityType: 'advisor',
    entityId: advisor.id,
    divisionCode: advisor.divisionCode,
    before: existing ? auditBriefingOf(existing) : undefined,
    after: auditBriefingOf(row),
  });
  return { id: row.id, outcome: 'generated' };
}

export async function generateBriefing(ctx: Ctx, advisorId: string, body: BriefingBody, clock?: BriefingClock): Promise<BriefingView> {
  requirePermission(ctx.principal, 'advisors.brief');
  const quarter = quarterOf(body.period, clock);
  const advisor = await repo.findAdvisorInScope(ctx.db, ctx.principal.scope, advisorId);
  if (!advisor) throw commonErrors.NOT_FOUND();
  const content = await composeBriefing(ctx.db, advisor.divisionCode, quarter);
  const written = await ctx.db.transaction(async (tx) => {
    if (!(await repo.lockAdvisor(tx, ctx.principal.scope, advisorId))) throw commonErrors.NOT_FOUND();
    const result = await writeBriefing(ctx, tx, advisor, content, body.regenerate === true, clock?.now ?? new Date());
    if (result.outcome === 'existing') throw advisorErrors.BRIEFING_EXISTS();
    return result;
  });
  return viewOf(ctx, advisorId, written.id);
}

/**
 * The quarter's round: every active advisor in the area (within the caller's scope) who has no
 * briefing for it yet gets one; those who have keep theirs. Villages are composed once each.
 */
export async function generateBriefings(ctx: Ctx, body: BulkBriefingBody, clock?: BriefingClock): Promise<BulkBriefingResult> {
  requirePermission(ctx.principal, 'advisors.brief');
  const quarter = quarterOf(body.period, clock);
  if (body.divisionCode && !codeInScope(ctx.principal.scope, body.divisionCode)) throw commonErrors.NOT_FOUND();
  const advisors = await repo.activeAdvisorsIn(ctx.db, ctx.principal.scope, body.divisionCode);
  const contents = new Map<string, BriefingContent>();
  let generated = 0;
  for (const advisor of advisors) {
    if (!contents.has(advisor.divisionCode)) contents.set(advisor.divisionCode, await composeBriefing(ctx.db, advisor.divisionCode, quarter));
    const outcome = await ctx.db.transaction(async (tx) => {
      // The advisor's row is the lock two rounds (or a round and a single generation) meet on.
      if (!(await repo.lockAdvisor(tx, ctx.principal.scope, advisor.id))) return null;
      return (await writeBriefing(ctx, tx, advisor, contents.get(advisor.divisionCode)!, false, clock?.now ?? new Date())).outcome;
    });
    if (outcome === 'generated') generated += 1;
  }
  return { advisors: advisors.length, generated, existing: advisors.length - generated };
}

export async function getBriefing(ctx: Ctx, advisorId: string, briefingId: string): Promise<BriefingView> {
  requirePermission(ctx.principal, 'advisors.read');
  if (!(await repo.findAdvisorInScope(ctx.db, ctx.principal.scope, advisorId))) throw commonErrors.NOT_FOUND();
  const row = await repo.findBriefing(ctx.db, advisorId, briefingId);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentBriefing(row, can(ctx.principal, 'advisors.brief'));
}

async function changeBriefing(
  ctx: Ctx,
  advisorId: string,
  briefingId: string,
  action: string,
  change: (row: repo.BriefingRow) => Partial<repo.NewBriefingRow>,
): Promise<BriefingView> {
  requirePermission(ctx.principal, 'advisors.brief');
  await ctx.db.transaction(async (tx) => {
    const advisor = await repo.lockAdvisor(tx, ctx.principal.scope, advisorId);
    if (!advisor) throw commonErrors.NOT_FOUND();
    const before = await repo.lockBriefing(tx, advisorId, { id: briefingId });
    if (!before) throw commonErrors.NOT_FOUND();
    const after = await repo.updateBriefing(tx, before.id, change(before));
    await recordAudit(tx, ctx.actor, {
      action,
      entityType: 'advisor',
      entityId: advisorId,
      divisionCode: advisor.divisionCode,
      before: auditBriefingOf(before),
      after: auditBriefingOf(after),
    });
  });
  return viewOf(ctx, advisorId, briefingId);
}

/** Marks the briefing sent: by whom, when and how it reached the advisor. Sent once. */
export function sendBriefing(ctx: Ctx, advisorId: string, briefingId: string, body: SendBody, clock?: BriefingClock): Promise<BriefingView> {
  return changeBriefing(ctx, advisorId, briefingId, 'advisors.briefing.send', (row) => {
    if (row.revokedAt) throw advisorErrors.BRIEFING_REVOKED();
    if (row.sentAt) throw advisorErrors.BRIEFING_SENT();
    return { sentAt: clock?.now ?? new Date(), sentBy: ctx.principal.accountId, channel: body.channel };
  });
}

/** Closes the public link; the briefing itself stays on record. */
export function revokeBriefing(ctx: Ctx, advisorId: string, briefingId: string): Promise<BriefingView> {
  return changeBriefing(ctx, advisorId, briefingId, 'advisors.briefing.revoke', (row) => {
    if (row.revokedAt) throw advisorErrors.BRIEFING_REVOKED();
    return { revokedAt: new Date() };
  });
}

/**
 * The page behind a briefing's link, for anyone holding it: no session, so no scope; the token is
 * the only key. Unknown and revoked tokens get the same answer. The first opening is recorded.
 */
export async function publicBriefing(deps: AppDeps, token: string, now = new Date()): Promise<PublicBriefingView> {
  const row = token ? await repo.findBriefingByToken(deps.db, token) : undefined;
  if (!row) throw advisorErrors.PUBLIC_BRIEFING_NOT_FOUND();
  if (!row.openedAt) await repo.markOpened(deps.db, row.id, now);
  return { period: row.period, generatedAt: row.generatedAt.toISOString(), content: row.content as BriefingContent };
}
