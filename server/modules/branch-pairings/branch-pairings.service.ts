import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { BranchCandidate, BranchCandidateQuery, PairingBody, PairingDetail, PairingEndBody, PairingListQuery, PairingUpdateBody, PairingView } from '../../../contracts/branch-pairings.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import * as repo from './branch-pairings.repository.ts';
import { pairingErrors } from './branch-pairings.errors.ts';
import { mayKeepPairing, mayRecordRedFlag } from './branch-pairings.policy.ts';
import { presentPairings } from './branch-pairings.present.ts';
import { endProblems, isVillageCode, nextRedFlagStep, pairingToday, startProblems } from './branch-pairings.rules.ts';

export function visibleTo(ctx: Ctx) {
  return repo.pairingScopeCondition(ctx.principal.scope, ctx.principal.cadreId);
}

function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw pairingErrors.PAIRING_INVALID(problems);
}

export async function listPairings(ctx: Ctx, query: PairingListQuery): Promise<ListResult<PairingView>> {
  requirePermission(ctx.principal, 'branch_pairings.read');
  const visible = visibleTo(ctx);
  const rows = await repo.readPairings(ctx.db, visible, query, { limit: query.pageSize, offset: offsetOf(query) });
  const total = await repo.countPairings(ctx.db, visible, query);
  return { items: await presentPairings(ctx.db, rows), total };
}

/** A visible pairing, locked, with whether the caller leads either branch; 404 when out of reach. */
export async function pairingInReach(ctx: Ctx, tx: Executor, id: string): Promise<{ pairing: repo.PairingRow; led: boolean }> {
  const pairing = await repo.lockPairing(tx, visibleTo(ctx), id);
  if (!pairing) throw commonErrors.NOT_FOUND();
  const led = await repo.leadsEither(tx, ctx.principal.cadreId, [pairing.organBranchId, pairing.villageBranchId]);
  return { pairing, led };
}

export async function getPairing(ctx: Ctx, id: string): Promise<PairingDetail> {
  requirePermission(ctx.principal, 'branch_pairings.read');
  const row = await repo.findPairing(ctx.db, visibleTo(ctx), id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentPairings(ctx.db, [row]);
  const redFlag = await repo.listRedFlag(ctx.db, id);
  const led = await repo.leadsEither(ctx.db, ctx.principal.cadreId, [row.pairing.organBranchId, row.pairing.villageBranchId]);
  const next = nextRedFlagStep(redFlag.map((r) => r.step));
  const keeps = mayKeepPairing(ctx.principal, row.pairing, led);
  return {
    ...view!,
    redFlag: redFlag.map((r) => ({ step: r.step, reachedOn: r.reachedOn, note: r.note, recordedByName: r.recordedByName, recordedAt: r.createdAt.toISOString() })),
    nextRedFlagStep: next,
    abilities: {
      update: keeps,
      end: keeps && !row.pairing.endedOn,
      recordActivity: keeps,
      recordRedFlag: next !== null && mayRecordRedFlag(ctx.principal, next, row.pairing, led),
    },
  };
}

/** The organ branch is a unit's branch; the village branch sits in a village. */
async function checkBranches(tx: Executor, body: PairingBody): Promise<{ organ: repo.PartyOrgRow; village: repo.PartyOrgRow }> {
  const problems: FieldError[] = [];
  const organ = await repo.findPartyOrg(tx, body.organBranchId);
  if (!organ || organ.kind !== 'branch' || !organ.unitId) problems.push({ path: 'organBranchId', message: '请选择一个单位的机关党支部' });
  const village = await repo.findPartyOrg(tx, body.villageBranchId);
  if (!village || village.kind !== 'branch' || !isVillageCode(village.divisionCode) || !(await findDivision(tx, village.divisionCode))) {
    problems.push({ path: 'villageBranchId', message: '请选择设在村里的党支部' });
  }
  if (organ && village && organ.id === village.id) problems.push({ path: 'villageBranchId', message: '不能与本支部结对' });
  problems.push(...startProblems(body.startedOn, null, pairingToday()));
  failOn(problems);
  return { organ: organ!, village: village! };
}

export async function createPairing(ctx: Ctx, body: PairingBody): Promise<PairingDetail> {
  requirePermission(ctx.principal, 'branch_pairings.write');
  const id = await ctx.db.transaction(async (tx) => {
    const { organ, village } = await checkBranches(tx, body);
    const place = { unitId: organ.unitId, divisionCode: village.divisionCode };
    const led = await repo.leadsEither(tx, ctx.principal.cadreId, [organ.id, village.id]);
    if (!mayKeepPairing(ctx.principal, place, led)) throw commonErrors.FORBIDDEN();
    if (await repo.findLivePairing(tx, organ.id, village.id)) throw pairingErrors.PAIRING_EXISTS([{ path: 'villageBranchId', message: '这两个党支部已在结对共建中' }]);
    const row = await insertOnce(tx, {
      organBranchId: organ.id,
      villageBranchId: village.id,
      unitId: organ.unitId,
      divisionCode: village.divisionCode,
      startedOn: body.startedOn,
      goals: body.goals ?? null,
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'branch_pairings.create', entityType: 'branch_pairing', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getPairing(ctx, id);
}

/** Two requests for the same pair may both pass the check above; the live-pair index stops the second. */
async function insertOnce(tx: Executor, values: repo.NewPairingRow): Promise<repo.PairingRow> {
  try {
    return await repo.insertPairing(tx, values);
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw pairingErrors.PAIRING_EXISTS([{ path: 'villageBranchId', message: '这两个党支部已在结对共建中' }]);
    throw error;
  }
}

export async function updatePairing(ctx: Ctx, id: string, body: PairingUpdateBody): Promise<PairingDetail> {
  requirePermission(ctx.principal, 'branch_pairings.write');
  await ctx.db.transaction(async (tx) => {
    const { pairing, led } = await pairingInReach(ctx, tx, id);
    if (!mayKeepPairing(ctx.principal, pairing, led)) throw commonErrors.FORBIDDEN();
    const span = await repo.recordedSpan(tx, id);
    const problems = startProblems(body.startedOn, span.earliest, pairingToday());
    if (problems.length === 0 && pairing.endedOn && body.startedOn > pairing.endedOn) problems.push({ path: 'startedOn', message: `不能晚于结束日期 ${pairing.endedOn}` });
    failOn(problems);
    const after = await repo.updatePairing(tx, id, { startedOn: body.startedOn, goals: body.goals ?? null });
    await recordAudit(tx, ctx.actor, { action: 'branch_pairings.update', entityType: 'branch_pairing', entityId: id, divisionCode: after.divisionCode, before: pairing, after });
  });
  return getPairing(ctx, id);
}

export async function endPairing(ctx: Ctx, id: string, body: PairingEndBody): Promise<PairingDetail> {
  requirePermission(ctx.principal, 'branch_pairings.write');
  await ctx.db.transaction(async (tx) => {
    const { pairing, led } = await pairingInReach(ctx, tx, id);
    if (!mayKeepPairing(ctx.principal, pairing, led)) throw commonErrors.FORBIDDEN();
    if (pairing.endedOn) throw pairingErrors.PAIRING_ENDED(undefined, { endedOn: pairing.endedOn });
    const span = await repo.recordedSpan(tx, id);
    failOn(endProblems(body.endedOn, pairing, span.latest, pairingToday()));
    const after = await repo.updatePairing(tx, id, { endedOn: body.endedOn });
    await recordAudit(tx, ctx.actor, { action: 'branch_pairings.end', entityType: 'branch_pairing', entityId: id, divisionCode: after.divisionCode, before: pairing, after });
  });
  return getPairing(ctx, id);
}

export async function branchCandidates(ctx: Ctx, query: BranchCandidateQuery): Promise<ListResult<BranchCandidate>> {
  requirePermission(ctx.principal, 'branch_pairings.write');
  const rows = await repo.searchBranches(ctx.db, ctx.principal.scope, query.side, query.q, 20);
  const names = await divisionNames(ctx.db, [...new Set(rows.map((r) => r.divisionCode))]);
  return { items: rows.map((r) => ({ ...r, placeName: names.get(r.divisionCode) ?? null })), total: rows.length };
}
