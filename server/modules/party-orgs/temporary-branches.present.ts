import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { findWorkflow, presentWorkflow } from '../../platform/workflow/workflow.ts';
import type { BranchMemberView, OfficerRole, TemporaryBranchDetail, TemporaryBranchView } from '../../../contracts/temporary-branches.ts';
import { officerRoles } from '../../../contracts/temporary-branches.ts';
import { divisionNames } from '../divisions/index.ts';
import { findCadresByIds } from '../cadres/index.ts';
import * as repo from './party-orgs.repository.ts';
import * as branches from './temporary-branches.repository.ts';
import { temporaryBranchWorkflow } from './temporary-branches.workflow.ts';
import { mayDissolveBranch, mayKeepBranch } from './temporary-branches.policy.ts';
import { formalCount } from './temporary-branches.rules.ts';

export async function presentBranches(ctx: Ctx, rows: branches.BranchRow[]): Promise<TemporaryBranchView[]> {
  const names = await divisionNames(ctx.db, rows.map((r) => r.divisionCode));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    status: row.status,
    approvalLevel: row.approvalLevel,
    divisionCode: row.divisionCode,
    divisionName: names.get(row.divisionCode) ?? null,
    establishedOn: row.establishedOn,
    electedOn: row.electedOn,
    dissolvedOn: row.dissolvedOn,
    dissolvedReason: row.dissolvedReason,
    note: row.note,
    memberCount: row.memberCount,
    createdAt: row.createdAt.toISOString(),
  }));
}

const isOfficer = (role: string): role is OfficerRole => (officerRoles as readonly string[]).includes(role);

export async function presentBranchDetail(ctx: Ctx, row: branches.BranchRow, executor: Executor = ctx.db): Promise<TemporaryBranchDetail> {
  const [[view], teams, memberships, instance] = await Promise.all([
    presentBranches(ctx, [row]),
    branches.teamsOfBranch(executor, row.id),
    repo.listMembers(executor, row.id),
    findWorkflow(executor, temporaryBranchWorkflow.kind, row.id),
  ]);
  const cadreIds = memberships.map((m) => m.cadreId);
  const [cadreRows, formalOrgs] = await Promise.all([findCadresByIds(executor, cadreIds), branches.formalOrgsOf(executor, cadreIds)]);
  const cadres = new Map(cadreRows.map((c) => [c.id, c]));
  const members: BranchMemberView[] = memberships.map((m) => ({
    membershipId: m.id,
    cadreId: m.cadreId,
    name: cadres.get(m.cadreId)?.name ?? '',
    partyStatus: cadres.get(m.cadreId)?.partyStatus ?? 'none',
    role: m.role,
    joinedOn: m.joinedOn,
    leftOn: m.leftOn,
    formalOrg: formalOrgs.get(m.cadreId) ?? null,
  }));
  const current = members.filter((m) => !m.leftOn);
  const requester = instance?.applicantAccountId === ctx.principal.accountId;
  const secretary = !!ctx.principal.cadreId && current.some((m) => m.cadreId === ctx.principal.cadreId && m.role === 'secretary');
  const open = row.status === 'proposed' || row.status === 'active';
  const keeps = open && mayKeepBranch(ctx.principal, row, { requester, secretary });
  return {
    ...view!,
    teams,
    members,
    formalCount: formalCount(current.map((m) => m.partyStatus)),
    election: {
      electedOn: row.electedOn,
      officers: current.flatMap((m) => (isOfficer(m.role) ? [{ cadreId: m.cadreId, name: m.name, role: m.role }] : [])),
    },
    workflow: instance ? await presentWorkflow(executor, ctx.principal, ctx.locale, temporaryBranchWorkflow, instance) : null,
    abilities: { manageMembers: keeps, elect: keeps, dissolve: row.status === 'active' && mayDissolveBranch(ctx.principal, row) },
  };
}
