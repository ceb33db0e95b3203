import type { AppDeps } from '../../platform/http/context.ts';
import { createCadre, createUnit, places } from '../../test/factories.ts';
import { leaveRequests } from '../leave/index.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../teams/index.ts';

/**
 * An active team in 拖车村 (娜姑镇, 会泽县) with a leader and two members, and a team in 高州市; the
 * second member is on approved leave on `leaveDay`.
 */
export async function inspectionFixture(deps: AppDeps, leaveDay: string, suffix = '') {
  const unit = await createUnit(deps, { name: `会泽县督查测试局${suffix}`, divisionCode: places.huize });
  const gaozhouUnit = await createUnit(deps, { name: `高州市督查测试局${suffix}`, divisionCode: places.gaozhou });
  const cadre = (name: string, divisionCode: string = places.huize, unitId = unit.id) => createCadre(deps, { unitId, name, divisionCode });
  const leader = await cadre('张队长');
  const absentee = await cadre('李缺岗');
  const onLeave = await cadre('王请假');
  const gaozhouMember = await cadre('陈高州', places.gaozhou, gaozhouUnit.id);
  const team = await insertTeam(deps, '督查测试驻拖车村工作队', places.naguVillage, unit.id, [
    [leader.id, 'leader_first_secretary'],
    [absentee.id, 'member'],
    [onLeave.id, 'member'],
  ]);
  const gaozhouTeam = await insertTeam(deps, '督查测试驻长流村工作队', places.changliu, gaozhouUnit.id, [[gaozhouMember.id, 'leader']]);
  const [leave] = await deps.db
    .insert(leaveRequests)
    .values({
      cadreId: onLeave.id,
      teamId: team,
      divisionCode: places.naguVillage,
      type: 'personal',
      startDate: leaveDay,
      endDate: leaveDay,
      days: 1,
      reason: '家中有事',
      approverRole: 'township_party',
      state: 'approved',
    })
    .returning();
  return { unit, leader, absentee, onLeave, gaozhouMember, team, gaozhouTeam, leave: leave! };
}

async function insertTeam(deps: AppDeps, name: string, village: string, unitId: string, members: [string, 'leader_first_secretary' | 'leader' | 'member'][]) {
  const [team] = await deps.db.insert(teams).values({ name, divisionCode: village, termStart: '2024-03-01' }).returning();
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: village });
  await deps.db.insert(teamUnits).values({ teamId: team!.id, unitId, isLead: true, divisionCode: village });
  await deps.db.insert(teamMembers).values(members.map(([cadreId, role]) => ({ teamId: team!.id, cadreId, role, joinedOn: '2024-03-01', divisionCode: village })));
  return team!.id;
}

export type InspectionFixture = Awaited<ReturnType<typeof inspectionFixture>>;

export function inspectionBody(f: InspectionFixture, inspectedOn: string, overrides: Record<string, unknown> = {}) {
  return {
    method: 'on_site',
    inspectedOn,
    divisionCode: places.nagu,
    leadUnit: '会泽县纪委监委',
    participants: '县委组织部、县乡村振兴局',
    findings: [
      { cadreId: f.leader.id, atPost: true },
      { cadreId: f.absentee.id, atPost: false, absenceReason: 'absent', note: '村委会及驻地均未见到本人' },
      { cadreId: f.onLeave.id, atPost: false, absenceReason: 'leave' },
    ],
    ...overrides,
  };
}
