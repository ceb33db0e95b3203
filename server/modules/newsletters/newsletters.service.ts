import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import { findWorkflow, presentWorkflow, startWorkflow, advanceWorkflow } from '../../platform/workflow/workflow.ts';
import { newsletterStates, type NewsletterBody, type NewsletterDetail, type NewsletterListQuery, type NewsletterView, type ReturnBody } from '../../../contracts/newsletters.ts';
import { divisionNames } from '../divisions/index.ts';
import { findActiveTeamOfCadre, findTeamInScope } from '../teams/index.ts';
import * as repo from './newsletters.repository.ts';
import { newsletterErrors } from './newsletters.errors.ts';
import { newsletterWorkflow } from './newsletters.workflow.ts';
import { issuerCode, newPublicToken, nextIssueNo, reviewerRole, yearInChina } from './newsletters.rules.ts';

export const visibleTo = (ctx: Ctx) => repo.newsletterScope(ctx.principal.scope, ctx.principal.accountId);
const who = (ctx: Ctx) => ({ principal: ctx.principal, actor: ctx.actor });
const linkOf = (id: string) => `/newsletters/${id}`;

export async function presentNewsletters(executor: Executor, rows: repo.NewsletterListRow[]): Promise<NewsletterView[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.newsletter.divisionCode))]);
  return rows.map(({ newsletter: n, authorName, teamName }) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    state: n.state,
    issueNo: n.issueNo,
    divisionCode: n.divisionCode,
    placeName: names.get(n.divisionCode) ?? null,
    teamId: n.teamId,
    teamName,
    authorName,
    publishedAt: n.publishedAt ? n.publishedAt.toISOString() : null,
    updatedAt: n.updatedAt.toISOString(),
  }));
}

export async function listNewsletters(ctx: Ctx, query: NewsletterListQuery): Promise<ListResult<NewsletterView>> {
  requirePermission(ctx.principal, 'newsletters.read');
  const visible = visibleTo(ctx);
  const rows = await repo.readNewsletters(ctx.db, visible, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentNewsletters(ctx.db, rows), total: await repo.countNewsletters(ctx.db, visible, query) };
}

export async function getNewsletter(ctx: Ctx, id: string): Promise<NewsletterDetail> {
  requirePermission(ctx.principal, 'newsletters.read');
  const row = await repo.findNewsletter(ctx.db, visibleTo(ctx), id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentNewsletters(ctx.db, [row]);
  const instance = await findWorkflow(ctx.db, newsletterWorkflow.kind, id);
  const workflow = instance ? await presentWorkflow(ctx.db, ctx.principal, ctx.locale, newsletterWorkflow, instance) : null;
  const actions = new Set(workflow?.actions.map((a) => a.action) ?? []);
  const editable = row.newsletter.authorId === ctx.principal.accountId && can(ctx.principal, 'newsletters.write') && (row.newsletter.state === 'draft' || row.newsletter.state === 'returned');
  const reviews = can(ctx.principal, 'newsletters.review');
  return {
    ...view!,
    body: row.newsletter.body,
    publicToken: row.newsletter.publicToken,
    workflow,
    abilities: { update: editable, submit: editable, return: reviews && actions.has('return'), publish: reviews && actions.has('publish') },
  };
}

/** The newsletter's place: the team's village, else the author's own region. */
async function placeOf(ctx: Ctx, executor: Executor, teamId: string | undefined): Promise<{ divisionCode: string; teamId: string | null }> {
  if (teamId) {
    const team = await findTeamInScope(executor, ctx.principal.scope, teamId);
    if (!team) throw newsletterErrors.NEWSLETTER_INVALID([{ path: 'teamId', message: '所选工作队不在您的管辖范围内' }]);
    return { divisionCode: team.divisionCode, teamId: team.id };
  }
  const own = ctx.principal.cadreId ? await findActiveTeamOfCadre(executor, ctx.principal.cadreId) : undefined;
  if (own) return { divisionCode: own.divisionCode, teamId: own.id };
  const code = ctx.principal.scope.divisionCode;
  if (!code) throw newsletterErrors.NEWSLETTER_INVALID([{ path: 'teamId', message: '请选择工作队' }]);
  return { divisionCode: code, teamId: null };
}

export async function createNewsletter(ctx: Ctx, body: NewsletterBody): Promise<NewsletterDetail> {
  requirePermission(ctx.principal, 'newsletters.write');
  const id = await ctx.db.transaction(async (tx) => {
    const place = await placeOf(ctx, tx, body.teamId);
    const row = await repo.insertNewsletter(tx, { kind: body.kind, title: body.title, body: body.body, ...place, authorId: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'newsletters.create', entityType: 'newsletter', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getNewsletter(ctx, id);
}

/** The author's own newsletter while it is his to change (a draft, or returned to him). */
async function authorsOwn(ctx: Ctx, tx: Executor, id: string): Promise<repo.NewsletterRow> {
  const row = await repo.lockNewsletter(tx, visibleTo(ctx), id);
  if (!row) throw commonErrors.NOT_FOUND();
  if (row.authorId !== ctx.principal.accountId) throw newsletterErrors.NEWSLETTER_NOT_AUTHOR();
  if (row.state !== 'draft' && row.state !== 'returned') throw newsletterErrors.NEWSLETTER_LOCKED(undefined, { state: newsletterStates.labels[row.state].zh });
  return row;
}

export async function updateNewsletter(ctx: Ctx, id: string, body: NewsletterBody): Promise<NewsletterDetail> {
  requirePermission(ctx.principal, 'newsletters.write');
  await ctx.db.transaction(async (tx) => {
    const before = await authorsOwn(ctx, tx, id);
    const place = body.teamId === undefined ? { divisionCode: before.divisionCode, teamId: before.teamId } : await placeOf(ctx, tx, body.teamId);
    const after = await repo.updateNewsletter(tx, id, { kind: body.kind, title: body.title, body: body.body, ...place });
    await recordAudit(tx, ctx.actor, { action: 'newsletters.update', entityType: 'newsletter', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getNewsletter(ctx, id);
}

/** A first submission opens the review; a returned one goes back to the same review. */
export async function submitNewsletter(ctx: Ctx, id: string): Promise<NewsletterDetail> {
  requirePermission(ctx.principal, 'newsletters.write');
  await ctx.db.transaction(async (tx) => {
    const row = await authorsOwn(ctx, tx, id);
    const assignee = { role: reviewerRole(row.divisionCode) };
    if (row.state === 'draft') {
      await startWorkflow(tx, who(ctx), newsletterWorkflow, { subjectId: id, title: `简报审核：${row.title}`, divisionCode: row.divisionCode, assignee, applicantCadreId: ctx.principal.cadreId, link: linkOf(id) });
    } else {
      const instance = await findWorkflow(tx, newsletterWorkflow.kind, id);
      if (!instance) throw commonErrors.NOT_FOUND();
      await advanceWorkflow(tx, who(ctx), newsletterWorkflow, instance.id, 'resubmit', { assignee });
    }
    const after = await repo.updateNewsletter(tx, id, { state: 'in_review' });
    await recordAudit(tx, ctx.actor, { action: 'newsletters.submit', entityType: 'newsletter', entityId: id, divisionCode: after.divisionCode, before: { state: row.state }, after: { state: after.state } });
  });
  return getNewsletter(ctx, id);
}

async function reviewed(ctx: Ctx, tx: Executor, id: string): Promise<{ row: repo.NewsletterRow; instanceId: string }> {
  requirePermission(ctx.principal, 'newsletters.review');
  const row = await repo.lockNewsletter(tx, visibleTo(ctx), id);
  if (!row) throw commonErrors.NOT_FOUND();
  const instance = await findWorkflow(tx, newsletterWorkflow.kind, id);
  if (!instance) throw newsletterErrors.NEWSLETTER_LOCKED(undefined, { state: newsletterStates.labels[row.state].zh });
  return { row, instanceId: instance.id };
}

export async function returnNewsletter(ctx: Ctx, id: string, body: ReturnBody): Promise<NewsletterDetail> {
  await ctx.db.transaction(async (tx) => {
    const { row, instanceId } = await reviewed(ctx, tx, id);
    await advanceWorkflow(tx, who(ctx), newsletterWorkflow, instanceId, 'return', { comment: body.reason });
    const after = await repo.updateNewsletter(tx, id, { state: 'returned' });
    await recordAudit(tx, ctx.actor, { action: 'newsletters.return', entityType: 'newsletter', entityId: id, divisionCode: row.divisionCode, reason: body.reason, before: { state: row.state }, after: { state: after.state } });
  });
  return getNewsletter(ctx, id);
}

/** Publishing numbers the issue within its series and year and opens the public reading page. */
export async function publishNewsletter(ctx: Ctx, id: string): Promise<NewsletterDetail> {
  await ctx.db.transaction(async (tx) => {
    const { row, instanceId } = await reviewed(ctx, tx, id);
    await advanceWorkflow(tx, who(ctx), newsletterWorkflow, instanceId, 'publish');
    const now = new Date();
    const issuer = issuerCode(row.divisionCode);
    const year = yearInChina(now);
    await repo.lockSeries(tx, issuer, row.kind, year);
    const series = (await repo.publishedInYear(tx, issuer, row.kind, year)).filter((n) => issuerCode(n.divisionCode) === issuer);
    const after = await repo.updateNewsletter(tx, id, {
      state: 'published',
      issueNo: nextIssueNo(series.map((n) => n.issueNo)),
      publicToken: newPublicToken(),
      publishedAt: now,
      publishedBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'newsletters.publish',
      entityType: 'newsletter',
      entityId: id,
      divisionCode: row.divisionCode,
      before: { state: row.state },
      after: { state: after.state, issueNo: after.issueNo, publishedAt: after.publishedAt },
    });
  });
  return getNewsletter(ctx, id);
}
