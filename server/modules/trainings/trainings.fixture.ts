import type { TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places } from '../../test/factories.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../teams/index.ts';

type Db = TestApp['deps']['db'];

/** A team in a village with its members (one of them already left), inserted directly. */
async function insertTeam(db: Db, values: { name: string; village: string; unitId: string; members: { cadreId: string; leftOn?: string }[] }) {
  const [team] = await db.insert(teams).values({ name: values.name, divisionCode: values.village, termStart: '2024-03-01' }).returning();
  await db.insert(teamVillages).values({ teamId: team!.id, divisionCode: values.village });
  await db.insert(teamUnits).values({ teamId: team!.id, unitId: values.unitId, isLead: true, divisionCode: values.village });
  await db.insert(teamMembers).values(
    values.members.map((m, index) => ({
      teamId: team!.id,
      cadreId: m.cadreId,
      role: index === 0 ? ('leader_first_secretary' as const) : ('member' as const),
      joinedOn: '2024-03-01',
      leftOn: m.leftOn ?? null,
      divisionCode: values.village,
    })),
  );
  return team!;
}

/**
 * 会泽县: a county unit's cadre registered in the county, and a team in 拖车村 (娜姑镇) of three members
 * in post and one who left, registered in the village. 高州市: a cadre and a team of its own.
 */
export async function trainingFixture(t: TestApp) {
  await insertPlaces(t.deps);
  const huizeUnit = await createUnit(t.deps, { name: '会泽县农业农村局', divisionCode: places.huize });
  const gaozhouUnit = await createUnit(t.deps, { name: '高州市人民法院', divisionCode: places.gaozhou });
  const inVillage = (name: string) => createCadre(t.deps, { unitId: huizeUnit.id, name, divisionCode: places.naguVillage });
  const countyCadre = await createCadre(t.deps, { unitId: huizeUnit.id, name: '县直干部', divisionCode: places.huize });
  const leader = await inVillage('张建国');
  const member = await inVillage('李秀英');
  const envoy = await inVillage('王科技');
  const former = await inVillage('赵离队');
  const gaozhouCadre = await createCadre(t.deps, { unitId: gaozhouUnit.id, name: '陈高州', divisionCode: places.gaozhou });
  const team = await insertTeam(t.deps.db, {
    name: '会泽县农业农村局驻拖车村工作队',
    village: places.naguVillage,
    unitId: huizeUnit.id,
    members: [{ cadreId: leader.id }, { cadreId: member.id }, { cadreId: envoy.id }, { cadreId: former.id, leftOn: '2024-09-01' }],
  });
  const gaozhouTeam = await insertTeam(t.deps.db, { name: '高州市法院驻长流村工作队', village: places.changliu, unitId: gaozhouUnit.id, members: [{ cadreId: gaozhouCadre.id }] });
  return { huizeUnit, gaozhouUnit, countyCadre, leader, member, envoy, former, gaozhouCadre, team, gaozhouTeam };
}

export type TrainingFixture = Awaited<ReturnType<typeof trainingFixture>>;

export function sessionBody(overrides: Record<string, unknown> = {}) {
  return {
    divisionCode: places.huize,
    level: 'county_org',
    stage: 'pre_dispatch',
    topic: '驻村扶贫工作队动员培训',
    hours: 3.5,
    heldOn: `${new Date().getUTCFullYear()}-03-10`,
    place: '会泽县委党校',
    note: null,
    ...overrides,
  };
}
