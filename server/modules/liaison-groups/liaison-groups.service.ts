import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { LiaisonGroupBody, LiaisonGroupDetail, LiaisonGroupListQuery, LiaisonGroupView } from '../../../contracts/liaison-groups.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import { findMeetingInScope } from '../meetings/index.ts';
import * as repo from './liaison-groups.repository.ts';
import { liaisonGroupErrors } from './liaison-groups.errors.ts';
import { mayWriteGroup } from './liaison-groups.policy.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

/** Whether a group still stands is judged by the Beijing calendar, the one its dates are written in. */
export function liaisonToday(at = new Date()): string {
  return beijingDay(at);
}

export async function presentGroups(executor: Executor, rows: repo.LiaisonGroupListRow[]): Promise<LiaisonGroupView[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.group.divisionCode))]);
  return rows.map(({ group, memberCount, leaderTeamName }) => ({
    id: group.id,
    divisionCode: group.divisionCode,
    regionName: names.get(group.divisionCode) ?? null,
    kind: group.kind,
    name: group.name,
    platform: group.platform,
    establishedOn: group.establishedOn,
    dissolvedOn: group.dissolvedOn,
    memberCount,
    leaderTeamName,
    createdAt: group.createdAt.toISOString(),
  }));
}

export async function listLiaisonGroups(ctx: Ctx, query: LiaisonGroupListQuery): Promise<ListResult<LiaisonGroupView>> {
  requirePermission(ctx.principal, 'liaison_groups.read');
  const { scope } = ctx.principal;
  const today = liaisonToday();
  const rows = await repo.readGroups(ctx.db, scope, query, today, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentGroups(ctx.db, rows), total: await repo.countGroups(ctx.db, scope, query, today) };
}

export async function getLiaisonGroup(ctx: Ctx, id: string): Promise<LiaisonGroupDetail> {
  requirePermission(ctx.principal, 'liaison_groups.read');
  return detailOf(ctx, id);
}

async function detailOf(ctx: Ctx, id: string): Promise<LiaisonGroupDetail> {
  const { scope } = ctx.principal;
  const row = await repo.findGroup(ctx.db, scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentGroups(ctx.db, [row]);
  const members = await repo.membersOfGroups(ctx.db, [id]);
  const villages = await divisionNames(ctx.db, [...new Set(members.map((m) => m.divisionCode))]);
  // A meeting the caller may not read is left out rather than refusing the group.
  const meeting = row.group.meetingId ? ((await findMeetingInScope(ctx.db, scope, row.group.meetingId)) ?? null) : null;
  const writable = mayWriteGroup(ctx.principal, row.group.divisionCode);
  return {
    ...view!,
    purpose: row.group.purpose,
    meeting,
    members: members.map((m) => ({
      teamId: m.teamId,
      teamName: m.teamName,
      divisionCode: m.divisionCode,
      villageName: villages.get(m.divisionCode) ?? null,
      role: m.role,
      contactCadreId: m.contactCadreId,
      contactName: m.contactName,
    })),
    abilities: { update: writable, delete: writable },
  };
}

type Checked = { values: Omit<repo.NewLiaisonGroupRow, 'id'>; members: Omit<repo.NewLiaisonMemberRow, 'groupId'>[] };

/**
 * Everything the body's shape cannot tell: the region is the caller's to run, the meeting is one he
 * sees, each team serves a village in the region and each contact serves in that team now.
 */
async function checkBody(ctx: Ctx, tx: Executor, body: LiaisonGroupBody, fallbackRegion: string | null): Promise<Checked> {
  const { scope } = ctx.principal;
  const errors: FieldError[] = [];
  const divisionCode = body.divisionCode ?? fallbackRegion;
  let region: string | null = null;
  if (!divisionCode) errors.push({ path: 'divisionCode', message: '请选择所属区域' });
  else if (!codeInScope(scope, divisionCode) || !(await findDivision(tx, divisionCode))) errors.push({ path: 'divisionCode', message: '所属区域不在您的管辖范围内' });
  else region = divisionCode;
  if (body.meetingId && !(await findMeetingInScope(tx, scope, body.meetingId))) errors.push({ path: 'meetingId', message: '会议不存在或不在您的管辖范围内' });
  const members: Checked['members'] = [];
  if (region) {
    const inRegion = await repo.teamsInRegion(tx, body.members.map((m) => m.teamId), region);
    const withContact = body.members.flatMap((m) => (m.contactCadreId ? [{ teamId: m.teamId, cadreId: m.contactCadreId }] : []));
    const serving = await repo.activeServing(tx, withContact);
    body.members.forEach((m, index) => {
      const teamDivision = inRegion.get(m.teamId);
      if (!teamDivision) {
        errors.push({ path: `members.${index}.teamId`, message: '该工作队不存在或所驻村不在小组所属区域内' });
        return;
      }
      if (m.contactCadreId && !serving.has(`${m.teamId}:${m.contactCadreId}`)) {
        errors.push({ path: `members.${index}.contactCadreId`, message: '联络人须为该工作队的在岗队员' });
      }
      members.push({ teamId: m.teamId, divisionCode: teamDivision, role: m.role, contactCadreId: m.contactCadreId ?? null });
    });
  }
  if (errors.length > 0 || !region) throw liaisonGroupErrors.LIAISON_GROUP_INVALID(errors);
  return {
    values: {
      divisionCode: region,
      kind: body.kind,
      name: body.name,
      platform: body.platform ?? null,
      purpose: body.purpose ?? null,
      establishedOn: body.establishedOn,
      dissolvedOn: body.dissolvedOn ?? null,
      meetingId: body.meetingId ?? null,
    },
    members,
  };
}

async function auditedMembers(tx: Executor, id: string) {
  return (await repo.membersOfGroups(tx, [id])).map((m) => ({ teamId: m.teamId, role: m.role, contactCadreId: m.contactCadreId }));
}

export async function createLiaisonGroup(ctx: Ctx, body: LiaisonGroupBody): Promise<LiaisonGroupDetail> {
  requirePermission(ctx.principal, 'liaison_groups.write');
  const id = await ctx.db.transaction(async (tx) => {
    const checked = await checkBody(ctx, tx, body, ctx.principal.scope.divisionCode);
    const row = await repo.insertGroup(tx, { ...checked.values, createdBy: ctx.principal.accountId });
    await repo.replaceMembers(tx, row.id, checked.members.map((m) => ({ ...m, groupId: row.id })));
    const after = { ...row, members: await auditedMembers(tx, row.id) };
    await recordAudit(tx, ctx.actor, { action: 'liaison_groups.create', entityType: 'liaison_group', entityId: row.id, divisionCode: row.divisionCode, after });
    return row.id;
  });
  return detailOf(ctx, id);
}

/** A group the caller sees but whose region is not his (a county looking at the city's group) is refused. */
async function writableGroup(ctx: Ctx, tx: Executor, id: string): Promise<repo.LiaisonGroupRow> {
  const group = await repo.lockGroup(tx, ctx.principal.scope, id);
  if (!group) throw commonErrors.NOT_FOUND();
  if (!mayWriteGroup(ctx.principal, group.divisionCode)) throw commonErrors.FORBIDDEN();
  return group;
}

export async function updateLiaisonGroup(ctx: Ctx, id: string, body: LiaisonGroupBody): Promise<LiaisonGroupDetail> {
  requirePermission(ctx.principal, 'liaison_groups.write');
  await ctx.db.transaction(async (tx) => {
    const group = await writableGroup(ctx, tx, id);
    const before = { ...group, members: await auditedMembers(tx, id) };
    const checked = await checkBody(ctx, tx, body, group.divisionCode);
    const row = await repo.updateGroup(tx, id, checked.values);
    await repo.replaceMembers(tx, id, checked.members.map((m) => ({ ...m, groupId: id })));
    const after = { ...row, members: await auditedMembers(tx, id) };
    await recordAudit(tx, ctx.actor, { action: 'liaison_groups.update', entityType: 'liaison_group', entityId: id, divisionCode: row.divisionCode, before, after });
  });
  return detailOf(ctx, id);
}

export async function deleteLiaisonGroup(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'liaison_groups.write');
  await ctx.db.transaction(async (tx) => {
    const group = await writableGroup(ctx, tx, id);
    const before = { ...group, members: await auditedMembers(tx, id) };
    await repo.deleteGroup(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'liaison_groups.delete', entityType: 'liaison_group', entityId: id, divisionCode: group.divisionCode, before });
  });
}
