import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { TeamMemberBody, TeamMemberPatch, TeamView } from '../../../contracts/teams.ts';
import { setCadrePosting } from '../cadres/index.ts';
import * as repo from './teams.repository.ts';
import { teamErrors } from './teams.errors.ts';
import { checkJoinedOn, checkLeftOn, checkMemberChange, isLeaderRole, type MemberChange } from './teams.rules.ts';
import { checkCadresFree, checkCadresInScope, failOn, guardCadreTaken } from './teams.checks.ts';
import { getTeam, teamForUpdate } from './teams.service.ts';

function memberAudit(member: repo.TeamMemberRow) {
  return { id: member.id, teamId: member.teamId, cadreId: member.cadreId, role: member.role, joinedOn: member.joinedOn, leftOn: member.leftOn };
}

/** A cadre joins a team in post: he is then posted to its main village (his region follows him). */
export async function addTeamMember(ctx: Ctx, teamId: string, body: TeamMemberBody): Promise<TeamView> {
  requirePermission(ctx.principal, 'teams.manage');
  await ctx.db.transaction(async (tx) => {
    const team = await teamForUpdate(ctx, tx, teamId);
    if (team.status === 'ended') throw teamErrors.TEAM_ENDED();
    await checkCadresInScope(tx, ctx.principal, [body.cadreId], () => 'cadreId');
    await checkCadresFree(tx, [body.cadreId], () => 'cadreId');
    const active = await repo.membersOf(tx, teamId, { activeOnly: true });
    failOn([...checkJoinedOn('joinedOn', body.joinedOn, team), ...checkMemberChange(active, { kind: 'join', role: body.role })]);
    const [member] = await guardCadreTaken(() =>
      repo.insertMembers(tx, [{ teamId, cadreId: body.cadreId, role: body.role, joinedOn: body.joinedOn, divisionCode: team.divisionCode }]),
    );
    await setCadrePosting(tx, body.cadreId, team.divisionCode);
    await recordAudit(tx, ctx.actor, {
      action: 'teams.members.add',
      entityType: 'team_member',
      entityId: member!.id,
      divisionCode: team.divisionCode,
      after: memberAudit(member!),
    });
  });
  return getTeam(ctx, teamId);
}

/**
 * A member's role changes, or he leaves (离队). Making someone leader while another leads
 * hands over in one step, the former leader taking `formerLeaderRole`.
 */
export async function changeTeamMember(ctx: Ctx, teamId: string, memberId: string, body: TeamMemberPatch): Promise<TeamView> {
  requirePermission(ctx.principal, 'teams.manage');
  if (!body.role && !body.leftOn) throw commonErrors.VALIDATION_FAILED([{ path: 'role', message: '请选择新的队内职务或填写离队日期' }]);
  await ctx.db.transaction(async (tx) => {
    const team = await teamForUpdate(ctx, tx, teamId);
    if (team.status === 'ended') throw teamErrors.TEAM_ENDED();
    const member = await repo.findMember(tx, teamId, memberId);
    if (!member) throw commonErrors.NOT_FOUND();
    if (member.leftOn) throw teamErrors.TEAM_MEMBER_LEFT();
    const active = await repo.membersOf(tx, teamId, { activeOnly: true });
    const change: MemberChange = body.leftOn
      ? { kind: 'leave', memberId }
      : { kind: 'role', memberId, role: body.role!, formerLeaderRole: body.formerLeaderRole };
    failOn([...(body.leftOn ? checkLeftOn(body.leftOn, member.joinedOn) : []), ...checkMemberChange(active, change)]);
    if (change.kind === 'role' && change.formerLeaderRole && isLeaderRole(change.role)) {
      const formerLeader = active.find((m) => m.id !== memberId && isLeaderRole(m.role));
      if (formerLeader) {
        // The former leader steps down first: one leader at a time is also a database constraint.
        const stepped = await repo.updateMember(tx, formerLeader.id, { role: change.formerLeaderRole });
        await recordAudit(tx, ctx.actor, {
          action: 'teams.members.update',
          entityType: 'team_member',
          entityId: formerLeader.id,
          divisionCode: team.divisionCode,
          before: memberAudit(formerLeader),
          after: memberAudit(stepped),
        });
      }
    }
    // Leaving takes precedence: the role he held is kept as the record of what he did.
    const after = await repo.updateMember(tx, memberId, body.leftOn ? { leftOn: body.leftOn } : { role: body.role! });
    if (body.leftOn) await setCadrePosting(tx, member.cadreId, null);
    await recordAudit(tx, ctx.actor, {
      action: body.leftOn ? 'teams.members.leave' : 'teams.members.update',
      entityType: 'team_member',
      entityId: memberId,
      divisionCode: team.divisionCode,
      before: memberAudit(member),
      after: memberAudit(after),
    });
  });
  return getTeam(ctx, teamId);
}
