import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { divisionPrefix } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import type { JobView } from '../../../contracts/common.ts';
import type {
  DivisionChildrenQuery,
  DivisionDetail,
  DivisionNode,
  DivisionSearchItem,
  DivisionSearchQuery,
  LocalVillageBody,
  VillageProfileBody,
  VillageProfileView,
} from '../../../contracts/divisions.ts';
import * as repo from './divisions.repository.ts';
import { ensureAreaLoaded } from './divisions.loader.ts';
import { ancestorCodes, depthOfLevel, joinPath, nextLocalVillageCode, searchModeOf, shortNameOf } from './divisions.rules.ts';
import { mayCreateVillageIn, mayEditProfile, relationOf, scopePrefixOf } from './divisions.policy.ts';
import { divisionErrors } from './divisions.errors.ts';

export function presentNode(row: repo.DivisionRow): DivisionNode {
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parentCode, hasChildren: row.childCount > 0, source: row.source };
}

export function presentProfile(row: repo.VillageProfileRow | undefined): VillageProfileView | null {
  if (!row) return null;
  return {
    population: row.population,
    households: row.households,
    poorHouseholds: row.poorHouseholds,
    collectiveIncome: row.collectiveIncome,
    mainIndustries: row.mainIndustries,
    infrastructureGaps: row.infrastructureGaps,
    latitude: row.latitude,
    longitude: row.longitude,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** '省/市/县/镇/村' for each code, from one query over all their ancestors. */
export async function divisionPaths(executor: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes.filter(Boolean))];
  const wanted = new Set<string>();
  for (const code of unique) {
    wanted.add(code);
    for (const ancestor of ancestorCodes(code)) wanted.add(ancestor);
  }
  const rows = new Map((await repo.findDivisionsByCodes(executor, [...wanted])).map((row) => [row.code, row]));
  const out = new Map<string, string>();
  for (const code of unique) {
    if (!rows.has(code)) continue;
    const chain = [...ancestorCodes(code), code].map((c) => rows.get(c)).filter((row): row is repo.DivisionRow => row !== undefined);
    out.set(code, joinPath(chain));
  }
  return out;
}

/** Opening a county outside the seeds fills in its townships and villages first. */
async function loadIfNeeded(ctx: Ctx, row: repo.DivisionRow): Promise<void> {
  if (!row.childrenLoaded && row.childCount > 0) await ensureAreaLoaded(ctx.deps.db, row.code);
}

/**
 * The children of a division as far as the caller may see: inside its scope all of them; on
 * the chain above its scope only the one leading down to it, never a sibling region.
 */
export async function listDivisionChildren(ctx: Ctx, query: DivisionChildrenQuery): Promise<ListResult<DivisionNode>> {
  requirePermission(ctx.principal, 'divisions.read');
  if (!query.parent) {
    const scopeCode = ctx.principal.scope.divisionCode;
    if (scopePrefixOf(ctx.principal) === null || !scopeCode) {
      const provinces = await repo.listProvinces(ctx.db);
      return { items: provinces.map(presentNode), total: provinces.length };
    }
    const own = await findVisibleDivision(ctx, scopeCode);
    return { items: [presentNode(own)], total: 1 };
  }
  const relation = relationOf(ctx.principal, query.parent);
  if (relation === 'outside') throw commonErrors.NOT_FOUND();
  const [parent] = await repo.findDivisionsByCodes(ctx.db, [query.parent]);
  if (!parent) throw commonErrors.NOT_FOUND();
  await loadIfNeeded(ctx, parent);
  const children = (await repo.listChildren(ctx.db, parent.code)).filter((row) => relation === 'inside' || relationOf(ctx.principal, row.code) !== 'outside');
  return { items: children.map(presentNode), total: children.length };
}

export async function searchDivisions(ctx: Ctx, query: DivisionSearchQuery): Promise<ListResult<DivisionSearchItem>> {
  requirePermission(ctx.principal, 'divisions.read');
  let prefix = scopePrefixOf(ctx.principal);
  if (query.within) {
    const relation = relationOf(ctx.principal, query.within);
    if (relation === 'outside') throw commonErrors.NOT_FOUND();
    // `within` above the scope would widen it; the scope stays the limit.
    if (relation === 'inside') prefix = divisionPrefix(query.within);
  }
  const result = await repo.searchDivisions(ctx.db, { match: searchModeOf(query.q), level: query.level, prefix }, query);
  const paths = await divisionPaths(ctx.db, result.items.map((row) => row.code));
  return {
    items: result.items.map((row) => ({ code: row.code, name: row.name, level: row.level, path: paths.get(row.code) ?? row.name })),
    total: result.total,
  };
}

export async function presentDetail(ctx: Ctx, executor: Executor, row: repo.DivisionRow): Promise<DivisionDetail> {
  const ancestors = (await repo.findDivisionsByCodes(executor, ancestorCodes(row.code))).sort((a, b) => a.depth - b.depth);
  const profile = row.level === 'village' ? presentProfile(await repo.findVillageProfile(executor, row.code)) : null;
  return {
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    level: row.level,
    parentCode: row.parentCode,
    source: row.source,
    hasChildren: row.childCount > 0,
    childCount: row.childCount,
    path: joinPath([...ancestors, row]),
    ancestors: ancestors.map((a) => ({ code: a.code, name: a.name, level: a.level })),
    profile,
    abilities: { editProfile: mayEditProfile(ctx.principal, row), createVillage: mayCreateVillageIn(ctx.principal, row) },
  };
}

/** A division in the caller's subtree or on the chain above it; anything else is not found. */
// Runs on the main handle, never inside a transaction: loading a county opens its own.
export async function findVisibleDivision(ctx: Ctx, code: string): Promise<repo.DivisionRow> {
  if (relationOf(ctx.principal, code) === 'outside') throw commonErrors.NOT_FOUND();
  let [row] = await repo.findDivisionsByCodes(ctx.db, [code]);
  if (!row && code.length === 12) {
    // A township or village of a county not opened yet: load the county, then look again.
    if (await ensureAreaLoaded(ctx.deps.db, code)) [row] = await repo.findDivisionsByCodes(ctx.db, [code]);
  }
  if (!row) throw commonErrors.NOT_FOUND();
  return row;
}

export async function getDivision(ctx: Ctx, code: string): Promise<DivisionDetail> {
  requirePermission(ctx.principal, 'divisions.read');
  const row = await findVisibleDivision(ctx, code);
  return presentDetail(ctx, ctx.db, row);
}

export async function updateVillageProfile(ctx: Ctx, code: string, body: VillageProfileBody): Promise<DivisionDetail> {
  requirePermission(ctx.principal, 'divisions.profile');
  const village = await findVisibleDivision(ctx, code);
  if (village.level !== 'village') throw divisionErrors.DIVISION_NOT_VILLAGE([{ path: 'code', message: '只有村才有村情，请选择一个村' }]);
  if (!mayEditProfile(ctx.principal, village)) throw commonErrors.NOT_FOUND();
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findVillageProfile(tx, code);
    const after = await repo.upsertVillageProfile(tx, { divisionCode: code, ...body });
    await recordAudit(tx, ctx.actor, { action: 'divisions.profile.update', entityType: 'village_profile', entityId: code, divisionCode: code, before: before ?? null, after });
    return presentDetail(ctx, tx, village);
  });
}

/**
 * Adds a village the national list no longer carries (seed [004]: 英明村, 北岸村, 楼门村 merged in
 * the 2020 reform) under a township, numbered from 901 upward. The caller has authorized; the
 * demo loader calls it directly.
 */
export async function createLocalVillage(executor: Executor, actor: AuditActor, input: LocalVillageBody): Promise<repo.DivisionRow> {
  const [township] = await repo.findDivisionsByCodes(executor, [input.townshipCode]);
  if (!township || township.level !== 'township') {
    throw divisionErrors.DIVISION_NOT_TOWNSHIP([{ path: 'townshipCode', message: '请选择村所在的乡镇（街道）' }]);
  }
  await repo.lockDivision(executor, township.code);
  const shortName = shortNameOf(input.name, 'village');
  if (await repo.findVillageByName(executor, township.code, input.name, shortName)) {
    throw divisionErrors.DIVISION_VILLAGE_NAME_TAKEN([{ path: 'name', message: '该乡镇已有同名的村' }]);
  }
  const code = nextLocalVillageCode(township.code, await repo.findVillageCodesInTownship(executor, township.code));
  if (!code) throw divisionErrors.DIVISION_TOWNSHIP_FULL([{ path: 'townshipCode', message: '该乡镇的本地村代码已用完' }]);
  const row = await repo.insertDivision(executor, {
    code,
    parentCode: township.code,
    level: 'village',
    depth: depthOfLevel.village,
    name: input.name,
    shortName,
    ...pinyinOf(input.name),
    source: 'local',
    childrenLoaded: true,
    childCount: 0,
  });
  await repo.incrementChildCount(executor, township.code);
  await recordAudit(executor, actor, { action: 'divisions.create-village', entityType: 'division', entityId: code, divisionCode: code, after: row });
  return row;
}

export async function addLocalVillage(ctx: Ctx, body: LocalVillageBody): Promise<DivisionDetail> {
  requirePermission(ctx.principal, 'divisions.manage');
  const township = await findVisibleDivision(ctx, body.townshipCode);
  if (township.level !== 'township') throw divisionErrors.DIVISION_NOT_TOWNSHIP([{ path: 'townshipCode', message: '请选择村所在的乡镇（街道）' }]);
  if (!mayCreateVillageIn(ctx.principal, township)) throw commonErrors.NOT_FOUND();
  return ctx.db.transaction(async (tx) => presentDetail(ctx, tx, await createLocalVillage(tx, ctx.actor, body)));
}

export const loadAllJobKind = 'divisions.load-all';

/** Queues the national load; the caller follows it through GET /api/jobs/:id. */
export async function startLoadAll(ctx: Ctx): Promise<JobView> {
  requirePermission(ctx.principal, 'divisions.load');
  const job = await ctx.deps.jobs.enqueue(loadAllJobKind, {}, { accountId: ctx.principal.accountId });
  await ctx.db.transaction(async (tx) => {
    await recordAudit(tx, ctx.actor, { action: 'divisions.load-all', entityType: 'job', entityId: job.id });
  });
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progressDone: job.progressDone,
    progressTotal: job.progressTotal,
    result: job.result ?? null,
    error: job.error ?? null,
  };
}
