import type { AppDeps } from '../../platform/http/context.ts';
import { createCadre, createUnit } from '../../test/factories.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { inArray } from 'drizzle-orm';
import { cadres } from '../cadres/index.ts';
import { serviceRequests } from '../service-requests/index.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../teams/index.ts';
import type { ServiceRequestKind } from '../../../contracts/project-codes.ts';

/**
 * A team in a village with two party members and one who is not, and a household of the village:
 * what [004]'s check and a demonstration household need.
 */
export async function industryFixture(deps: AppDeps, village: string, county: string, suffix = '') {
  const unit = await createUnit(deps, { name: `产业测试局${suffix}`, divisionCode: county });
  const cadre = (name: string, partyStatus: 'formal' | 'probationary' | 'none') => createCadre(deps, { unitId: unit.id, name, divisionCode: county, partyStatus });
  const leader = await cadre(`杨队长${suffix}`, 'formal');
  const probationer = await cadre(`梁预备${suffix}`, 'probationary');
  const nonMember = await cadre(`赵群众${suffix}`, 'none');
  const [team] = await deps.db.insert(teams).values({ name: `产业测试工作队${suffix}`, divisionCode: village, termStart: '2024-03-01' }).returning();
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: village });
  await deps.db.insert(teamUnits).values({ teamId: team!.id, unitId: unit.id, isLead: true, divisionCode: village });
  await deps.db.insert(teamMembers).values([
    { teamId: team!.id, cadreId: leader.id, role: 'leader_first_secretary' as const, joinedOn: '2024-03-01', divisionCode: village },
    { teamId: team!.id, cadreId: probationer.id, role: 'member' as const, joinedOn: '2024-03-01', divisionCode: village },
    { teamId: team!.id, cadreId: nonMember.id, role: 'member' as const, joinedOn: '2024-03-01', divisionCode: village },
  ]);
  // Posted to the village as the teams module records a member joining.
  await deps.db.update(cadres).set({ postedDivisionCode: village }).where(inArray(cadres.id, [leader.id, probationer.id, nonMember.id]));
  const household = await insertHousehold(deps, { divisionCode: village, householderName: `杨示范${suffix}` });
  return { unit, teamId: team!.id, leader, probationer, nonMember, householdId: household.household.id };
}

export type IndustryFixture = Awaited<ReturnType<typeof industryFixture>>;

/** A 代办 request written directly, of the kind named. */
export async function insertServiceRequest(deps: AppDeps, divisionCode: string, kind: ServiceRequestKind): Promise<string> {
  const [row] = await deps.db
    .insert(serviceRequests)
    .values({ divisionCode, kind, title: `${kind} 测试代办`, detail: '测试', state: 'done', dueOn: '2025-01-10' })
    .returning({ id: serviceRequests.id });
  return row!.id;
}
