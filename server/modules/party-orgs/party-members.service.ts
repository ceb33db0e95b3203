import type { Ctx } from '../../platform/http/context.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { CadreMemberships, CandidateQuery, MembershipBody, MembershipPatchBody, MembershipView } from '../../../contracts/party-orgs.ts';
import { findCadreInScope, findCadresByIds, presentCadreBriefs } from '../cadres/index.ts';
import type { CadreBrief } from '../../../contracts/cadres.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import * as repo from './party-orgs.repository.ts';
import { mayManageMembers } from './party-orgs.policy.ts';
import { leftOnProblems, membershipKindFor, membershipProblems, todayInBeijing } from './party-orgs.rules.ts';
import { partyOrgErrors } from './party-orgs.errors.ts';
import { ledByPrincipal, presentMemberships } from './party-orgs.present.ts';
import { visibleTo } from './party-orgs.service.ts';
import { guardFormalAfterLeaving } from './temporary-branch-roll.service.ts';

async function orgForMembers(ctx: Ctx, tx: Executor, partyOrgId: string): Promise<repo.PartyOrgWithCounts> {
  const org = await repo.findPartyOrg(tx, visibleTo(ctx), partyOrgId);
  if (!org) throw commonErrors.NOT_FOUND();
  if (!mayManageMembers(ctx.principal, org, (await ledByPrincipal(ctx, tx)).has(org.id))) throw commonErrors.FORBIDDEN();
  return org;
}

async function checkSecretarySeat(tx: Executor, partyOrgId: string, exceptMembershipId: string | null): Promise<void> {
  const seat = await repo.findActiveSecretary(tx, partyOrgId);
  if (!seat || seat.id === exceptMembershipId) return;
  const [holder] = await findCadresByIds(tx, [seat.cadreId]);
  throw partyOrgErrors.PARTY_SECRETARY_EXISTS([{ path: 'role', message: `本党组织已有书记${holder ? `「${holder.name}」` : ''}` }], { name: holder?.name ?? '' });
}

async function formalExists(tx: Executor, cadreId: string): Promise<never> {
  const current = await repo.findActiveFormal(tx, cadreId);
  const orgName = current?.partyOrgName ?? '';
  throw partyOrgErrors.PARTY_FORMAL_EXISTS([{ path: 'cadreId', message: `该党员的组织关系已在「${orgName}」，须先转出` }], { orgName });
}

/** The partial unique indexes are the last word when two clerks add the same member at once. */
function uniqueViolation(error: unknown): string | null {
  const pgError = (error as { cause?: { code?: string; constraint?: string } }).cause ?? (error as { code?: string; constraint?: string });
  return pgError?.code === '23505' ? (pgError.constraint ?? '') : null;
}

function requireMemberPower(ctx: Ctx): void {
  if (!can(ctx.principal, 'party_orgs.manage') && !can(ctx.principal, 'party_orgs.manage_members')) throw commonErrors.FORBIDDEN();
}

/** Whom the keeper of this roll may add: a branch secretary needs no cadre-reading power for it. */
export async function listCandidates(ctx: Ctx, partyOrgId: string, query: CandidateQuery): Promise<ListResult<CadreBrief>> {
  requireMemberPower(ctx);
  await orgForMembers(ctx, ctx.db, partyOrgId);
  const rows = await repo.searchCandidates(ctx.db, ctx.principal.scope, partyOrgId, query.q, 20);
  return { items: presentCadreBriefs(rows), total: rows.length };
}

export async function addMember(ctx: Ctx, partyOrgId: string, body: MembershipBody): Promise<MembershipView> {
  requireMemberPower(ctx);
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const org = await orgForMembers(ctx, tx, partyOrgId);
      const cadre = await findCadreInScope(tx, ctx.principal.scope, body.cadreId);
      if (!cadre) throw partyOrgErrors.PARTY_MEMBER_INVALID([{ path: 'cadreId', message: '干部不存在或不在管辖范围内' }]);
      const kind = membershipKindFor(org.kind, body.kind);
      const problems = membershipProblems({ orgKind: org.kind, kind, role: body.role, partyStatus: cadre.partyStatus });
      if (problems.length > 0) throw partyOrgErrors.PARTY_MEMBER_INVALID(problems);
      if (await repo.findActiveMember(tx, partyOrgId, cadre.id)) {
        throw partyOrgErrors.PARTY_MEMBER_EXISTS([{ path: 'cadreId', message: '该干部已是本党组织成员' }]);
      }
      if (kind === 'formal' && (await repo.findActiveFormal(tx, cadre.id))) await formalExists(tx, cadre.id);
      if (body.role === 'secretary') await checkSecretarySeat(tx, partyOrgId, null);
      const created = await repo.insertMembership(tx, {
        partyOrgId,
        cadreId: cadre.id,
        kind,
        role: body.role,
        joinedOn: body.joinedOn ?? todayInBeijing(),
        divisionCode: org.divisionCode,
      });
      await recordAudit(tx, ctx.actor, { action: 'party_orgs.add_member', entityType: 'party_membership', entityId: created.id, divisionCode: org.divisionCode, after: created });
      return created;
    });
    const created = await repo.findMembership(ctx.db, partyOrgId, row.id);
    return (await presentMemberships(ctx, [created!]))[0]!;
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint === 'party_memberships_one_formal_idx') return formalExists(ctx.db, body.cadreId);
    if (constraint === 'party_memberships_once_per_org_idx') throw partyOrgErrors.PARTY_MEMBER_EXISTS([{ path: 'cadreId', message: '该干部已是本党组织成员' }]);
    throw error;
  }
}

export async function changeMember(ctx: Ctx, partyOrgId: string, membershipId: string, body: MembershipPatchBody): Promise<MembershipView> {
  requireMemberPower(ctx);
  await ctx.db.transaction(async (tx) => {
    const org = await orgForMembers(ctx, tx, partyOrgId);
    const before = await repo.findMembership(tx, partyOrgId, membershipId);
    if (!before) throw commonErrors.NOT_FOUND();
    if (before.leftOn) throw partyOrgErrors.PARTY_MEMBERSHIP_ENDED();
    const changes: Partial<repo.NewMembershipRow> = {};
    if (body.role && body.role !== before.role) {
      const [cadre] = await findCadresByIds(tx, [before.cadreId]);
      const problems = membershipProblems({ orgKind: org.kind, kind: before.kind, role: body.role, partyStatus: cadre?.partyStatus ?? 'none' });
      const roleProblems = problems.filter((p) => p.path === 'role');
      if (roleProblems.length > 0) throw partyOrgErrors.PARTY_MEMBER_INVALID(roleProblems);
      if (body.role === 'secretary') await checkSecretarySeat(tx, partyOrgId, membershipId);
      changes.role = body.role;
    }
    if (body.leftOn) {
      const problems = leftOnProblems(body.leftOn, before.joinedOn, todayInBeijing());
      if (problems.length > 0) throw partyOrgErrors.PARTY_MEMBER_INVALID(problems);
      await guardFormalAfterLeaving(tx, org, membershipId);
      changes.leftOn = body.leftOn;
    }
    if (Object.keys(changes).length === 0) return;
    const after = await repo.updateMembership(tx, membershipId, changes);
    const { partyOrgName: _n, partyOrgKind: _k, ...beforeRow } = before;
    await recordAudit(tx, ctx.actor, {
      action: changes.leftOn ? 'party_orgs.end_member' : 'party_orgs.change_member_role',
      entityType: 'party_membership',
      entityId: membershipId,
      divisionCode: org.divisionCode,
      before: beforeRow,
      after,
    });
  });
  const row = await repo.findMembership(ctx.db, partyOrgId, membershipId);
  return (await presentMemberships(ctx, [row!]))[0]!;
}

/** Both relations of a party member, side by side [004]: the formal one and each temporary branch. */
export async function cadreMemberships(ctx: Ctx, cadreId: string): Promise<CadreMemberships> {
  requirePermission(ctx.principal, 'party_orgs.read');
  // A member always sees his own relations, wherever his record is kept.
  const [cadre] =
    ctx.principal.cadreId === cadreId ? await findCadresByIds(ctx.db, [cadreId]) : [await findCadreInScope(ctx.db, ctx.principal.scope, cadreId)];
  if (!cadre) throw commonErrors.NOT_FOUND();
  const views = await presentMemberships(ctx, await repo.listMembershipsOfCadre(ctx.db, cadreId));
  const active = views.filter((v) => !v.leftOn);
  return {
    cadreId,
    cadre: presentCadreBriefs([cadre])[0]!,
    formal: active.find((v) => v.kind === 'formal') ?? null,
    temporary: active.filter((v) => v.kind === 'temporary'),
    ended: views.filter((v) => !!v.leftOn),
  };
}
