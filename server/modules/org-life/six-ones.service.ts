import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import {
  branchReportKinds,
  orgLifeKinds,
  sixOnesItems,
  type BranchReportList,
  type BranchReportView,
  type FrequencyList,
  type FrequencyPutBody,
  type ReportBody,
  type ReportQuery,
  type SixOnesItemView,
  type SixOnesSummary,
  type SixOnesView,
} from '../../../contracts/org-life.ts';
import * as repo from './org-life.repository.ts';
import { orgLifeErrors } from './org-life.errors.ts';
import { mayConfigure } from './org-life.policy.ts';
import { mayWrite, visibleOrg } from './org-life.service.ts';
import { addDays, reportPeriodOf, type Period } from './org-life.calendar.ts';
import { computeSixOnes, effectiveFrequencies, lastPeriodShortfalls, lifeEnd, orgLifeToday, type Frequency } from './org-life.rules.ts';

/** The 六个一 of one branch for a year, as of a day (today, or the end of a report's period). */
export async function sixOnesOf(executor: Executor, org: repo.OrgRow, year: number, today: string): Promise<SixOnesItemView[]> {
  const life = { establishedOn: org.establishedOn, dissolvedOn: org.dissolvedOn };
  // ISO weeks reach a few days into the neighbouring years.
  const records = await repo.recordsBetween(executor, [org.id], `${year - 1}-12-25`, `${year + 1}-01-07`);
  const members = await repo.membersOn(executor, org.id, lifeEnd(life, today));
  const partyMembers = members.map((m) => ({ cadreId: m.cadreId, name: m.name }));
  const teamCadres = await repo.teamCadresInYear(executor, org, year);
  return computeSixOnes({
    year,
    today,
    life,
    records: records.filter((r) => r.heldOn <= today),
    partyMembers,
    withGarden: await repo.cadresWithGarden(executor, partyMembers.map((m) => m.cadreId)),
    teamCadres,
    withHousehold: await repo.cadresWithHousehold(executor, teamCadres.map((c) => c.cadreId)),
  });
}

export async function getSixOnes(ctx: Ctx, orgId: string, year: number | undefined): Promise<SixOnesView> {
  requirePermission(ctx.principal, 'org_life.read');
  const org = await visibleOrg(ctx, ctx.db, orgId);
  const today = orgLifeToday();
  const y = year ?? Number(today.slice(0, 4));
  const writer = await mayWrite(ctx, ctx.db, org);
  return {
    partyOrgId: org.id,
    partyOrgName: org.name,
    year: y,
    from: org.establishedOn,
    to: org.dissolvedOn,
    items: await sixOnesOf(ctx.db, org, y, today),
    abilities: { write: writer, configure: mayConfigure(ctx.principal, org), issue: writer },
  };
}

/** Every temporary branch in reach with how many of its six items stand complete; the caller's own branches first. */
export async function sixOnesSummary(ctx: Ctx, year: number | undefined): Promise<SixOnesSummary> {
  requirePermission(ctx.principal, 'org_life.read');
  const today = orgLifeToday();
  const y = year ?? Number(today.slice(0, 4));
  const orgs = await repo.branchesInScope(ctx.db, ctx.principal.scope, ctx.principal.cadreId);
  const led = new Set(ctx.principal.cadreId ? (await repo.branchesLedBy(ctx.db, ctx.principal.cadreId)).map((r) => r.org.id) : []);
  const items = [];
  for (const org of orgs.slice(0, 200)) {
    const six = await sixOnesOf(ctx.db, org, y, today);
    items.push({
      partyOrgId: org.id,
      partyOrgName: org.name,
      divisionCode: org.divisionCode,
      status: org.status,
      ledByMe: led.has(org.id),
      okItems: six.filter((i) => i.ok).length,
      percent: Math.round(six.reduce((sum, i) => sum + i.percent, 0) / six.length),
    });
  }
  items.sort((a, b) => Number(b.ledByMe) - Number(a.ledByMe));
  return { year: y, items };
}

async function frequenciesFor(executor: Executor, orgId: string) {
  return effectiveFrequencies((await repo.frequenciesOf(executor, orgId)) as Frequency[]);
}

export async function getFrequencies(ctx: Ctx, orgId: string): Promise<FrequencyList> {
  requirePermission(ctx.principal, 'org_life.read');
  const org = await visibleOrg(ctx, ctx.db, orgId);
  return { partyOrgId: org.id, items: await frequenciesFor(ctx.db, org.id), abilities: { configure: mayConfigure(ctx.principal, org) } };
}

export async function putFrequencies(ctx: Ctx, orgId: string, body: FrequencyPutBody): Promise<FrequencyList> {
  requirePermission(ctx.principal, 'org_life.read');
  const seen = new Set<string>();
  const problems = body.items.flatMap((item, i) => {
    const dup = seen.has(item.kind);
    seen.add(item.kind);
    return dup ? [{ path: `items.${i}.kind`, message: `${orgLifeKinds.labels[item.kind].zh}重复设置` }] : [];
  });
  await ctx.db.transaction(async (tx) => {
    const org = await visibleOrg(ctx, tx, orgId);
    if (!mayConfigure(ctx.principal, org)) throw commonErrors.FORBIDDEN();
    if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
    const before = await repo.frequenciesOf(tx, org.id);
    await repo.replaceFrequencies(tx, org.id, body.items, ctx.principal.accountId);
    await recordAudit(tx, ctx.actor, { action: 'org_life.configure', entityType: 'party_org', entityId: org.id, divisionCode: org.divisionCode, before, after: body.items });
  });
  return getFrequencies(ctx, orgId);
}

function periodOf(query: ReportQuery): Period {
  const period = reportPeriodOf(query.period);
  const weekly = query.period.includes('W');
  if (!period || weekly !== (query.kind === 'weekly_notice')) throw orgLifeErrors.REPORT_PERIOD_INVALID([{ path: 'period', message: '周报期间如 2026-W49，月报期间如 2026-12' }]);
  return period;
}

async function composeReport(executor: Executor, org: repo.OrgRow, query: ReportQuery, today: string): Promise<ReportBody> {
  const period = periodOf(query);
  const asOf = period.end < today ? period.end : today;
  const records = await repo.recordsBetween(executor, [org.id], period.start, period.end);
  const members = await repo.membersOn(executor, org.id, asOf);
  const attended = records.reduce((sum, r) => sum + r.attendeeIds.length, 0);
  const expected = records.reduce((sum, r) => sum + r.attendeeIds.length + r.absentees.length, 0);
  const sixOnes = await sixOnesOf(executor, org, Number(asOf.slice(0, 4)), asOf);
  const frequencies = await frequenciesFor(executor, org.id);
  const history = await repo.recordsBetween(executor, [org.id], addDays(asOf, -400), asOf);
  const shortfalls = lastPeriodShortfalls(frequencies, history, { establishedOn: org.establishedOn, dissolvedOn: org.dissolvedOn }, addDays(asOf, 1));
  const missing = [
    ...shortfalls.map((s) => s.title),
    ...sixOnes.filter((i) => !i.ok && i.missing.length > 0).map((i) => `${sixOnesItems.labels[i.item].zh}：${i.missing.slice(0, 10).join('、')}`),
  ];
  return {
    partyOrgName: org.name,
    kind: query.kind,
    period: period.label,
    from: period.start,
    to: period.end,
    records: records.map((r) => ({ id: r.id, kind: r.kind, heldOn: r.heldOn, topic: r.topic, attended: r.attendeeIds.length, absent: r.absentees.length })),
    memberCount: members.length,
    attendanceRate: expected === 0 ? 0 : Math.round((attended / expected) * 100),
    sixOnes,
    missing,
  };
}

export async function previewReport(ctx: Ctx, orgId: string, query: ReportQuery): Promise<BranchReportView> {
  requirePermission(ctx.principal, 'org_life.read');
  const org = await visibleOrg(ctx, ctx.db, orgId);
  const body = await composeReport(ctx.db, org, query, orgLifeToday());
  return { id: null, partyOrgId: org.id, kind: query.kind, period: body.period, issuedAt: null, issuedBy: null, body };
}

export async function listReports(ctx: Ctx, orgId: string): Promise<BranchReportList> {
  requirePermission(ctx.principal, 'org_life.read');
  const org = await visibleOrg(ctx, ctx.db, orgId);
  const rows = await repo.reportsOf(ctx.db, org.id);
  return { items: rows.map((r) => ({ id: r.id, partyOrgId: r.partyOrgId, kind: r.kind, period: r.period, issuedAt: r.issuedAt.toISOString(), issuedBy: r.issuedBy })) };
}

export async function getReport(ctx: Ctx, orgId: string, reportId: string): Promise<BranchReportView> {
  requirePermission(ctx.principal, 'org_life.read');
  const org = await visibleOrg(ctx, ctx.db, orgId);
  const row = await repo.findReport(ctx.db, org.id, reportId);
  if (!row) throw commonErrors.NOT_FOUND();
  return { id: row.id, partyOrgId: row.partyOrgId, kind: row.kind, period: row.period, issuedAt: row.issuedAt.toISOString(), issuedBy: row.issuedBy, body: row.body as ReportBody };
}

/** Issue a report once per period: the body is kept as it stood, later records do not change it. */
export async function issueReport(ctx: Ctx, orgId: string, query: ReportQuery): Promise<BranchReportView> {
  requirePermission(ctx.principal, 'org_life.read');
  const today = orgLifeToday();
  const id = await ctx.db.transaction(async (tx) => {
    const org = await visibleOrg(ctx, tx, orgId);
    if (!(await mayWrite(ctx, tx, org))) throw commonErrors.FORBIDDEN();
    const period = periodOf(query);
    if (period.start > today) throw orgLifeErrors.REPORT_PERIOD_FUTURE([{ path: 'period', message: '该期间尚未开始' }]);
    const kindName = branchReportKinds.labels[query.kind].zh;
    const issued = () => orgLifeErrors.REPORT_ISSUED([{ path: 'period', message: `${period.label} 的${kindName}已经发出` }], { period: period.label, kind: kindName });
    if (await repo.reportIssued(tx, org.id, query.kind, period.label)) throw issued();
    const body = await composeReport(tx, org, query, today);
    const row = await repo.insertReport(tx, { partyOrgId: org.id, divisionCode: org.divisionCode, kind: query.kind, period: period.label, body, issuedBy: ctx.principal.accountId });
    if (!row) throw issued();
    await recordAudit(tx, ctx.actor, { action: 'org_life.issue_report', entityType: 'branch_report', entityId: row.id, divisionCode: org.divisionCode, after: { kind: row.kind, period: row.period } });
    return row.id;
  });
  return getReport(ctx, orgId, id);
}
