import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { MeetingBody, MeetingDetail, MeetingListQuery, MeetingView } from '../../../contracts/meetings.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import { groupsOfMeeting } from '../liaison-groups/index.ts';
import * as repo from './meetings.repository.ts';
import { meetingErrors } from './meetings.errors.ts';
import { mayWriteMeeting } from './meetings.policy.ts';
import { heldOnProblems, meetingToday, teamProblems } from './meetings.rules.ts';

export async function presentMeetings(executor: Executor, rows: repo.MeetingListRow[]): Promise<MeetingView[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.meeting.divisionCode))]);
  return rows.map(({ meeting: m, teamCount, outcomeCount }) => ({
    id: m.id,
    divisionCode: m.divisionCode,
    regionName: names.get(m.divisionCode) ?? null,
    kind: m.kind,
    title: m.title,
    heldOn: m.heldOn,
    place: m.place,
    host: m.host,
    teamCount,
    attendeeCount: m.attendeeCount,
    outcomeCount,
    createdAt: m.createdAt.toISOString(),
  }));
}

export async function listMeetings(ctx: Ctx, query: MeetingListQuery): Promise<ListResult<MeetingView>> {
  requirePermission(ctx.principal, 'meetings.read');
  const scope = ctx.principal.scope;
  const rows = await repo.readMeetings(ctx.db, scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentMeetings(ctx.db, rows), total: await repo.countMeetings(ctx.db, scope, query) };
}

export async function getMeeting(ctx: Ctx, id: string): Promise<MeetingDetail> {
  requirePermission(ctx.principal, 'meetings.read');
  return detailOf(ctx, id);
}

async function detailOf(ctx: Ctx, id: string): Promise<MeetingDetail> {
  const row = await repo.findMeeting(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentMeetings(ctx.db, [row]);
  const attended = await repo.teamsOfMeeting(ctx.db, id);
  const villages = await divisionNames(ctx.db, [...new Set(attended.map((t) => t.divisionCode))]);
  const writable = mayWriteMeeting(ctx.principal, row.meeting.divisionCode);
  return {
    ...view!,
    organizer: row.meeting.organizer,
    agenda: row.meeting.agenda,
    summary: row.meeting.summary,
    outcomes: row.meeting.outcomes,
    teams: attended.map((t) => ({ teamId: t.teamId, teamName: t.teamName, divisionCode: t.divisionCode, villageName: villages.get(t.divisionCode) ?? null })),
    groups: await groupsOfMeeting(ctx.db, id),
    createdByName: row.createdByName,
    abilities: { update: writable, delete: writable },
  };
}

type Checked = { divisionCode: string; teams: { teamId: string; divisionCode: string }[] };

/**
 * The region (the recorder's own unless named, never beyond his scope), the date and the attending
 * teams, all checked before anything is written so a refused record leaves nothing behind.
 */
async function checkBody(ctx: Ctx, tx: Executor, body: MeetingBody, fallbackRegion: string | null): Promise<Checked> {
  const { scope } = ctx.principal;
  const problems: FieldError[] = [...heldOnProblems(body.heldOn, meetingToday())];
  const code = body.divisionCode ?? fallbackRegion;
  const regionOk = !!code && codeInScope(scope, code) && !!(await findDivision(tx, code));
  if (!code) problems.push({ path: 'divisionCode', message: '请选择会议所属区域' });
  else if (!regionOk) problems.push({ path: 'divisionCode', message: '会议所属区域不在您的管辖范围内' });
  const found = new Map((await repo.teamsInScope(tx, scope, body.teamIds)).map((t) => [t.id, t.divisionCode]));
  if (regionOk) problems.push(...teamProblems(body.teamIds, found, code, scope));
  if (problems.length > 0) throw meetingErrors.MEETING_INVALID(problems);
  return { divisionCode: code!, teams: body.teamIds.map((teamId) => ({ teamId, divisionCode: found.get(teamId)! })) };
}

function valuesOf(body: MeetingBody, divisionCode: string) {
  return {
    divisionCode,
    kind: body.kind,
    title: body.title,
    heldOn: body.heldOn,
    place: body.place ?? null,
    organizer: body.organizer ?? null,
    host: body.host ?? null,
    attendeeCount: body.attendeeCount ?? null,
    agenda: body.agenda,
    summary: body.summary ?? null,
    outcomes: body.outcomes,
  };
}

export async function createMeeting(ctx: Ctx, body: MeetingBody): Promise<MeetingDetail> {
  requirePermission(ctx.principal, 'meetings.write');
  const id = await ctx.db.transaction(async (tx) => {
    const checked = await checkBody(ctx, tx, body, ctx.principal.scope.divisionCode);
    const row = await repo.insertMeeting(tx, { ...valuesOf(body, checked.divisionCode), createdBy: ctx.principal.accountId });
    await repo.replaceMeetingTeams(tx, row.id, checked.teams);
    const after = { ...row, teamIds: checked.teams.map((t) => t.teamId) };
    await recordAudit(tx, ctx.actor, { action: 'meetings.create', entityType: 'meeting', entityId: row.id, divisionCode: row.divisionCode, after });
    return row.id;
  });
  return detailOf(ctx, id);
}

/** A meeting the caller cannot see is not there (404); one he sees through a team but does not own is refused (403). */
async function ownedMeeting(ctx: Ctx, tx: Executor, id: string): Promise<repo.MeetingRow & { teamIds: string[] }> {
  const meeting = await repo.lockMeeting(tx, ctx.principal.scope, id);
  if (!meeting) throw commonErrors.NOT_FOUND();
  if (!mayWriteMeeting(ctx.principal, meeting.divisionCode)) throw commonErrors.FORBIDDEN();
  return { ...meeting, teamIds: (await repo.teamsOfMeeting(tx, id)).map((t) => t.teamId) };
}

export async function updateMeeting(ctx: Ctx, id: string, body: MeetingBody): Promise<MeetingDetail> {
  requirePermission(ctx.principal, 'meetings.write');
  await ctx.db.transaction(async (tx) => {
    const before = await ownedMeeting(ctx, tx, id);
    const checked = await checkBody(ctx, tx, body, before.divisionCode);
    const row = await repo.updateMeeting(tx, id, valuesOf(body, checked.divisionCode));
    await repo.replaceMeetingTeams(tx, id, checked.teams);
    const after = { ...row, teamIds: checked.teams.map((t) => t.teamId) };
    await recordAudit(tx, ctx.actor, { action: 'meetings.update', entityType: 'meeting', entityId: id, divisionCode: row.divisionCode, before, after });
  });
  return detailOf(ctx, id);
}

export async function deleteMeeting(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'meetings.write');
  await ctx.db.transaction(async (tx) => {
    const before = await ownedMeeting(ctx, tx, id);
    // The group's record of where it was founded would point at nothing.
    if ((await groupsOfMeeting(tx, id)).length > 0) throw meetingErrors.MEETING_SET_UP_GROUPS();
    await repo.deleteMeeting(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'meetings.delete', entityType: 'meeting', entityId: id, divisionCode: before.divisionCode, before });
  });
}
