import type { AppDeps } from '../../platform/http/context.ts';
import { createCadre, createUnit, insertPlaces, places } from '../../test/factories.ts';
import { cadres } from '../cadres/index.ts';
import { villageProfiles } from '../divisions/index.ts';
import { teams, teamUnits, teamVillages } from '../teams/index.ts';
import { eq } from 'drizzle-orm';

/**
 * 会泽县's selection: a team forming in 拖车村, the city court (曲靖市中级人民法院) asked for
 * candidates, a county bureau as the other unit, and a Gaozhou cadre nobody in Huize may post.
 */
export async function selectionFixture(deps: AppDeps) {
  await insertPlaces(deps);
  const court = await createUnit(deps, { name: '曲靖市中级人民法院', divisionCode: places.qujing });
  const bureau = await createUnit(deps, { name: '会泽县农业农村局', divisionCode: places.huize });
  const gaozhouUnit = await createUnit(deps, { name: '高州市人民法院', divisionCode: places.gaozhou });
  const courtCadre = (name: string) => createCadre(deps, { unitId: court.id, name, divisionCode: places.qujing });
  const first = await courtCadre('李法官');
  const second = await courtCadre('王法官');
  const third = await courtCadre('赵法官');
  const bureauCadre = await createCadre(deps, { unitId: bureau.id, name: '张农技', divisionCode: places.huize });
  const gaozhouCadre = await createCadre(deps, { unitId: gaozhouUnit.id, name: '陈高州', divisionCode: places.gaozhou });
  await deps.db.update(cadres).set({ specialities: ['law'] }).where(eq(cadres.id, second.id));
  await deps.db.update(cadres).set({ specialities: ['agriculture', 'engineering'] }).where(eq(cadres.id, bureauCadre.id));
  await deps.db
    .insert(villageProfiles)
    .values({ divisionCode: places.naguVillage, mainIndustries: ['蔬菜种植'], infrastructureGaps: ['通组道路'], note: '矛盾纠纷较多' })
    .onConflictDoNothing();
  const [team] = await deps.db.insert(teams).values({ name: '拖车村驻村工作队', divisionCode: places.naguVillage, termStart: '2024-03-01' }).returning();
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: places.naguVillage });
  await deps.db.insert(teamUnits).values({ teamId: team!.id, unitId: court.id, isLead: true, divisionCode: places.naguVillage });
  return { court, bureau, gaozhouUnit, first, second, third, bureauCadre, gaozhouCadre, team: team! };
}

export type SelectionFixture = Awaited<ReturnType<typeof selectionFixture>>;

export function slotBody(f: SelectionFixture, overrides: Record<string, unknown> = {}) {
  return {
    villageCode: places.naguVillage,
    unitId: f.court.id,
    teamId: f.team.id,
    role: 'leader_first_secretary',
    needs: '懂法律、能调处矛盾纠纷的第一书记',
    nominateBy: '2024-02-20',
    termStart: '2024-03-01',
    termEnd: '2026-02-28',
    ...overrides,
  };
}
