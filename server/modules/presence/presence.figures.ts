import type { Executor } from '../../platform/db/client.ts';
import type { DutyRules } from '../../config.ts';
import type { PresenceMonthlyBasis, PresenceMonthlyItem } from '../../../contracts/presence.ts';
import { approvedLeaveBetween } from '../leave/index.ts';
import * as repo from './presence.repository.ts';
import { baseRequiredDays, countedSpan, daysBetween, isBelowMinimum, monthBounds, requiredDays, workingDaysBetween } from './presence.rules.ts';

export type FigureFilters = { teamId?: string | undefined; divisionCode?: string | undefined; cadreId?: string | undefined };

export type MonthFigures = { items: PresenceMonthlyItem[]; basis: PresenceMonthlyBasis };

export function basisOf(rules: DutyRules, month: string, today: string): PresenceMonthlyBasis {
  const bounds = monthBounds(month);
  const counted = countedSpan(bounds, today);
  return {
    month,
    partial: today <= bounds.last,
    daysCounted: counted ? daysBetween(counted.from, counted.to) : 0,
    daysInMonth: bounds.days,
    workingDays: workingDaysBetween(bounds.first, bounds.last),
    baseRequired: baseRequiredDays(rules, month),
    farKm: rules.presenceFarKm,
  };
}

/**
 * Each member's month in the reach: three queries (memberships, day counts, approved leave), whatever
 * the number of members, then the rule per member in memory.
 */
export async function monthFigures(
  executor: Executor,
  reach: repo.PresenceReach,
  rules: DutyRules,
  month: string,
  today: string,
  filters: FigureFilters,
): Promise<MonthFigures> {
  const bounds = monthBounds(month);
  const basis = basisOf(rules, month, today);
  const span = { from: bounds.first, to: bounds.last };
  const members = await repo.membersDuring(executor, reach, span, filters);
  const teamIds = [...new Set(members.map((m) => m.teamId))];
  const counts = await repo.countsDuring(executor, teamIds, span, rules.presenceFarKm);
  const leaves = await approvedLeaveBetween(executor, [...new Set(members.map((m) => m.cadreId))], bounds.first, bounds.last);
  const countOf = new Map(counts.map((c) => [`${c.cadreId}:${c.teamId}`, c]));
  const leavesOf = new Map<string, typeof leaves>();
  for (const leave of leaves) leavesOf.set(leave.cadreId, [...(leavesOf.get(leave.cadreId) ?? []), leave]);
  const counted = countedSpan(bounds, today);
  const items = members.map((member): PresenceMonthlyItem => {
    const recorded = countOf.get(`${member.cadreId}:${member.teamId}`);
    const daysInVillage = recorded?.days ?? 0;
    const { required, leaveDays } = requiredDays({
      bounds,
      baseRequired: basis.baseRequired,
      counted,
      membership: { joinedOn: member.joinedOn, leftOn: member.leftOn },
      leaves: leavesOf.get(member.cadreId) ?? [],
    });
    return {
      id: `${member.cadreId}:${member.teamId}`,
      cadreId: member.cadreId,
      cadreName: member.cadreName,
      teamId: member.teamId,
      teamName: member.teamName,
      divisionCode: member.divisionCode,
      villageName: member.villageName,
      daysInVillage,
      leaveDays,
      required,
      belowMinimum: isBelowMinimum(daysInVillage, required),
      farDays: recorded?.farDays ?? 0,
    };
  });
  return { items, basis };
}
