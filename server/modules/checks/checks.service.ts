import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, divisionPrefix } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { offsetOf, inChunks } from '../../platform/db/paging.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import type {
  CheckCode,
  CheckFinding,
  CheckFindings,
  CheckFindingsExportQuery,
  CheckFindingsQuery,
  CheckInfo,
  CheckRegionRow,
  ChecksOverview,
  ChecksQuery,
} from '../../../contracts/checks.ts';
import { checkCatalog, findCheck, type CheckRun } from './checks.catalog.ts';
import { childRegions, countFindings, countFindingsOf, listFindings, type CheckArea, type FindingRow } from './checks.repository.ts';
import { describeFinding } from './checks.present.ts';
import { birthRangeForAges, bornByForAge, childPrefixLength, oldestPlausibleAge, pathCodes, schoolAge, todayInBeijing } from './checks.rules.ts';

function checkRunFor(runOn: string, incomeLine: number): CheckRun {
  return {
    runOn,
    year: Number(runOn.slice(0, 4)),
    incomeLine,
    schoolAgeBirths: birthRangeForAges(runOn, schoolAge.min, schoolAge.max),
    oldestBornBy: bornByForAge(runOn, oldestPlausibleAge + 1),
  };
}

type Region = { code: string; name: string; prefix: string; area: CheckArea };

/** The region asked for (default the caller's own); it must exist and lie in the caller's scope, or 404. */
async function regionOf(ctx: Ctx, divisionCode: string | undefined): Promise<Region> {
  requirePermission(ctx.principal, 'checks.read');
  const scope = ctx.principal.scope;
  const code = divisionCode ?? scope.divisionCode;
  if (!code || !codeInScope(scope, code)) throw commonErrors.NOT_FOUND();
  const region = await findDivision(ctx.db, code);
  if (!region) throw commonErrors.NOT_FOUND();
  const prefix = divisionPrefix(code);
  const run = checkRunFor(todayInBeijing(), ctx.deps.config.households.incomeLine);
  return { code, name: region.name, prefix, area: { scope, prefix, run } };
}

const info = (code: CheckCode): CheckInfo => {
  const check = findCheck(code);
  return { code: check.code, label: check.label, explanation: check.explanation };
};

/** Every check run live over the region, with its count in total and per child region (one level down). */
export async function getChecksOverview(ctx: Ctx, query: ChecksQuery): Promise<ChecksOverview> {
  const region = await regionOf(ctx, query.divisionCode);
  const childLength = childPrefixLength(region.prefix.length);
  const keyLength = childLength ?? 12;
  const counted = await countFindings(ctx.db, region.area, keyLength);

  const children = childLength === null ? [{ code: region.code, name: region.name }] : await childRegions(ctx.db, region.code);
  const childKeys = new Set(children.map((c) => c.code.slice(0, keyLength)));
  const ownKey = region.code.slice(0, keyLength);
  // Households under a child the divisions table has not loaded still count, named by their code.
  const strays = [...new Set(counted.map((c) => c.key))].filter((k) => !childKeys.has(k) && k !== ownKey).map((k) => k.padEnd(12, '0'));
  const strayNames = await divisionNames(ctx.db, strays);

  const countsOf = (key: string) => {
    const counts: Record<string, number> = Object.fromEntries(checkCatalog.map((c) => [c.code, 0]));
    for (const c of counted) if (c.key === key) counts[c.code] = c.count;
    return counts;
  };
  const rowOf = (code: string, name: string, own: boolean): CheckRegionRow => {
    const counts = countsOf(code.slice(0, keyLength));
    return { divisionCode: code, name, own, drillable: !own && childLength !== null && childLength < 12, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  };

  const rows: CheckRegionRow[] = [];
  if (childLength !== null && counted.some((c) => c.key === ownKey)) rows.push(rowOf(region.code, `${region.name}（本级）`, true));
  const listed = [...children, ...strays.map((c) => ({ code: c, name: strayNames.get(c) ?? c }))].sort((a, b) => a.code.localeCompare(b.code));
  for (const child of listed) rows.push(rowOf(child.code, child.name, false));

  const checks = checkCatalog.map((c) => ({ ...info(c.code), total: counted.filter((n) => n.code === c.code).reduce((a, n) => a + n.count, 0) }));
  const codes = pathCodes(ctx.principal.scope.divisionPrefix, region.prefix);
  const names = await divisionNames(ctx.db, codes);
  return {
    divisionCode: region.code,
    name: region.name,
    runOn: region.area.run.runOn,
    path: codes.map((c) => ({ code: c, name: names.get(c) ?? c })),
    checks,
    rows,
    total: checks.reduce((a, c) => a + c.total, 0),
  };
}

export async function presentFindings(ctx: Ctx, code: CheckCode, runOn: string, rows: FindingRow[]): Promise<CheckFinding[]> {
  const villages = await divisionNames(ctx.db, [...new Set(rows.map((r) => r.divisionCode))]);
  return rows.map(({ facts, ...row }) => ({
    ...row,
    villageName: villages.get(row.divisionCode) ?? row.divisionCode,
    finding: describeFinding(code, facts, runOn, ctx.locale),
  }));
}

/** One check's offending households in the region, a page at a time. */
export async function getCheckFindings(ctx: Ctx, code: CheckCode, query: CheckFindingsQuery): Promise<CheckFindings> {
  const region = await regionOf(ctx, query.divisionCode);
  const total = await countFindingsOf(ctx.db, code, region.area);
  const rows = await listFindings(ctx.db, code, region.area, { limit: query.pageSize, offset: offsetOf(query) });
  return {
    check: info(code),
    divisionCode: region.code,
    name: region.name,
    runOn: region.area.run.runOn,
    items: await presentFindings(ctx, code, region.area.run.runOn, rows),
    total,
  };
}

/** The findings of a check for an export: the region, its name and the rows a chunk at a time. */
export async function findingsForExport(ctx: Ctx, code: CheckCode, query: CheckFindingsExportQuery) {
  const region = await regionOf(ctx, query.divisionCode);
  return {
    region: { code: region.code, name: region.name, runOn: region.area.run.runOn },
    chunks: inChunks((window) => listFindings(ctx.db, code, region.area, window)),
  };
}
