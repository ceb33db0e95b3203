import type { Ctx } from '../../platform/http/context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { HouseholdLinkState, HouseholdLinkView, PublicHouseholdView } from '../../../contracts/household-archives.ts';
import { divisionPaths } from '../divisions/index.ts';
import * as repo from './household-archives.repository.ts';
import { archiveErrors } from './household-archives.errors.ts';
import { auditLinkOf, presentLink } from './household-archives.present.ts';
import { presentPublicHousehold } from './household-handbook.present.ts';
import { beijingToday, maskPersonName, newLinkToken, publicMeasureYears } from './household-archives.rules.ts';
import { householdInScope } from './household-archives.service.ts';

async function villagePath(ctx: { db: Ctx['db'] }, divisionCode: string): Promise<string> {
  return (await divisionPaths(ctx.db, [divisionCode])).get(divisionCode) ?? '';
}

export async function linkState(ctx: Ctx, householdId: string): Promise<HouseholdLinkState> {
  requirePermission(ctx.principal, 'households.read');
  const household = await householdInScope(ctx, ctx.db, householdId);
  const links = (await repo.listLinks(ctx.db, household.id)).map(presentLink);
  return {
    active: links.find((link) => link.active) ?? null,
    history: links,
    card: { village: await villagePath(ctx, household.divisionCode), householderName: maskPersonName(household.householderName) },
    abilities: { manage: can(ctx.principal, 'households.link') },
  };
}

/** A new card: the old one stops working at once, since a lost card must not keep the page open. */
export async function createLink(ctx: Ctx, householdId: string): Promise<HouseholdLinkView> {
  requirePermission(ctx.principal, 'households.link');
  const link = await ctx.db.transaction(async (tx) => {
    const household = await repo.lockHousehold(tx, ctx.principal.scope, householdId);
    if (!household) throw commonErrors.NOT_FOUND();
    const revoked = await repo.revokeLinks(tx, household.id, ctx.principal.accountId);
    const created = await repo.insertLink(tx, household.id, newLinkToken(), ctx.principal.accountId);
    await recordAudit(tx, ctx.actor, {
      action: 'households.link.create',
      entityType: 'household',
      entityId: household.id,
      divisionCode: household.divisionCode,
      before: revoked.length ? { revoked: revoked.map(auditLinkOf) } : undefined,
      after: auditLinkOf(created),
    });
    return created;
  });
  const name = await repo.accountName(ctx.db, ctx.principal.accountId);
  return presentLink({ ...link, creatorName: name, revokerName: null });
}

export async function revokeLink(ctx: Ctx, householdId: string, linkId: string): Promise<HouseholdLinkView> {
  requirePermission(ctx.principal, 'households.link');
  const revoked = await ctx.db.transaction(async (tx) => {
    const household = await repo.lockHousehold(tx, ctx.principal.scope, householdId);
    if (!household) throw commonErrors.NOT_FOUND();
    const link = await repo.findLink(tx, household.id, linkId);
    if (!link) throw commonErrors.NOT_FOUND();
    if (link.revokedAt) throw archiveErrors.LINK_ALREADY_REVOKED();
    const [row] = await repo.revokeLinks(tx, household.id, ctx.principal.accountId, link.id);
    await recordAudit(tx, ctx.actor, {
      action: 'households.link.revoke',
      entityType: 'household',
      entityId: household.id,
      divisionCode: household.divisionCode,
      before: auditLinkOf(link),
      after: auditLinkOf(row!),
    });
    return row!;
  });
  const links = await repo.listLinks(ctx.db, householdId);
  const row = links.find((l) => l.id === revoked.id);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentLink(row);
}

/**
 * The page behind the printed code, for anyone holding it: no session, so no scope; the token
 * is the only key. Unknown and revoked tokens get the same answer.
 */
export async function publicHousehold(deps: AppDeps, token: string, now = new Date()): Promise<PublicHouseholdView> {
  const household = token ? await repo.findHouseholdByActiveToken(deps.db, token) : undefined;
  if (!household) throw archiveErrors.PUBLIC_LINK_NOT_FOUND();
  const years = publicMeasureYears(now);
  const [village, cadres, measures] = await Promise.all([
    villagePath(deps, household.divisionCode),
    repo.currentPairedCadres(deps.db, household.id, beijingToday(now)),
    repo.measuresOf(deps.db, household.id, years),
  ]);
  return presentPublicHousehold({ household, village, years, cadres, measures });
}
