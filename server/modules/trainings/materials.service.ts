import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { divisionPrefix } from '../../platform/access/scope.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import {
  materialKindLabels,
  type MaterialIssueBody,
  type MaterialIssueResult,
  type MaterialItem,
  type MaterialList,
  type MaterialListQuery,
  type MaterialSummary,
} from '../../../contracts/trainings.ts';
import { findActiveMembers, findTeamInScope } from '../teams/index.ts';
import * as repo from './materials.repository.ts';
import { trainingErrors } from './trainings.errors.ts';
import { mayOrganizeIn } from './trainings.policy.ts';
import { checkDateRange, planIssue } from './trainings.rules.ts';
import { failOn } from './trainings.service.ts';

export function presentMaterials(rows: repo.MaterialListRow[]): MaterialItem[] {
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

export async function listMaterials(ctx: Ctx, query: MaterialListQuery): Promise<MaterialList> {
  requirePermission(ctx.principal, 'trainings.read');
  failOn(checkDateRange(query.from, query.to));
  const result = await repo.listMaterials(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  const totals = await repo.totalsPerKind(ctx.db, ctx.principal.scope, query);
  return { items: presentMaterials(result.items), total: result.total, totals };
}

/** Pieces issued per kind in a region, beside the teams and members in post there (what a full issue is). */
export async function materialSummary(ctx: Ctx, divisionCode: string | undefined): Promise<MaterialSummary> {
  requirePermission(ctx.principal, 'trainings.read');
  const region = divisionCode ?? ctx.principal.scope.divisionCode;
  const totals = await repo.totalsPerKind(ctx.db, ctx.principal.scope, divisionCode ? { divisionCode } : {});
  const active = await repo.activeCounts(ctx.db, ctx.principal.scope, divisionCode ? divisionPrefix(divisionCode) : null);
  return { divisionCode: region, totals, activeTeams: active.teams, activeMembers: active.members };
}

/**
 * Issues plates, cards, diaries or handbooks to a team (domain.md §2): a plate to the team, the
 * others to each member in post who has none yet, or to one chosen member.
 */
export async function issueMaterials(ctx: Ctx, body: MaterialIssueBody): Promise<MaterialIssueResult> {
  requirePermission(ctx.principal, 'trainings.manage');
  return ctx.db.transaction(async (tx) => {
    await repo.lockTeam(tx, body.teamId);
    const team = await findTeamInScope(tx, ctx.principal.scope, body.teamId);
    if (!team) throw commonErrors.NOT_FOUND();
    if (!mayOrganizeIn(ctx.principal, team.divisionCode)) throw commonErrors.FORBIDDEN();
    if (team.status === 'ended') throw trainingErrors.MATERIAL_TEAM_ENDED();
    const members = await findActiveMembers(tx, team.id);
    const holders = await repo.holdersOf(tx, team.id, body.kind);
    const plan = planIssue(body.kind, {
      cadreId: body.cadreId,
      activeMemberIds: members.map((m) => m.cadreId),
      holderIds: holders.flatMap((h) => (h ? [h] : [])),
      teamHasPlate: body.kind === 'plate' && holders.length > 0,
    });
    if (plan.kind === 'error') {
      switch (plan.error) {
        case 'plate_with_member':
          throw commonErrors.VALIDATION_FAILED([{ path: 'cadreId', message: '纪律提醒牌按工作队发放，不发给个人' }]);
        case 'not_a_member':
          throw commonErrors.VALIDATION_FAILED([{ path: 'cadreId', message: '该干部不是本队在队队员' }]);
        case 'plate_issued':
          throw trainingErrors.MATERIAL_PLATE_ISSUED();
        case 'all_issued':
          throw trainingErrors.MATERIAL_ALL_ISSUED(undefined, { kind: materialKindLabels[body.kind].zh });
        case 'no_members':
          throw trainingErrors.MATERIAL_NO_MEMBERS();
      }
    }
    const common = { kind: body.kind, teamId: team.id, divisionCode: team.divisionCode, quantity: body.quantity, issuedOn: body.issuedOn, note: body.note?.trim() ? body.note : null };
    const rows = await repo.insertMaterials(tx, plan.kind === 'team' ? [{ ...common, cadreId: null }] : plan.cadreIds.map((cadreId) => ({ ...common, cadreId })));
    await recordAudit(tx, ctx.actor, {
      action: 'trainings.materials.issue',
      entityType: 'team',
      entityId: team.id,
      divisionCode: team.divisionCode,
      after: { ...common, cadreIds: rows.flatMap((r) => (r.cadreId ? [r.cadreId] : [])), rows: rows.length },
    });
    return { issued: rows.length, skipped: plan.kind === 'members' ? plan.skipped : 0 };
  });
}
