import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, scopeCondition } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { NoticeBody, NoticeDetail, NoticeListQuery, NoticeView } from '../../../contracts/notices.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import { findActiveTeamOfCadre } from '../teams/index.ts';
import * as repo from './notices.repository.ts';
import { noticeErrors } from './notices.errors.ts';
import { readsAsTeam } from './notices.policy.ts';
import { notices } from './notices.schema.ts';

/** Whose notices the caller reads: his team's, or those of the regions in his scope. */
export async function audienceOf(ctx: Ctx, executor: Executor = ctx.db): Promise<repo.Audience> {
  const { principal } = ctx;
  if (readsAsTeam(principal)) {
    const team = principal.cadreId ? await findActiveTeamOfCadre(executor, principal.cadreId) : undefined;
    return { kind: 'team', teamId: team?.id ?? null };
  }
  return { kind: 'region', visible: scopeCondition(principal.scope, { division: [notices.divisionCode] }), drafts: can(principal, 'notices.write') };
}

function senderScope(ctx: Ctx) {
  return scopeCondition(ctx.principal.scope, { division: [notices.divisionCode] });
}

export async function presentNotices(executor: Executor, rows: repo.NoticeListRow[]): Promise<NoticeView[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.notice.divisionCode))]);
  return rows.map((r) => ({
    id: r.notice.id,
    divisionCode: r.notice.divisionCode,
    regionName: names.get(r.notice.divisionCode) ?? null,
    title: r.notice.title,
    state: r.notice.state,
    issuedAt: r.notice.issuedAt ? r.notice.issuedAt.toISOString() : null,
    issuedByName: r.issuedByName,
    createdAt: r.notice.createdAt.toISOString(),
    recipientCount: r.recipientCount,
    readCount: r.readCount,
    myTeamReadAt: r.myTeamReadAt ? r.myTeamReadAt.toISOString() : null,
  }));
}

export async function listNotices(ctx: Ctx, query: NoticeListQuery): Promise<ListResult<NoticeView>> {
  requirePermission(ctx.principal, 'notices.read');
  const audience = await audienceOf(ctx);
  const rows = await repo.readNotices(ctx.db, audience, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentNotices(ctx.db, rows), total: await repo.countNotices(ctx.db, audience, query) };
}

/** A team member's first opening of a notice is his team's receipt. */
export async function getNotice(ctx: Ctx, id: string): Promise<NoticeDetail> {
  requirePermission(ctx.principal, 'notices.read');
  const audience = await audienceOf(ctx);
  if (audience.kind === 'team' && audience.teamId) {
    const teamId = audience.teamId;
    await ctx.db.transaction(async (tx) => {
      const found = await repo.findNotice(tx, audience, id);
      if (!found) return;
      if (await repo.markRead(tx, id, teamId, ctx.principal.accountId)) {
        await recordAudit(tx, ctx.actor, { action: 'notices.read_receipt', entityType: 'notice', entityId: id, divisionCode: found.notice.divisionCode, after: { teamId } });
      }
    });
  }
  return detailOf(ctx, audience, id);
}

async function detailOf(ctx: Ctx, audience: repo.Audience, id: string): Promise<NoticeDetail> {
  const row = await repo.findNotice(ctx.db, audience, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentNotices(ctx.db, [row]);
  const sender = audience.kind === 'region' && can(ctx.principal, 'notices.write');
  const draft = row.notice.state === 'draft';
  return { ...view!, body: row.notice.body, abilities: { update: sender && draft, issue: sender && draft, receipts: sender && !draft } };
}

/** The region a notice goes to: the sender's own by default, and never beyond his scope. */
async function regionOf(ctx: Ctx, executor: Executor, requested: string | undefined): Promise<string> {
  const code = requested ?? ctx.principal.scope.divisionCode;
  if (!code) throw noticeErrors.NOTICE_INVALID([{ path: 'divisionCode', message: '请选择下发区域' }]);
  if (!codeInScope(ctx.principal.scope, code) || !(await findDivision(executor, code))) {
    throw noticeErrors.NOTICE_INVALID([{ path: 'divisionCode', message: '下发区域不在您的管辖范围内' }]);
  }
  return code;
}

export async function createNotice(ctx: Ctx, body: NoticeBody): Promise<NoticeDetail> {
  requirePermission(ctx.principal, 'notices.write');
  const id = await ctx.db.transaction(async (tx) => {
    const divisionCode = await regionOf(ctx, tx, body.divisionCode);
    const row = await repo.insertNotice(tx, { title: body.title, body: body.body, divisionCode, createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'notices.create', entityType: 'notice', entityId: row.id, divisionCode, after: row });
    return row.id;
  });
  return detailOf(ctx, await audienceOf(ctx), id);
}

async function draftInReach(ctx: Ctx, tx: Executor, id: string): Promise<repo.NoticeRow> {
  const notice = await repo.lockNotice(tx, senderScope(ctx), id);
  if (!notice) throw commonErrors.NOT_FOUND();
  if (notice.state !== 'draft') throw noticeErrors.NOTICE_ISSUED();
  return notice;
}

export async function updateNotice(ctx: Ctx, id: string, body: NoticeBody): Promise<NoticeDetail> {
  requirePermission(ctx.principal, 'notices.write');
  await ctx.db.transaction(async (tx) => {
    const before = await draftInReach(ctx, tx, id);
    const divisionCode = await regionOf(ctx, tx, body.divisionCode ?? before.divisionCode);
    const after = await repo.updateNotice(tx, id, { title: body.title, body: body.body, divisionCode });
    await recordAudit(tx, ctx.actor, { action: 'notices.update', entityType: 'notice', entityId: id, divisionCode, before, after });
  });
  return detailOf(ctx, await audienceOf(ctx), id);
}

export async function deleteNotice(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'notices.write');
  await ctx.db.transaction(async (tx) => {
    const before = await draftInReach(ctx, tx, id);
    await repo.deleteNotice(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'notices.delete', entityType: 'notice', entityId: id, divisionCode: before.divisionCode, before });
  });
}

/** Issuing fixes the recipients: every active team whose village lies in the region at this moment. */
export async function issueNotice(ctx: Ctx, id: string): Promise<NoticeDetail> {
  requirePermission(ctx.principal, 'notices.write');
  await ctx.db.transaction(async (tx) => {
    const before = await draftInReach(ctx, tx, id);
    const recipients = await repo.activeTeamsIn(tx, before.divisionCode);
    if (recipients.length === 0) throw noticeErrors.NOTICE_NO_TEAMS();
    await repo.insertRecipients(tx, recipients.map((team) => ({ noticeId: id, teamId: team.id, divisionCode: team.divisionCode })));
    const after = await repo.updateNotice(tx, id, { state: 'issued', issuedAt: new Date(), issuedBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, {
      action: 'notices.issue',
      entityType: 'notice',
      entityId: id,
      divisionCode: after.divisionCode,
      before: { state: before.state },
      after: { state: after.state, issuedAt: after.issuedAt, recipients: recipients.length },
    });
  });
  return detailOf(ctx, await audienceOf(ctx), id);
}
