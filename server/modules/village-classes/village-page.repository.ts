import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { cadres } from '../cadres/index.ts';
import { households } from '../households/index.ts';
import { projectVillages } from '../projects/index.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../teams/index.ts';
import { units } from '../units/index.ts';

/** Teams in post in the village now, with their sending units and the members in post (names only). */
export async function stationedTeams(executor: Executor, code: string) {
  const rows = await executor
    .select({ id: teams.id, name: teams.name, termStart: teams.termStart, termEnd: teams.termEnd })
    .from(teams)
    .innerJoin(teamVillages, eq(teamVillages.teamId, teams.id))
    .where(and(eq(teamVillages.divisionCode, code), eq(teams.status, 'active')))
    .orderBy(desc(teams.termStart), asc(teams.id));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const unitRows = await executor
    .select({ teamId: teamUnits.teamId, id: teamUnits.unitId, name: units.name, isLead: teamUnits.isLead })
    .from(teamUnits)
    .innerJoin(units, eq(units.id, teamUnits.unitId))
    .where(inArray(teamUnits.teamId, ids))
    .orderBy(desc(teamUnits.isLead), asc(units.name));
  const memberRows = await executor
    .select({ teamId: teamMembers.teamId, name: cadres.name, role: teamMembers.role, joinedOn: teamMembers.joinedOn })
    .from(teamMembers)
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .where(and(inArray(teamMembers.teamId, ids), isNull(teamMembers.leftOn)))
    .orderBy(sql`case when ${teamMembers.role} in ('leader_first_secretary', 'leader') then 0 else 1 end`, asc(teamMembers.joinedOn), asc(cadres.name));
  return rows.map((team) => ({
    ...team,
    units: unitRows.filter((u) => u.teamId === team.id).map(({ teamId: _team, ...u }) => u),
    members: memberRows.filter((m) => m.teamId === team.id).map(({ teamId: _team, ...m }) => m),
  }));
}

/** Households registered in the village (its groups included) and projects touching it. */
export async function villageCounts(executor: Executor, code: string): Promise<{ households: number; projects: number }> {
  const [h] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(households)
    .where(sql`left(${households.divisionCode}, 12) = ${code}`);
  const [p] = await executor
    .select({ n: sql<number>`count(distinct ${projectVillages.projectId})::int` })
    .from(projectVillages)
    .where(sql`left(${projectVillages.divisionCode}, 12) = ${code}`);
  return { households: h?.n ?? 0, projects: p?.n ?? 0 };
}
