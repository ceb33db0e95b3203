import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import type { PartyOrgBody, PartyOrgDetail, PartyOrgListQuery, PartyOrgView } from '../../../contracts/party-orgs.ts';
import { findDivision } from '../divisions/index.ts';
import { findUnitById } from '../units/index.ts';
import { findTeamInScope } from '../teams/index.ts';
import * as repo from './party-orgs.repository.ts';
import { mayManagePartyOrgAt } from './party-orgs.policy.ts';
import { mayHaveChildren } from './party-orgs.rules.ts';
import { partyOrgErrors } from './party-orgs.errors.ts';
import { presentMemberships, presentPartyOrgs } from './party-orgs.present.ts';

export function visibleTo(ctx: Ctx) {
  return repo.partyOrgScopeCondition(ctx.principal.scope, ctx.principal.cadreId);
}

export async function listPartyOrgs(ctx: Ctx, query: PartyOrgListQuery): Promise<ListResult<PartyOrgView>> {
  requirePermission(ctx.principal, 'party_orgs.read');
  const result = await repo.listPartyOrgs(ctx.db, visibleTo(ctx), query);
  return { items: await presentPartyOrgs(ctx, result.items), total: result.total };
}

export async function getPartyOrg(ctx: Ctx, partyOrgId: string): Promise<PartyOrgDetail> {
  requirePermission(ctx.principal, 'party_orgs.read');
  const row = await repo.findPartyOrg(ctx.db, visibleTo(ctx), partyOrgId);
  if (!row) throw commonErrors.NOT_FOUND();
  const [[view], members] = await Promise.all([presentPartyOrgs(ctx, [row]), repo.listMembers(ctx.db, partyOrgId)]);
  return { ...view!, members: await presentMemberships(ctx, members) };
}

/** What the body points at must exist, and the tree must stay a tree. */
async function checkOrgBody(ctx: Ctx, tx: Executor, body: PartyOrgBody, current: repo.PartyOrgWithCounts | null): Promise<void> {
  const problems: FieldError[] = [];
  if (!(await findDivision(tx, body.divisionCode))) problems.push({ path: 'divisionCode', message: '所在地行政区划不存在' });
  if (body.unitId && !(await findUnitById(tx, body.unitId))) problems.push({ path: 'unitId', message: '所属单位不存在' });
  if (body.teamId && body.teamId !== current?.teamId && !(await findTeamInScope(tx, ctx.principal.scope, body.teamId))) {
    problems.push({ path: 'teamId', message: '工作队不存在或不在管辖范围内' });
  }
  if (body.parentId) {
    const parent = await repo.findPartyOrg(tx, visibleTo(ctx), body.parentId);
    if (!parent) problems.push({ path: 'parentId', message: '上级党组织不存在或不在管辖范围内' });
    else if (!mayHaveChildren(parent.kind)) problems.push({ path: 'parentId', message: '党支部下不能再设党组织，请选择党委或党总支' });
    else if (current && (await repo.findSubtreeIds(tx, current.id)).has(parent.id)) {
      problems.push({ path: 'parentId', message: '上级党组织不能是本组织或其下级组织' });
    }
  }
  if (current && current.childCount > 0 && !mayHaveChildren(body.kind)) {
    problems.push({ path: 'kind', message: '该党组织下设有下级组织，不能改为党支部' });
  }
  // A temporary branch exists only through its request and the department's approval (三名正式党员, 属地管理).
  if (body.kind === 'temporary_branch' && current?.kind !== 'temporary_branch') {
    problems.push({ path: 'kind', message: '临时党支部须通过“申请成立临时党支部”报组织部门审批，不能直接设立' });
  }
  if (problems.length > 0) throw partyOrgErrors.PARTY_ORG_INVALID(problems);
  if (!mayManagePartyOrgAt(ctx.principal, body)) {
    throw partyOrgErrors.PARTY_ORG_OUT_OF_SCOPE([{ path: 'divisionCode', message: '只能在本辖区或本单位内设立党组织' }]);
  }
}

function valuesOf(body: PartyOrgBody): repo.NewPartyOrgRow {
  return {
    name: body.name,
    kind: body.kind,
    parentId: body.parentId ?? null,
    divisionCode: body.divisionCode,
    unitId: body.unitId ?? null,
    teamId: body.teamId ?? null,
    establishedOn: body.establishedOn ?? null,
    note: body.note ?? null,
  };
}

export async function createPartyOrg(ctx: Ctx, body: PartyOrgBody): Promise<PartyOrgDetail> {
  requirePermission(ctx.principal, 'party_orgs.manage');
  const id = await ctx.db.transaction(async (tx) => {
    await checkOrgBody(ctx, tx, body, null);
    const created = await repo.insertPartyOrg(tx, valuesOf(body));
    await recordAudit(tx, ctx.actor, { action: 'party_orgs.create', entityType: 'party_org', entityId: created.id, divisionCode: created.divisionCode, after: created });
    return created.id;
  });
  return getPartyOrg(ctx, id);
}

export async function updatePartyOrg(ctx: Ctx, partyOrgId: string, body: PartyOrgBody): Promise<PartyOrgDetail> {
  requirePermission(ctx.principal, 'party_orgs.manage');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findPartyOrg(tx, visibleTo(ctx), partyOrgId);
    if (!before) throw commonErrors.NOT_FOUND();
    if (!mayManagePartyOrgAt(ctx.principal, before)) throw commonErrors.FORBIDDEN();
    await checkOrgBody(ctx, tx, body, before);
    const after = await repo.updatePartyOrg(tx, partyOrgId, valuesOf(body));
    const { childCount: _c, memberCount: _m, ...beforeRow } = before;
    await recordAudit(tx, ctx.actor, { action: 'party_orgs.update', entityType: 'party_org', entityId: partyOrgId, divisionCode: after.divisionCode, before: beforeRow, after });
  });
  return getPartyOrg(ctx, partyOrgId);
}
