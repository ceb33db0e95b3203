import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import type { BranchMember, OrgLifeBody, OrgLifeList, OrgLifeListQuery, OrgLifePutBody, OrgLifeView } from '../../../contracts/org-life.ts';
import * as repo from './org-life.repository.ts';
import { orgLifeErrors } from './org-life.errors.ts';
import { mayWriteRecords } from './org-life.policy.ts';
import { presentPhoto, presentRecords } from './org-life.present.ts';
import { listFiles } from '../../platform/files/files.ts';
import { ORG_LIFE_PHOTO_OWNER } from './org-life.repository.ts';
import { orgLifeToday, recordProblems } from './org-life.rules.ts';

/** The organization if the caller may see it; 404 otherwise, so its existence is not given away. */
export async function visibleOrg(ctx: Ctx, executor: Executor, orgId: string): Promise<repo.OrgRow> {
  const org = await repo.findOrg(executor, ctx.principal.scope, ctx.principal.cadreId, orgId);
  if (!org) throw commonErrors.NOT_FOUND();
  return org;
}

export async function mayWrite(ctx: Ctx, executor: Executor, org: repo.OrgRow): Promise<boolean> {
  const onCommittee = ctx.principal.cadreId ? await repo.sitsOnCommittee(executor, org.id, ctx.principal.cadreId) : false;
  return mayWriteRecords(ctx.principal, org, onCommittee);
}

export async function listRecords(ctx: Ctx, query: OrgLifeListQuery): Promise<OrgLifeList> {
  requirePermission(ctx.principal, 'org_life.read');
  const result = await repo.listRecords(ctx.db, ctx.principal.scope, ctx.principal.cadreId, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: result.items.map(presentRecords), total: result.total };
}

export async function getRecord(ctx: Ctx, id: string): Promise<OrgLifeView> {
  requirePermission(ctx.principal, 'org_life.read');
  const row = await repo.findRecord(ctx.db, ctx.principal.scope, ctx.principal.cadreId, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const org = await visibleOrg(ctx, ctx.db, row.partyOrgId);
  const writer = await mayWrite(ctx, ctx.db, org);
  const names = new Map((await repo.cadreNames(ctx.db, [...row.attendeeIds, ...row.absentees.map((a) => a.cadreId)])).map((c) => [c.id, c.name]));
  return {
    ...presentRecords(row),
    content: row.content,
    attendees: row.attendeeIds.map((cadreId) => ({ cadreId, name: names.get(cadreId) ?? '' })),
    absentees: row.absentees.map((a) => ({ cadreId: a.cadreId, name: names.get(a.cadreId) ?? '', reason: a.reason, madeUpOn: a.madeUpOn ?? null, madeUpNote: a.madeUpNote ?? null })),
    photos: (await listFiles(ctx.db, ORG_LIFE_PHOTO_OWNER, [row.id])).map(presentPhoto),
    abilities: { update: writer, delete: writer },
  };
}

export async function branchMembers(ctx: Ctx, orgId: string, on: string | undefined): Promise<{ items: BranchMember[] }> {
  requirePermission(ctx.principal, 'org_life.read');
  await visibleOrg(ctx, ctx.db, orgId);
  return { items: await repo.membersOn(ctx.db, orgId, on ?? orgLifeToday()) };
}

type Fields = OrgLifePutBody;

async function checkedValues(ctx: Ctx, executor: Executor, org: repo.OrgRow, body: Fields) {
  if (org.status !== 'active' && org.status !== 'dissolved') throw orgLifeErrors.NOT_A_BRANCH([{ path: 'partyOrgId', message: '该党支部尚未批准' }]);
  const members = new Set((await repo.membersOn(executor, org.id, body.heldOn)).map((m) => m.cadreId));
  const problems = recordProblems(body, members, orgLifeToday(), org.establishedOn);
  if (org.dissolvedOn && body.heldOn > org.dissolvedOn) problems.push({ path: 'heldOn', message: `支部已于 ${org.dissolvedOn} 撤销` });
  if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
  return {
    kind: body.kind,
    heldOn: body.heldOn,
    topic: body.topic,
    content: body.content ?? null,
    place: body.place ?? null,
    tasks: [...new Set(body.tasks)],
    attendeeIds: body.attendeeIds,
    absentees: body.absentees.map((a) => ({ cadreId: a.cadreId, reason: a.reason, madeUpOn: a.madeUpOn ?? null, madeUpNote: a.madeUpNote ?? null })),
  };
}

export async function writableOrg(ctx: Ctx, executor: Executor, orgId: string): Promise<repo.OrgRow> {
  requirePermission(ctx.principal, 'org_life.read');
  const org = await visibleOrg(ctx, executor, orgId);
  if (!(await mayWrite(ctx, executor, org))) throw commonErrors.FORBIDDEN();
  return org;
}

export async function createRecord(ctx: Ctx, body: OrgLifeBody): Promise<OrgLifeView> {
  const id = await ctx.db.transaction(async (tx) => {
    const org = await writableOrg(ctx, tx, body.partyOrgId);
    const values = await checkedValues(ctx, tx, org, body);
    const row = await repo.insertRecord(tx, { ...values, partyOrgId: org.id, divisionCode: org.divisionCode, recordedBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'org_life.create', entityType: 'org_life_record', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getRecord(ctx, id);
}

export async function updateRecord(ctx: Ctx, id: string, body: OrgLifePutBody): Promise<OrgLifeView> {
  requirePermission(ctx.principal, 'org_life.read');
  const found = await repo.findRecord(ctx.db, ctx.principal.scope, ctx.principal.cadreId, id);
  if (!found) throw commonErrors.NOT_FOUND();
  await ctx.db.transaction(async (tx) => {
    const org = await writableOrg(ctx, tx, found.partyOrgId);
    const before = await repo.lockRecord(tx, id);
    if (!before) throw commonErrors.NOT_FOUND();
    const values = await checkedValues(ctx, tx, org, body);
    const after = await repo.updateRecord(tx, id, values);
    await recordAudit(tx, ctx.actor, { action: 'org_life.update', entityType: 'org_life_record', entityId: id, divisionCode: after.divisionCode, before, after });
  });
  return getRecord(ctx, id);
}

export async function deleteRecord(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.principal, 'org_life.read');
  const found = await repo.findRecord(ctx.db, ctx.principal.scope, ctx.principal.cadreId, id);
  if (!found) throw commonErrors.NOT_FOUND();
  await ctx.db.transaction(async (tx) => {
    await writableOrg(ctx, tx, found.partyOrgId);
    const before = await repo.lockRecord(tx, id);
    if (!before) throw commonErrors.NOT_FOUND();
    await repo.deleteRecord(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'org_life.delete', entityType: 'org_life_record', entityId: id, divisionCode: before.divisionCode, before });
  });
}
