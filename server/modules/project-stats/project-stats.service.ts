import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, divisionPrefix, type Scope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import type { ProjectStats, ProjectStatsRow, ProjectUnitStats, ProjectUnitStatsQuery, ProjectStatsQuery } from '../../../contracts/project-stats.ts';
import { childRegions, countByChild, type StatsArea } from './project-stats.repository.ts';
import { projectFacts, projectOutputsOf, projectVillagesOf, unitFunds, unitLinks, unitNames, type UnitArea } from './project-stats-units.repository.ts';
import { childPrefixLength, figuresOf, pathCodes, totalOf } from './project-stats.rules.ts';
import { unitRows } from './project-stats-units.rules.ts';

const COUNTRY = '全国';

/**
 * The region asked for, or the caller's own. A regional account stays within its region (outside: 404);
 * a national account, and a unit's account (which sees its own projects wherever they are), may take
 * any region, the whole country (null) by default.
 */
async function regionOf(ctx: Ctx, asked: string | undefined): Promise<{ code: string | null; name: string }> {
  const scope = ctx.principal.scope;
  const code = scope.divisionPrefix ? (asked ?? scope.divisionCode) : (asked ?? null);
  if (code === null) return { code: null, name: COUNTRY };
  if (scope.divisionPrefix && !codeInScope(scope, code)) throw commonErrors.NOT_FOUND();
  const region = await findDivision(ctx.db, code);
  if (!region) throw commonErrors.NOT_FOUND();
  return { code, name: region.name };
}

async function pathOf(ctx: Ctx, scope: Scope, prefix: string | null) {
  const codes = prefix === null ? [] : pathCodes(scope.divisionPrefix, prefix);
  const names = await divisionNames(ctx.db, codes);
  return [...(scope.divisionPrefix ? [] : [{ code: '', name: COUNTRY }]), ...codes.map((c) => ({ code: c, name: names.get(c) ?? c }))];
}

/**
 * Projects, funds, outputs and the social resources of a region: one row per child region
 * (county → townships …), drillable one level down, and the total the rows add up to.
 */
export async function getProjectStats(ctx: Ctx, query: ProjectStatsQuery): Promise<ProjectStats> {
  requirePermission(ctx.principal, 'project-stats.read');
  const scope = ctx.principal.scope;
  const { code, name } = await regionOf(ctx, query.divisionCode);
  const prefix = code === null ? null : divisionPrefix(code);
  const childLength = childPrefixLength(prefix?.length ?? null);
  const area: StatsArea = { scope, prefix, keyLength: childLength ?? 12 };

  const grouped = await countByChild(ctx.db, area);
  const children = childLength === null ? [{ code: code!, name }] : await childRegions(ctx.db, code);
  const childKeys = new Set(children.map((c) => c.code.slice(0, area.keyLength)));
  const ownKey = code?.slice(0, area.keyLength);
  // Records under a child the divisions table has not loaded still count, named by their code.
  const strays = [...grouped.keys()].filter((k) => !childKeys.has(k) && k !== ownKey).map((k) => k.padEnd(12, '0'));
  const strayNames = await divisionNames(ctx.db, strays);

  const rows: ProjectStatsRow[] = [];
  if (ownKey !== undefined && childLength !== null && grouped.has(ownKey)) {
    rows.push({ divisionCode: code!, name: `${name}（本级）`, own: true, drillable: false, ...figuresOf(grouped.get(ownKey)) });
  }
  const listed = [...children, ...strays.map((c) => ({ code: c, name: strayNames.get(c) ?? c }))].sort((a, b) => a.code.localeCompare(b.code));
  for (const child of listed) {
    const figures = figuresOf(grouped.get(child.code.slice(0, area.keyLength)));
    rows.push({ divisionCode: child.code, name: child.name, own: false, drillable: childLength !== null && childLength < 12, ...figures });
  }

  return { divisionCode: code, name, path: await pathOf(ctx, scope, prefix), rows, total: totalOf(rows) };
}

/**
 * The same region by backing unit: the projects each unit proposed or funds, their villages, money,
 * outputs and beneficiaries. A unit's own account sees its own unit and no other.
 */
export async function getProjectUnitStats(ctx: Ctx, query: ProjectUnitStatsQuery): Promise<ProjectUnitStats> {
  requirePermission(ctx.principal, 'project-stats.read');
  const scope = ctx.principal.scope;
  if (scope.unitId && query.unitId && query.unitId !== scope.unitId) throw commonErrors.NOT_FOUND();
  const unitId = scope.unitId ?? query.unitId ?? null;
  const { code, name } = await regionOf(ctx, query.divisionCode);
  const area: UnitArea = { scope, prefix: code === null ? null : divisionPrefix(code), unitId };

  const links = await unitLinks(ctx.db, area);
  const facts = await projectFacts(ctx.db, area);
  const villages = await projectVillagesOf(ctx.db, area);
  const outputs = await projectOutputsOf(ctx.db, area);
  const funds = await unitFunds(ctx.db, area);
  const names = await unitNames(ctx.db, [...new Set([...links.map((l) => l.unitId), ...(unitId ? [unitId] : [])])]);
  if (unitId && !names.has(unitId)) throw commonErrors.NOT_FOUND();

  return { divisionCode: code, name, rows: unitRows({ links, facts, villages, outputs, funds, names, always: unitId ? [unitId] : [] }) };
}
