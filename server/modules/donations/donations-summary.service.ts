import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, divisionPrefix, type Scope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { donorKinds, type DonationFigures, type DonationSummary, type DonationSummaryQuery, type DonationSummaryRow, type DonorKind } from '../../../contracts/donations.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import * as repo from './donations.repository.ts';
import { childPrefixLength, figuresOf, pathCodes } from './donations.rules.ts';

/**
 * 捐款捐物 of a region, one row per child region (county → townships → villages) with the region's
 * total and the split by kind of donor. The region must lie in the caller's scope; without one, his own.
 */
export async function donationSummary(ctx: Ctx, query: DonationSummaryQuery): Promise<DonationSummary> {
  requirePermission(ctx.principal, 'donations.read');
  const scope = ctx.principal.scope;
  const code = query.divisionCode ?? scope.divisionCode;
  if (!code || !codeInScope(scope, code)) throw commonErrors.NOT_FOUND();
  const region = await findDivision(ctx.db, code);
  if (!region) throw commonErrors.NOT_FOUND();

  const prefix = divisionPrefix(code);
  const childLength = childPrefixLength(prefix.length);
  const keyLength = childLength ?? 12;
  const area: repo.DonationArea = { scope, prefix, year: query.year ?? null };
  // One query after another: the embedded database has one connection.
  const grouped = await repo.figuresByChild(ctx.db, area, keyLength);
  const kinds = await repo.figuresByKind(ctx.db, area);
  const total = await repo.figuresOfArea(ctx.db, area);

  const children = childLength === null ? [{ code, name: region.name }] : await repo.childRegions(ctx.db, code);
  const childKeys = new Set(children.map((c) => c.code.slice(0, keyLength)));
  const ownKey = code.slice(0, keyLength);
  // Gifts to a village the divisions table has not loaded still count, named by their code.
  const strays = [...grouped.keys()].filter((k) => !childKeys.has(k) && k !== ownKey).map((k) => k.padEnd(12, '0'));
  const strayNames = await divisionNames(ctx.db, strays);

  const rows: DonationSummaryRow[] = [];
  const rowOf = (divisionCode: string, name: string, own: boolean): DonationSummaryRow => ({
    divisionCode,
    name,
    own,
    drillable: !own && childLength !== null && childLength < 12,
    ...figuresOf(grouped.get(divisionCode.slice(0, keyLength))),
  });
  if (childLength !== null && grouped.has(ownKey)) rows.push(rowOf(code, `${region.name}（本级）`, true));
  const listed = [...children, ...strays.map((c) => ({ code: c, name: strayNames.get(c) ?? c }))].sort((a, b) => a.code.localeCompare(b.code));
  for (const child of listed) rows.push(rowOf(child.code, child.name, false));

  const byKind = new Map(kinds.map(({ donorKind, ...raw }) => [donorKind, raw]));
  const codes = pathCodes(scope.divisionPrefix, prefix);
  const names = await divisionNames(ctx.db, codes);
  return {
    divisionCode: code,
    name: region.name,
    year: query.year ?? null,
    path: codes.map((c) => ({ code: c, name: names.get(c) ?? c })),
    rows,
    byKind: donorKinds.codes.map((donorKind: DonorKind) => ({ donorKind, ...figuresOf(byKind.get(donorKind)) })),
    total: figuresOf(total),
  };
}

export type DonationTotalsRow = DonationFigures & { divisionCode: string };

/**
 * Donations per village of a region (all of the scope without one), in one year or all, for the
 * statistics of an area. Donors are counted per village; a donor giving to two villages counts in both.
 */
export async function donationTotals(executor: Executor, scope: Scope, regionCode: string | null, year?: number): Promise<DonationTotalsRow[]> {
  const rows = await repo.donationTotalsByVillage(executor, scope, regionCode, year ?? null);
  return rows.map(({ divisionCode, ...raw }) => ({ divisionCode, ...figuresOf(raw) }));
}
