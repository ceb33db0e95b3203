import { eq } from 'drizzle-orm';
import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { cadres } from '../cadres/index.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../teams/index.ts';
import { presenceDays } from './index.ts';
import { todayInBeijing } from './presence.rules.ts';

/** A team in a Huize village with a leader and a member posted there, and a day of the leader's recorded. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const leader = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const member = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const [team] = await w.deps.db.insert(teams).values({ name: '会泽县在岗矩阵工作队', divisionCode: village, termStart: '2024-03-01' }).returning();
  await w.deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: village });
  await w.deps.db.insert(teamUnits).values({ teamId: team!.id, unitId: w.units.inside, isLead: true, divisionCode: village });
  await w.deps.db.insert(teamMembers).values([
    { teamId: team!.id, cadreId: leader.id, role: 'leader_first_secretary', joinedOn: '2024-03-01', divisionCode: village },
    { teamId: team!.id, cadreId: member.id, role: 'member', joinedOn: '2024-03-01', divisionCode: village },
  ]);
  for (const id of [leader.id, member.id]) await w.deps.db.update(cadres).set({ postedDivisionCode: village }).where(eq(cadres.id, id));
  const [day] = await w.deps.db.insert(presenceDays).values({ cadreId: leader.id, teamId: team!.id, divisionCode: village, day: todayInBeijing() }).returning();
  return { presenceTeam: team!.id, presenceMember: member.id, presenceDay: day!.id };
};

const readers: Parameters<typeof cases>[1] = [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['county_org', 'out', 200],
  ['city_org', 'in', 200],
  ['township_party', 'in', 200],
  ['discipline', 'in', 200],
  ['rural_office', 'in', 200],
  ['team_leader', 'in', 200],
  ['team_member', 'in', 200],
  ['viewer', 'in', 200],
  ['unit_party', 'in', 403],
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];

const url = (path: string) => () => path;
const teamMonthly = (w: MatrixWorld) => `/api/presence/teams/${w.ids.presenceTeam}/monthly`;

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/presence', method: 'GET', url: url('/api/presence') }, readers),
  ...cases({ route: '/api/presence/export', method: 'GET', url: url('/api/presence/export') }, readers),
  ...cases({ route: '/api/presence/monthly', method: 'GET', url: url('/api/presence/monthly') }, readers),
  ...cases({ route: '/api/presence/monthly/export', method: 'GET', url: url('/api/presence/monthly/export') }, readers),
  ...cases({ route: '/api/presence/mine', method: 'GET', url: url('/api/presence/mine') }, readers),
  ...cases({ route: '/api/presence/teams/:teamId/monthly', method: 'GET', url: teamMonthly }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['township_party', 'out', 404],
    ['team_leader', 'in', 200],
    ['team_leader', 'out', 404],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    ['unit_party', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases(
    { route: '/api/presence', method: 'POST', url: url('/api/presence'), body: (w) => ({ cadreId: w.ids.presenceMember, day: todayInBeijing() }) },
    [
      [null, 'anonymous', 401],
      // A leader account not linked to a cadre records for the teams of its region.
      ['team_leader', 'in', 201],
      ['team_leader', 'out', 404],
      // A member records only his own days; this account is nobody's.
      ['team_member', 'in', 403],
      ['team_member', 'out', 404],
      ['county_org', 'in', 403],
      ['township_party', 'in', 403],
      ['viewer', 'in', 403],
      ['sys_admin', 'national', 403],
    ],
  ),
  ...cases({ route: '/api/presence/:id', method: 'DELETE', url: (w) => `/api/presence/${w.ids.presenceDay}` }, [
    [null, 'anonymous', 401],
    // Only the recorder or the member takes a day back.
    ['team_leader', 'in', 403],
    ['team_leader', 'out', 404],
    ['team_member', 'out', 404],
    ['county_org', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
];
