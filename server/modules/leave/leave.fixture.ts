import type { AppDeps } from '../../platform/http/context.ts';
import { createCadre, createUnit, insertPlaces, places } from '../../test/factories.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../teams/index.ts';
import type { TeamRoleCode } from '../../../contracts/teams.ts';

/** A team in a village, written directly (the teams module's own tests cover how teams are formed). */
export async function insertTeam(deps: AppDeps, village: string, unitId: string, members: { cadreId: string; role: TeamRoleCode }[]) {
  const [team] = await deps.db.insert(teams).values({ name: `驻${village}工作队`, divisionCode: village, termStart: '2024-03-01' }).returning();
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: village });
  await deps.db.insert(teamUnits).values({ teamId: team!.id, unitId, isLead: true, divisionCode: village });
  await deps.db.insert(teamMembers).values(members.map((m) => ({ teamId: team!.id, cadreId: m.cadreId, role: m.role, joinedOn: '2024-03-01', divisionCode: village })));
  return team!;
}

/** 拖车村's team (a leader, two members) and one in 高州市长流村; a cadre in no team. */
export async function leaveFixture(deps: AppDeps) {
  await insertPlaces(deps);
  const court = await createUnit(deps, { name: '曲靖市中级人民法院', divisionCode: places.qujing });
  const gaozhouUnit = await createUnit(deps, { name: '高州市农业农村局', divisionCode: places.gaozhou });
  const leader = await createCadre(deps, { unitId: court.id, name: '张队长' });
  const member = await createCadre(deps, { unitId: court.id, name: '李队员' });
  const liaison = await createCadre(deps, { unitId: court.id, name: '王包村' });
  const idle = await createCadre(deps, { unitId: court.id, name: '赵待派' });
  const gaozhouCadre = await createCadre(deps, { unitId: gaozhouUnit.id, name: '陈长流', divisionCode: places.gaozhou });
  const team = await insertTeam(deps, places.naguVillage, court.id, [
    { cadreId: leader.id, role: 'leader_first_secretary' },
    { cadreId: member.id, role: 'member' },
    { cadreId: liaison.id, role: 'township_liaison' },
  ]);
  const gaozhouTeam = await insertTeam(deps, places.changliu, gaozhouUnit.id, [{ cadreId: gaozhouCadre.id, role: 'leader_first_secretary' }]);
  return { court, gaozhouUnit, leader, member, liaison, idle, gaozhouCadre, team, gaozhouTeam };
}
