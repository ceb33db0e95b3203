import type { Executor } from '../../platform/db/client.ts';
import type { BriefingContent } from '../../../contracts/advisors.ts';
import { centsToMoney, sumCents, toCents } from '../../../contracts/money.ts';
import { divisionNames, divisionPaths } from '../divisions/index.ts';
import * as figures from './briefing-figures.repository.ts';
import { deadProjectStates, isStalled, openDemandStates, type Quarter } from './advisors.rules.ts';

/** Database sums ("0", "1234.5") in the contracts' form ("1234.50"). */
function money(text: string): string {
  return centsToMoney(toCents(text));
}

function byCode(values: readonly string[]): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([code, count]) => ({ code, count }));
}

/**
 * The quarter's 定期通报 of one village from its own records: how its households stand, what its
 * projects did and were paid, what its people asked for, what came in from outside, and what is
 * stuck. Counts and sums only; the one list of names is of stalled projects, which are public works.
 */
export async function composeBriefing(executor: Executor, village: string, quarter: Quarter): Promise<BriefingContent> {
  const w = { village, from: quarter.from, to: quarter.to };
  const [names, paths, byStatus, monitoring, changes, gaps, projectRows, demandsFigure, openDemands, social] = await Promise.all([
    divisionNames(executor, [village]),
    divisionPaths(executor, [village]),
    figures.householdsByStatus(executor, village),
    figures.monitoringByType(executor, village),
    figures.monitoringChanges(executor, w),
    figures.indicatorGaps(executor, village),
    figures.villageProjects(executor, village, deadProjectStates),
    figures.demandFigures(executor, w, openDemandStates),
    figures.openDemandsByCategory(executor, w, openDemandStates),
    figures.socialFigures(executor, w),
  ]);
  const paid = await figures.paymentsFor(
    executor,
    w,
    projectRows.map((p) => p.id),
  );
  const inQuarter = (day: string | null) => day !== null && day >= quarter.from && day <= quarter.to;
  const stalled = projectRows.filter((p) => isStalled(p, quarter.to));
  return {
    period: quarter.period,
    from: quarter.from,
    to: quarter.to,
    village: { code: village, name: names.get(village) ?? village, path: paths.get(village) ?? '' },
    households: {
      total: byStatus.reduce((total, row) => total + row.count, 0),
      byStatus,
      monitoring,
      monitoringAdded: changes.added,
      riskRemoved: changes.removed,
    },
    projects: {
      total: projectRows.length,
      byState: byCode(projectRows.map((p) => p.state)),
      budget: centsToMoney(sumCents(projectRows.map((p) => toCents(p.approvedBudget ?? p.budget)))),
      started: projectRows.filter((p) => inQuarter(p.startedOn)).length,
      completed: projectRows.filter((p) => inQuarter(p.completedOn)).length,
    },
    funds: { paidInQuarter: money(paid.quarter.value), payments: paid.quarter.count, paidToDate: money(paid.toDate) },
    demands: { raised: demandsFigure.raised, solved: demandsFigure.solved, open: demandsFigure.open },
    social: {
      donations: { count: social.donations.count, value: money(social.donations.value) },
      enterprises: { count: social.enterprises.count, value: money(social.enterprises.value) },
      advisors: { count: social.advisors.count, value: money(social.advisors.value) },
    },
    difficulties: {
      openDemands,
      overdueDemands: demandsFigure.overdue,
      stalledProjects: stalled.map((p) => ({ name: p.name, state: p.state, plannedEnd: p.plannedEnd })),
      indicatorGaps: gaps,
    },
  };
}
