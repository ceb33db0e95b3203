import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, divisionPrefix } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { ContributionItem, ContributionListQuery, EnterpriseSummary, EnterpriseSummaryQuery, SummaryFigures } from '../../../contracts/enterprises.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import * as repo from './contributions.repository.ts';
import { findEnterpriseInScope } from './enterprises.repository.ts';
import { presentContributions } from './enterprises.present.ts';
import { childPrefixLength, todayInBeijing } from './enterprises.rules.ts';

export async function listContributions(ctx: Ctx, query: ContributionListQuery): Promise<ListResult<ContributionItem>> {
  requirePermission(ctx.principal, 'enterprises.read');
  const result = await repo.listContributions(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentContributions(ctx.db, result.items), total: result.total };
}

/** One enterprise's contributions, as far as the caller sees them (its own villages, or all where it keeps the enterprise). */
export async function listEnterpriseContributions(ctx: Ctx, enterpriseId: string, query: ContributionListQuery): Promise<ListResult<ContributionItem>> {
  requirePermission(ctx.principal, 'enterprises.read');
  if (!(await findEnterpriseInScope(ctx.db, ctx.principal.scope, enterpriseId))) throw commonErrors.NOT_FOUND();
  return listContributions(ctx, { ...query, enterpriseId });
}

function figuresOf(found: repo.GroupedFigures | undefined): SummaryFigures {
  return {
    enterprises: found?.enterprises ?? 0,
    villages: found?.villages ?? 0,
    moneyAndGoods: found?.moneyAndGoods ?? '0.00',
    purchases: found?.purchases ?? '0.00',
    jobs: found?.jobs ?? 0,
  };
}

/**
 * 村企连心 in a region, one row per child region (city → counties → townships → villages): enterprises
 * and villages paired now, money and goods given, purchases from the villages and jobs. The region must
 * lie in the caller's scope; without one, the caller's own region.
 */
export async function enterpriseSummary(ctx: Ctx, query: EnterpriseSummaryQuery): Promise<EnterpriseSummary> {
  requirePermission(ctx.principal, 'enterprises.read');
  const scope = ctx.principal.scope;
  const code = query.divisionCode ?? scope.divisionCode;
  if (!code || !codeInScope(scope, code)) throw commonErrors.NOT_FOUND();
  const region = await findDivision(ctx.db, code);
  if (!region) throw commonErrors.NOT_FOUND();
  const prefix = divisionPrefix(code);
  const childLength = childPrefixLength(prefix.length);
  const keyLength = childLength ?? 12;
  const year = query.year ?? null;
  const today = todayInBeijing();

  const grouped = await repo.figuresByKey(ctx.db, prefix, keyLength, year, today);
  const whole = await repo.figuresByKey(ctx.db, prefix, 0, year, today);
  const children = childLength === null ? [{ code, name: region.name }] : await repo.childRegions(ctx.db, code);
  const known = new Set(children.map((c) => c.code.slice(0, keyLength)));
  // Villages under a child the divisions table has not loaded still count, named by their code.
  const strays = [...grouped.keys()].filter((k) => !known.has(k)).map((k) => k.padEnd(12, '0'));
  const strayNames = await divisionNames(ctx.db, strays);
  const listed = [...children, ...strays.map((c) => ({ code: c, name: strayNames.get(c) ?? c }))].sort((a, b) => a.code.localeCompare(b.code));
  return {
    divisionCode: code,
    name: region.name,
    year,
    rows: listed.map((child) => ({
      divisionCode: child.code,
      name: child.name,
      drillable: childLength !== null && childLength < 12,
      ...figuresOf(grouped.get(child.code.slice(0, keyLength))),
    })),
    total: figuresOf(whole.get('')),
  };
}
