import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { MembershipView, PartyOrgView } from '../../../contracts/party-orgs.ts';
import { divisionNames } from '../divisions/index.ts';
import { findUnitById } from '../units/index.ts';
import { findCadresByIds, presentCadreBriefs } from '../cadres/index.ts';
import * as repo from './party-orgs.repository.ts';
import { mayManageMembers, mayManagePartyOrgAt } from './party-orgs.policy.ts';

/** Takes the executor: inside a transaction the embedded database has only that one connection. */
export async function ledByPrincipal(ctx: Ctx, executor: Executor = ctx.db): Promise<Set<string>> {
  return ctx.principal.cadreId ? repo.findOrgIdsLedBy(executor, ctx.principal.cadreId) : new Set();
}

export async function presentPartyOrgs(ctx: Ctx, rows: repo.PartyOrgWithCounts[]): Promise<PartyOrgView[]> {
  const unitIds = [...new Set(rows.flatMap((r) => (r.unitId ? [r.unitId] : [])))];
  const [names, parents, unitRows, led] = await Promise.all([
    divisionNames(ctx.db, rows.map((r) => r.divisionCode)),
    repo.findPartyOrgNames(ctx.db, rows.flatMap((r) => (r.parentId ? [r.parentId] : []))),
    Promise.all(unitIds.map((unitId) => findUnitById(ctx.db, unitId))),
    ledByPrincipal(ctx),
  ]);
  const unitNames = new Map(unitRows.flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    parentId: row.parentId,
    parentName: row.parentId ? (parents.get(row.parentId) ?? null) : null,
    divisionCode: row.divisionCode,
    divisionName: names.get(row.divisionCode) ?? null,
    unitId: row.unitId,
    unitName: row.unitId ? (unitNames.get(row.unitId) ?? null) : null,
    teamId: row.teamId,
    establishedOn: row.establishedOn,
    note: row.note,
    childCount: row.childCount,
    memberCount: row.memberCount,
    createdAt: row.createdAt.toISOString(),
    abilities: {
      update: mayManagePartyOrgAt(ctx.principal, row),
      manageMembers: mayManageMembers(ctx.principal, row, led.has(row.id)),
    },
  }));
}

/** Members show with their masked brief, wherever their own record sits: the roll is the organization's. */
export async function presentMemberships(ctx: Ctx, rows: repo.MembershipWithOrg[]): Promise<MembershipView[]> {
  const cadreRows = await findCadresByIds(ctx.db, [...new Set(rows.map((r) => r.cadreId))]);
  const briefs = new Map(presentCadreBriefs(cadreRows).map((b) => [b.id, b]));
  return rows.map((row) => ({
    id: row.id,
    partyOrgId: row.partyOrgId,
    partyOrgName: row.partyOrgName,
    partyOrgKind: row.partyOrgKind,
    cadreId: row.cadreId,
    cadre: briefs.get(row.cadreId) ?? null,
    kind: row.kind,
    role: row.role,
    joinedOn: row.joinedOn,
    leftOn: row.leftOn,
  }));
}
