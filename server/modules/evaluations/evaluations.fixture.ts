import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../platform/http/context.ts';
import { places } from '../../test/factories.ts';
import { visitsFixture } from '../visits/visits.fixture.ts';
import { presenceDays } from '../presence/index.ts';
import { visits } from '../visits/index.ts';
import { diaries } from '../diaries/index.ts';
import { teamReports } from '../reports/index.ts';
import { orgLifeRecords } from '../org-life/index.ts';
import { leaveRequests } from '../leave/index.ts';
import { inspectionFindings, inspections } from '../inspections/index.ts';
import { massRatings } from '../mass-ratings/index.ts';
import { evaluations } from './evaluations.schema.ts';
import { defaultRubric } from './evaluations.rules.ts';

const day = (month: number, date: number) => `2026-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

/**
 * 拖车村's team (leader 张队长, member 李队员) with 2026 Q2's evidence: the leader 30 days in the
 * village, 6 diaries, 2 of the 3 counted households visited, a meeting attended; the team 2 monthly
 * reports on time and 1 late, 6 villagers' ratings (4 satisfied, 2 fairly); the member a leave never
 * reported back and one absence found by an inspection. A team in 高州 for scope.
 */
export async function evaluationsFixture(deps: AppDeps) {
  const world = await visitsFixture(deps);
  const { leader, member, team } = world;
  const village = places.naguVillage;
  await deps.db.insert(presenceDays).values(Array.from({ length: 30 }, (_, i) => ({ cadreId: leader.id, teamId: team.id, divisionCode: village, day: day(4, i + 1) })));
  await deps.db.insert(diaries).values(Array.from({ length: 6 }, (_, i) => ({ cadreId: leader.id, divisionCode: village, entryDate: day(5, i + 1), content: '走访群众，了解产业发展情况' })));
  await deps.db.insert(visits).values(
    [world.registered, world.monitored].map((h) => ({ householdId: h.id, divisionCode: village, cadreId: leader.id, visitedOn: day(5, 12), findings: '家中生产生活正常' })),
  );
  await deps.db.insert(teamReports).values(
    [
      ['2026-04', false],
      ['2026-05', false],
      ['2026-06', true],
    ].map(([period, late]) => ({ teamId: team.id, divisionCode: village, kind: 'monthly_report' as const, period: period as string, title: `${period as string} 月报`, body: '本月工作情况', late: late as boolean })),
  );
  await deps.db.insert(orgLifeRecords).values({ partyOrgId: randomUUID(), divisionCode: village, kind: 'theme_day', heldOn: day(5, 10), topic: '主题党日', attendeeIds: [leader.id] });
  await deps.db.insert(leaveRequests).values({
    cadreId: member.id,
    teamId: team.id,
    divisionCode: village,
    type: 'personal',
    startDate: day(5, 1),
    endDate: day(5, 3),
    days: 3,
    reason: '家中有事',
    approverRole: 'township_party',
    state: 'approved',
  });
  const [inspection] = await deps.db.insert(inspections).values({ divisionCode: village, method: 'on_site', inspectedOn: day(6, 10), leadUnit: '会泽县纪委监委' }).returning();
  await deps.db.insert(inspectionFindings).values({ inspectionId: inspection!.id, cadreId: member.id, teamId: team.id, divisionCode: village, atPost: false, absenceReason: 'absent' });
  await deps.db.insert(massRatings).values(
    (['satisfied', 'satisfied', 'satisfied', 'satisfied', 'fairly_satisfied', 'fairly_satisfied'] as const).map((satisfaction) => ({
      teamId: team.id,
      divisionCode: village,
      year: 2026,
      quarter: 2,
      satisfaction,
      keepOrAdjust: 'keep' as const,
      ratedOn: day(6, 1),
    })),
  );
  return world;
}

/** An evaluation row written directly, for the matrix: computed later by the routes it addresses. */
export async function insertEvaluation(deps: AppDeps, values: { divisionCode: string; year: number; quarter: number; state?: 'open' | 'confirmed' | 'published' }): Promise<string> {
  const [row] = await deps.db
    .insert(evaluations)
    .values({ ...values, rubric: defaultRubric, state: values.state ?? 'open' })
    .returning({ id: evaluations.id });
  return row!.id;
}
