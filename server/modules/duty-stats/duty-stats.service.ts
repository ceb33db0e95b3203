import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, divisionPrefix } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import type { DutyStats, DutyStatsFigures, DutyStatsQuery, DutyStatsRow } from '../../../contracts/duty-stats.ts';
import { childPrefixLength, countedUntil, monthMinimum, monthRange, pathCodes, perMember, requiredDays } from './duty-stats.rules.ts';
import { childRegions, countByChild, type Counted, type StatsArea } from './duty-stats.repository.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

// Dates are Beijing dates: a month turns at midnight in China, not in UTC.
export const todayInBeijing = (now = new Date()) => beijingDay(now);

function figures(counted: Counted | undefined): DutyStatsFigures {
  const c = counted ?? {};
  const members = c.members ?? 0;
  const presenceDays = c.presenceDays ?? 0;
  return {
    teams: c.teams ?? 0,
    members,
    presenceDays,
    presenceAverage: perMember(presenceDays, members),
    belowMinimum: c.belowMinimum ?? 0,
    leaveDays: c.leaveDays ?? 0,
    leavePending: c.leavePending ?? 0,
    inspections: c.inspections ?? 0,
    findings: c.findings ?? 0,
    absent: c.absent ?? 0,
    rectificationsOpen: c.rectificationsOpen ?? 0,
    rectificationsOverdue: c.rectificationsOverdue ?? 0,
    criticisms: c.criticisms ?? 0,
    reportsMissing: c.reportsMissing ?? 0,
  };
}

function sum(rows: DutyStatsFigures[]): DutyStatsFigures {
  const total = figures(undefined);
  for (const row of rows) {
    for (const key of Object.keys(total) as (keyof DutyStatsFigures)[]) {
      if (key !== 'presenceAverage') total[key] += row[key];
    }
  }
  return { ...total, presenceAverage: perMember(total.presenceDays, total.members) };
}

/**
 * The on-duty figures of a region for a month, one row per child region (county → townships …) and a
 * total. The region must lie in the caller's scope; without one, the caller's own region.
 */
export async function getDutyStats(ctx: Ctx, query: DutyStatsQuery): Promise<DutyStats> {
  requirePermission(ctx.principal, 'dutyStats.read');
  const scope = ctx.principal.scope;
  const code = query.divisionCode ?? scope.divisionCode;
  if (code === null ? !scope.national : !codeInScope(scope, code)) throw commonErrors.NOT_FOUND();
  const region = code === null ? null : await findDivision(ctx.db, code);
  if (code !== null && !region) throw commonErrors.NOT_FOUND();

  const today = todayInBeijing();
  const month = query.month ?? today.slice(0, 7);
  const { from, to, days } = monthRange(month);
  const prefix = code === null ? null : divisionPrefix(code);
  const childLength = childPrefixLength(prefix?.length ?? null);
  const required = requiredDays(month, ctx.deps.config.duty, today);
  const area: StatsArea = {
    prefix,
    keyLength: childLength ?? 12,
    month,
    from,
    to,
    days,
    today,
    minimum: monthMinimum(month, ctx.deps.config.duty),
    countedUntil: countedUntil(month, today),
  };

  const grouped = await countByChild(ctx.db, area);
  const children = childLength === null ? [{ code: code!, name: region!.name }] : await childRegions(ctx.db, code);
  const childKeys = new Set(children.map((c) => c.code.slice(0, area.keyLength)));
  const ownKey = code?.slice(0, area.keyLength);
  // Records under a child the divisions table has not loaded yet still count, named by their code.
  const strays = [...grouped.keys()].filter((k) => !childKeys.has(k) && k !== ownKey).map((k) => k.padEnd(12, '0'));
  const strayNames = await divisionNames(ctx.db, strays);

  const rows: DutyStatsRow[] = [];
  if (ownKey !== undefined && childLength !== null && grouped.has(ownKey)) {
    rows.push({ divisionCode: code!, name: `${region!.name}（本级）`, own: true, drillable: false, ...figures(grouped.get(ownKey)) });
  }
  const listed = [...children, ...strays.map((c) => ({ code: c, name: strayNames.get(c) ?? c }))].sort((a, b) => a.code.localeCompare(b.code));
  for (const child of listed) {
    const k = child.code.slice(0, area.keyLength);
    rows.push({ divisionCode: child.code, name: child.name, own: false, drillable: childLength !== null && childLength < 12, ...figures(grouped.get(k)) });
  }

  const codes = prefix === null ? [] : pathCodes(scope.divisionPrefix, prefix);
  const names = await divisionNames(ctx.db, codes);
  const path = [...(scope.national ? [{ code: '', name: '全国' }] : []), ...codes.map((c) => ({ code: c, name: names.get(c) ?? c }))];

  return {
    divisionCode: code,
    name: region?.name ?? '全国',
    month,
    path,
    requiredDays: required,
    rows,
    total: sum(rows),
  };
}
