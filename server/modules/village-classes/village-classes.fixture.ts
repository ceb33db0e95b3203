import type { AppDeps } from '../../platform/http/context.ts';
import type { VillageClassCode } from '../../../contracts/evaluation-codes.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../teams/index.ts';
import { villageClasses } from './village-classes.schema.ts';

/** A class written directly, for tests that read or change one. */
export async function insertClass(
  deps: AppDeps,
  values: { divisionCode: string; year: number; classCode?: VillageClassCode; otherFactors?: VillageClassCode[]; backingUnitIds?: string[] },
): Promise<string> {
  const [row] = await deps.db
    .insert(villageClasses)
    .values({ classCode: 'industry', reason: '主导产业单一，缺少龙头带动', supportPlan: '发展特色种植，引进合作社', ...values })
    .returning({ id: villageClasses.id });
  return row!.id;
}

/** A team in post in one village, with its sending unit and one leader. */
export async function insertStationedTeam(deps: AppDeps, values: { name: string; divisionCode: string; unitId: string; leaderCadreId: string }): Promise<string> {
  const [team] = await deps.db
    .insert(teams)
    .values({ name: values.name, divisionCode: values.divisionCode, termStart: '2025-03-01' })
    .returning({ id: teams.id });
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: values.divisionCode });
  await deps.db.insert(teamUnits).values({ teamId: team!.id, unitId: values.unitId, isLead: true, divisionCode: values.divisionCode });
  await deps.db
    .insert(teamMembers)
    .values({ teamId: team!.id, cadreId: values.leaderCadreId, role: 'leader_first_secretary', joinedOn: '2025-03-01', divisionCode: values.divisionCode });
  return team!.id;
}
