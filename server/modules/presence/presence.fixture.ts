import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/http/context.ts';
import { createCadre, createUnit, insertPlaces, places } from '../../test/factories.ts';
import { cadres } from '../cadres/index.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../teams/index.ts';
import { villageProfiles } from '../divisions/index.ts';
import { leaveRequests } from '../leave/index.ts';
import { daysBetween } from './presence.rules.ts';

/** 拖车村's coordinates, roughly: a location within a few km counts as near. */
export const tuoche = { latitude: 26.395, longitude: 103.148 };

/** A team in 拖车村 with a leader and a member posted there, a cadre in no team, and 高州市 for the outside. */
export async function presenceFixture(deps: AppDeps) {
  await insertPlaces(deps);
  await deps.db.insert(villageProfiles).values({ divisionCode: places.naguVillage, ...tuoche }).onConflictDoNothing();
  const unit = await createUnit(deps, { name: '曲靖市中级人民法院', divisionCode: places.huize });
  const gaozhouUnit = await createUnit(deps, { name: '高州市人民法院', divisionCode: places.gaozhou });
  const leader = await createCadre(deps, { unitId: unit.id, name: '张队长' });
  const member = await createCadre(deps, { unitId: unit.id, name: '李队员', gender: 'female' });
  const spare = await createCadre(deps, { unitId: unit.id, name: '赵后备' });
  const gaozhouCadre = await createCadre(deps, { unitId: gaozhouUnit.id, name: '陈高州', divisionCode: places.gaozhou });
  const [team] = await deps.db.insert(teams).values({ name: '曲靖中院驻拖车村工作队', divisionCode: places.naguVillage, termStart: '2024-03-01' }).returning();
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: places.naguVillage });
  await deps.db.insert(teamUnits).values({ teamId: team!.id, unitId: unit.id, isLead: true, divisionCode: places.naguVillage });
  await deps.db.insert(teamMembers).values([
    { teamId: team!.id, cadreId: leader.id, role: 'leader_first_secretary', joinedOn: '2024-03-01', divisionCode: places.naguVillage },
    { teamId: team!.id, cadreId: member.id, role: 'member', joinedOn: '2024-03-01', divisionCode: places.naguVillage },
  ]);
  for (const cadre of [leader, member]) await deps.db.update(cadres).set({ postedDivisionCode: places.naguVillage }).where(eq(cadres.id, cadre.id));
  return { unit, team: team!, leader, member, spare, gaozhouCadre };
}

export type PresenceFixture = Awaited<ReturnType<typeof presenceFixture>>;

/** Approved leave as the leave module stores it once approved. */
export async function approvedLeave(deps: AppDeps, f: PresenceFixture, cadreId: string, startDate: string, endDate: string) {
  await deps.db.insert(leaveRequests).values({
    cadreId,
    teamId: f.team.id,
    divisionCode: places.naguVillage,
    type: 'personal',
    startDate,
    endDate,
    days: daysBetween(startDate, endDate),
    reason: '家中有事',
    approverRole: 'township_party',
    state: 'approved',
  });
}
