import type { AppDeps } from '../../platform/http/context.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import { createCadre, createUnit, insertPlaces, places } from '../../test/factories.ts';
import { divisions } from '../divisions/index.ts';
import { teamMembers, teamVillages, teams } from '../teams/index.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { visits } from '../visits/index.ts';
import { diaries } from '../diaries/index.ts';
import { presenceDays } from '../presence/index.ts';
import { projectOutputs, projects } from '../projects/index.ts';
import { donations } from '../donations/index.ts';

/** Two townships of 会泽县 with two villages each (娜姑镇's 拖车村 and three more). */
export const statsPlaces = {
  nagu: places.nagu,
  naguVillages: [places.naguVillage, '530326102205'],
  dahaiTownship: '530326103000',
  dahaiVillages: ['530326103201', '530326103202'],
} as const;

export async function insertStatsPlaces(deps: AppDeps): Promise<void> {
  await insertPlaces(deps);
  const rows: [string, string, 'township' | 'village', string][] = [
    ['530326102205', '院子村村民委员会', 'village', places.nagu],
    ['530326103000', '大海乡', 'township', places.huize],
    ['530326103201', '大海村村民委员会', 'village', '530326103000'],
    ['530326103202', '二荒箐村村民委员会', 'village', '530326103000'],
  ];
  await deps.db
    .insert(divisions)
    .values(rows.map(([code, name, level, parentCode]) => ({ code, name, shortName: name, level, depth: level === 'village' ? 5 : 4, parentCode, ...pinyinOf(name), childrenLoaded: true })))
    .onConflictDoNothing();
}

/**
 * One village's work, `n` sized: a team of n+1 (one first secretary, the others members, all party
 * members but one), n households visited once, a diary, a day in the village, a finished road of n km
 * and a donation of n thousand yuan — so every level's sums differ and can be checked.
 */
export async function insertVillageWork(deps: AppDeps, village: string, n: number, day: string): Promise<void> {
  const unit = await createUnit(deps, { name: `统计测试单位${village}`, divisionCode: places.huize });
  const [team] = await deps.db.insert(teams).values({ name: `统计测试工作队${village}`, divisionCode: village, termStart: '2024-01-01' }).returning();
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: village });
  for (let i = 0; i <= n; i += 1) {
    const cadre = await createCadre(deps, { unitId: unit.id, divisionCode: village, partyStatus: i === n ? 'none' : 'formal' });
    await deps.db.insert(teamMembers).values({ teamId: team!.id, cadreId: cadre.id, divisionCode: village, role: i === 0 ? 'leader_first_secretary' : 'member', joinedOn: '2024-01-01' });
    await deps.db.insert(presenceDays).values({ cadreId: cadre.id, teamId: team!.id, divisionCode: village, day });
    if (i === 0) await deps.db.insert(diaries).values({ cadreId: cadre.id, divisionCode: village, entryDate: day, content: '走访农户，了解产业发展情况' });
    if (i === 0) {
      for (let h = 0; h < n; h += 1) {
        const { household } = await insertHousehold(deps, { divisionCode: village, status: 'registered' });
        await deps.db.insert(visits).values({ householdId: household.id, divisionCode: village, cadreId: cadre.id, visitedOn: day, findings: '两不愁三保障达标' });
      }
    }
  }
  const [project] = await deps.db
    .insert(projects)
    .values({ name: `统计测试道路${village}`, divisionCode: village, category: 'road', responsibleEntity: '村委会', budget: `${n * 100000}.00`, state: 'completed', completedOn: day })
    .returning();
  await deps.db.insert(projectOutputs).values({ projectId: project!.id, kind: 'road_km', unit: '公里', planned: `${n}`, actual: `${n}.5` });
  await deps.db.insert(donations).values({ divisionCode: village, donor: '统计测试企业', donorKind: 'enterprise', form: 'money', value: `${n * 1000}.00`, purpose: '修路', receivedOn: day });
}
