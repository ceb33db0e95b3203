import { sql, type SQL } from 'drizzle-orm';
import { teams, teamMembers, teamUnits, teamVillages } from '../teams/index.ts';
import { cadres } from '../cadres/index.ts';
import { presenceDays } from '../presence/index.ts';
import { leaveRequests } from '../leave/index.ts';
import { criticisms, inspectionFindings, inspections } from '../inspections/index.ts';
import { households } from '../households/index.ts';
import { coverageRule, visits } from '../visits/index.ts';
import { diaries } from '../diaries/index.ts';
import { projectOutputs, projects } from '../projects/index.ts';
import { projectPayments } from '../project-funds/index.ts';
import { donations } from '../donations/index.ts';
import { enterprisePairings } from '../enterprises/index.ts';
import { cooperatives, demoBases, demoHouseholds } from '../industry/index.ts';
import { orgLifeRecords } from '../org-life/index.ts';
import { partyOrgs } from '../party-orgs/index.ts';
import { branchPairings } from '../branch-pairings/index.ts';
import { campaignLedgerEntries } from '../campaigns/index.ts';
import { assessmentGrades, assessments } from '../assessments/index.ts';
import { massRatings } from '../mass-ratings/index.ts';
import { divisions } from '../divisions/index.ts';
import { outputKinds } from '../../../contracts/project-codes.ts';
import type { Metric } from '../../../contracts/stats-metrics.ts';

/** The days a refresh counts from: today, and the starts of its year, quarter and month. */
export type RollupClock = {
  today: string;
  yearStart: string;
  quarterStart: string;
  month: { from: string; to: string; days: number };
  /** The month's minimum of days in the village, and the last day of it that counts so far (the presence rule). */
  minimum: number;
  countedUntil: string;
  /** The first day of the monthly series. */
  seriesFrom: string;
};

/** A grouped query answering rows of (code, key, value): the figure of one metric in one division. */
export type Source = { name: string; query: (clock: RollupClock) => SQL };

const inPost = sql`${teamMembers.leftOn} is null`;
const secretaryRoles = sql`${teamMembers.role} in ('leader_first_secretary', 'first_secretary')`;
const partyMember = sql`${cadres.partyStatus} in ('formal', 'probationary')`;
/** The households the coverage counts (the visits module's rule): refused ones never, ordinary ones only while monitored. */
const statusIn = (codes: readonly string[]) => sql`${households.status} in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`;
const counted = sql`not ${statusIn(coverageRule.excluded)} and (not ${statusIn(coverageRule.onlyWhileMonitored)} or ${households.monitoringState} = 'monitoring')`;
/** Outputs count once built: the actual amounts of completed, accepted or handed-over projects (as the project statistics do). */
const built = sql`${projects.state} in ('completed', 'accepted', 'handed_over')`;
const outputMetrics = ['road_km', 'bridges', 'water_projects', 'sanitation_projects', 'houses_rebuilt', 'households_income_up'] as const satisfies readonly Metric[];
const outputList = sql.join(outputMetrics.filter((k) => (outputKinds.codes as readonly string[]).includes(k)).map((k) => sql`${k}`), sql`, `);

const count = (name: Metric, from: SQL, code: SQL, where: (c: RollupClock) => SQL): Source => ({
  name,
  query: (c) => sql`select ${code} as code, ${name} as key, count(*)::float8 as value from ${from} where ${where(c)} group by 1`,
});
const total = (name: Metric, from: SQL, code: SQL, value: SQL, where: (c: RollupClock) => SQL): Source => ({
  name,
  query: (c) => sql`select ${code} as code, ${name} as key, coalesce(sum(${value}), 0)::float8 as value from ${from} where ${where(c)} group by 1`,
});

export const sources: Source[] = [
  {
    name: 'villages',
    // Stored at the township: a village's own row would only say "1".
    query: () => sql`select rpad(substring(${divisions.code}, 1, 9), 12, '0') as code, 'villages' as key, count(*)::float8 as value
      from ${divisions} where ${divisions.level} = 'village' and length(${divisions.code}) = 12 group by 1`,
  },
  {
    name: 'villages_with_team',
    query: () => sql`select ${teamVillages.divisionCode} as code, 'villages_with_team' as key, 1::float8 as value
      from ${teamVillages} join ${teams} on ${teams.id} = ${teamVillages.teamId} where ${teams.status} = 'active' group by 1`,
  },
  count('teams', sql`${teams}`, sql`${teams.divisionCode}`, () => sql`${teams.status} = 'active'`),
  {
    name: 'members',
    query: () => sql`select ${teamMembers.divisionCode} as code, k.key, sum(k.value)::float8 as value
      from ${teamMembers} join ${cadres} on ${cadres.id} = ${teamMembers.cadreId}
      cross join lateral (values
        ('team_members', 1),
        ('first_secretaries', case when ${secretaryRoles} then 1 else 0 end),
        ('party_members', case when ${partyMember} then 1 else 0 end)) as k(key, value)
      where ${inPost} group by 1, 2`,
  },
  {
    name: 'backing_units',
    query: () => sql`select ${teams.divisionCode} as code, 'backing_units' as key, count(distinct ${teamUnits.unitId})::float8 as value
      from ${teamUnits} join ${teams} on ${teams.id} = ${teamUnits.teamId} where ${teams.status} = 'active' group by 1`,
  },
  {
    name: 'presence_days',
    query: (c) => sql`select ${presenceDays.divisionCode} as code, 'presence_days' as key, count(*)::float8 as value
      from ${presenceDays} where ${presenceDays.day} between ${c.month.from}::date and ${c.month.to}::date group by 1`,
  },
  {
    name: 'presence_required_days',
    // The presence rule per membership: the month's minimum in proportion to the counted days served, less approved leave.
    query: (c) => sql`with m as (
        select ${teamMembers.divisionCode} as code, ${teamMembers.cadreId} as cadre_id,
          greatest(${c.month.from}::date, ${teamMembers.joinedOn}) as s,
          least(${c.countedUntil}::date, coalesce(${teamMembers.leftOn}, ${c.month.to}::date)) as e
        from ${teamMembers}
        where ${teamMembers.joinedOn} <= ${c.month.to}::date and (${teamMembers.leftOn} is null or ${teamMembers.leftOn} >= ${c.month.from}::date)
      )
      select m.code, 'presence_required_days' as key, sum(greatest(0,
        case when m.e >= m.s then floor(${c.minimum}::int * (m.e - m.s + 1) / ${c.month.days}::numeric)::int else 0 end
        - coalesce((select sum(least(${leaveRequests.endDate}, m.e) - greatest(${leaveRequests.startDate}, m.s) + 1)
            from ${leaveRequests} where ${leaveRequests.cadreId} = m.cadre_id and ${leaveRequests.state} in ('approved', 'reported_back')
              and ${leaveRequests.startDate} <= m.e and ${leaveRequests.endDate} >= m.s), 0)))::float8 as value
      from m group by 1`,
  },
  count('leave_requests', sql`${leaveRequests}`, sql`${leaveRequests.divisionCode}`, (c) => sql`${leaveRequests.startDate} >= ${c.yearStart}::date`),
  count('inspections', sql`${inspections}`, sql`${inspections.divisionCode}`, (c) => sql`${inspections.inspectedOn} >= ${c.yearStart}::date`),
  count(
    'inspection_findings',
    sql`${inspectionFindings} join ${inspections} on ${inspections.id} = ${inspectionFindings.inspectionId}`,
    sql`${inspectionFindings.divisionCode}`,
    (c) => sql`not ${inspectionFindings.atPost} and ${inspections.inspectedOn} >= ${c.yearStart}::date`,
  ),
  count('criticisms', sql`${criticisms}`, sql`${criticisms.divisionCode}`, (c) => sql`${criticisms.issuedOn} >= ${c.yearStart}::date`),
  {
    name: 'households',
    query: () => sql`select ${households.divisionCode} as code, k.key, sum(k.value)::float8 as value
      from ${households} cross join lateral (values
        ('households', case when ${counted} then 1 else 0 end),
        ('persons', case when ${counted} then ${households.memberCount} else 0 end),
        ('households_monitored', case when ${households.monitoringState} = 'monitoring' then 1 else 0 end)) as k(key, value)
      group by 1, 2`,
  },
  count('visits', sql`${visits}`, sql`${visits.divisionCode}`, (c) => sql`${visits.visitedOn} >= ${c.yearStart}::date`),
  {
    name: 'households_visited',
    query: (c) => sql`select ${households.divisionCode} as code, 'households_visited' as key, count(*)::float8 as value
      from ${households} where ${counted} and exists (select 1 from ${visits}
        where ${visits.householdId} = ${households.id} and ${visits.visitedOn} between ${c.quarterStart}::date and ${c.today}::date)
      group by 1`,
  },
  count('diaries', sql`${diaries}`, sql`${diaries.divisionCode}`, (c) => sql`${diaries.entryDate} >= ${c.yearStart}::date`),
  {
    name: 'projects',
    query: () => sql`select ${projects.divisionCode} as code, k.key, sum(k.value)::float8 as value
      from ${projects} cross join lateral (values
        ('projects', 1::numeric),
        ('projects_completed', case when ${built} then 1 else 0 end),
        ('project_budget', coalesce(${projects.approvedBudget}, ${projects.budget}))) as k(key, value)
      where ${projects.state} not in ('rejected', 'withdrawn') group by 1, 2`,
  },
  total('funds_paid', sql`${projectPayments}`, sql`${projectPayments.divisionCode}`, sql`${projectPayments.amount}`, () => sql`true`),
  {
    name: 'outputs',
    query: () => sql`select ${projects.divisionCode} as code, ${projectOutputs.kind} as key, coalesce(sum(${projectOutputs.actual}), 0)::float8 as value
      from ${projectOutputs} join ${projects} on ${projects.id} = ${projectOutputs.projectId}
      where ${built} and ${projectOutputs.kind} in (${outputList}) group by 1, 2`,
  },
  total('donations_value', sql`${donations}`, sql`${donations.divisionCode}`, sql`${donations.value}`, () => sql`true`),
  count(
    'enterprise_pairings',
    sql`${enterprisePairings}`,
    sql`${enterprisePairings.divisionCode}`,
    (c) => sql`(${enterprisePairings.until} is null or ${enterprisePairings.until} >= ${c.today}::date)`,
  ),
  count('cooperatives', sql`${cooperatives}`, sql`${cooperatives.divisionCode}`, () => sql`true`),
  count('demo_bases', sql`${demoBases}`, sql`${demoBases.divisionCode}`, () => sql`true`),
  count('demo_households', sql`${demoHouseholds}`, sql`${demoHouseholds.divisionCode}`, () => sql`true`),
  count('org_life_meetings', sql`${orgLifeRecords}`, sql`${orgLifeRecords.divisionCode}`, (c) => sql`${orgLifeRecords.heldOn} >= ${c.yearStart}::date`),
  count('temporary_branches', sql`${partyOrgs}`, sql`${partyOrgs.divisionCode}`, () => sql`${partyOrgs.kind} = 'temporary_branch' and ${partyOrgs.status} = 'active'`),
  count('branch_pairings', sql`${branchPairings}`, sql`${branchPairings.divisionCode}`, () => sql`${branchPairings.endedOn} is null`),
  total('campaign_ledger_value', sql`${campaignLedgerEntries}`, sql`${campaignLedgerEntries.villageCode}`, sql`${campaignLedgerEntries.funds}`, () => sql`true`),
  {
    name: 'grades',
    // The latest year a county confirmed its grades; open assessments are not yet results.
    query: () => sql`select ${assessmentGrades.divisionCode} as code, 'grade_' || ${assessmentGrades.grade} as key, count(*)::float8 as value
      from ${assessmentGrades} join ${assessments} on ${assessments.id} = ${assessmentGrades.assessmentId}
      where ${assessments.state} = 'confirmed' and ${assessments.year} = (
        select max(a2.year) from ${assessments} a2 where a2.state = 'confirmed' and a2.division_code = ${assessments.divisionCode})
      group by 1, 2`,
  },
  {
    name: 'mass_ratings',
    query: (c) => sql`select ${massRatings.divisionCode} as code, k.key, sum(k.value)::float8 as value
      from ${massRatings} cross join lateral (values
        ('mass_ratings', 1),
        ('mass_ratings_satisfied', case when ${massRatings.satisfaction} = 'satisfied' then 1 else 0 end)) as k(key, value)
      where ${massRatings.ratedOn} >= ${c.yearStart}::date group by 1, 2`,
  },
];

/** The monthly series of the trend charts, by month since the clock's series start. */
export const monthlySources: Source[] = [
  {
    name: 'presence_days',
    query: (c) => sql`select ${presenceDays.divisionCode} as code, to_char(${presenceDays.day}, 'YYYY-MM') as key, count(*)::float8 as value
      from ${presenceDays} where ${presenceDays.day} between ${c.seriesFrom}::date and ${c.today}::date group by 1, 2`,
  },
  {
    name: 'visits',
    query: (c) => sql`select ${visits.divisionCode} as code, to_char(${visits.visitedOn}, 'YYYY-MM') as key, count(*)::float8 as value
      from ${visits} where ${visits.visitedOn} between ${c.seriesFrom}::date and ${c.today}::date group by 1, 2`,
  },
  {
    name: 'diaries',
    query: (c) => sql`select ${diaries.divisionCode} as code, to_char(${diaries.entryDate}, 'YYYY-MM') as key, count(*)::float8 as value
      from ${diaries} where ${diaries.entryDate} between ${c.seriesFrom}::date and ${c.today}::date group by 1, 2`,
  },
  {
    name: 'funds_paid',
    query: (c) => sql`select ${projectPayments.divisionCode} as code, to_char(${projectPayments.paidOn}, 'YYYY-MM') as key,
        coalesce(sum(${projectPayments.amount}), 0)::float8 as value
      from ${projectPayments} where ${projectPayments.paidOn} between ${c.seriesFrom}::date and ${c.today}::date group by 1, 2`,
  },
];
