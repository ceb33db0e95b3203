import type { AppDeps } from '../../platform/http/context.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import { places } from '../../test/factories.ts';
import { divisions } from '../divisions/index.ts';
import { divisionStats, divisionStatsMonthly } from './stats.schema.ts';

export const reportPlaces = { daqiao: '530326103000' } as const;
export const reportMonthUnderTest = '2025-09';
export const reportRefreshedAt = new Date('2025-10-02T00:30:00Z');

/**
 * Rollup rows written directly, as a rebuild would leave them: 会泽县 and two townships, the county's
 * figures not the plain sum of the townships' (a unit backing both counts once).
 */
export async function statsReportFixture(deps: AppDeps): Promise<void> {
  const db = deps.db;
  await db
    .insert(divisions)
    .values({ code: reportPlaces.daqiao, name: '大桥乡', shortName: '大桥', level: 'township', depth: 4, parentCode: places.huize, ...pinyinOf('大桥乡') })
    .onConflictDoNothing();
  const current: Record<string, Record<string, number>> = {
    [places.huize]: {
      villages: 7, villages_with_team: 5, teams: 5, first_secretaries: 5, team_members: 14, party_members: 12, backing_units: 4,
      presence_required_days: 300, leave_requests: 9, inspections: 6, inspection_findings: 2, criticisms: 1,
      households: 200, persons: 812, households_monitored: 11, visits: 640, households_visited: 150,
      projects: 8, projects_completed: 3, project_budget: 2_500_000, funds_paid: 1_200_000,
      road_km: 12.5, bridges: 2, water_projects: 3, sanitation_projects: 6, houses_rebuilt: 9, households_income_up: 40,
      donations_value: 356_000, enterprise_pairings: 2, cooperatives: 3, demo_bases: 1, demo_households: 5,
    },
    [places.nagu]: { villages: 4, teams: 3, first_secretaries: 3, team_members: 8, party_members: 7, backing_units: 2, households: 120, persons: 500, road_km: 8 },
    [reportPlaces.daqiao]: { villages: 3, teams: 2, first_secretaries: 2, team_members: 6, party_members: 5, backing_units: 3, households: 80, persons: 312, road_km: 4.5 },
  };
  await db.insert(divisionStats).values(
    Object.entries(current).flatMap(([divisionCode, figures]) =>
      Object.entries(figures).map(([metric, value]) => ({ divisionCode, metric, value: String(value), refreshedAt: reportRefreshedAt })),
    ),
  );
  const monthly: [string, string, string, number][] = [
    [places.huize, 'presence_days', reportMonthUnderTest, 270],
    [places.nagu, 'presence_days', reportMonthUnderTest, 160],
    [reportPlaces.daqiao, 'presence_days', reportMonthUnderTest, 110],
    [places.huize, 'visits', reportMonthUnderTest, 75],
    [places.huize, 'funds_paid', reportMonthUnderTest, 300_000],
    [places.huize, 'presence_days', '2025-08', 999],
  ];
  await db.insert(divisionStatsMonthly).values(monthly.map(([divisionCode, metric, month, value]) => ({ divisionCode, metric, month, value: String(value) })));
}
