import { eq } from 'drizzle-orm';
import type { TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places } from '../../test/factories.ts';
import { divisions } from '../divisions/index.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';

/** A second village in 娜姑镇, so a team can serve two villages of 会泽县. */
export const secondNaguVillage = '530326102205';

/** Places, a county unit and a provincial unit of 会泽县's teams, and cadres of both units registered in 会泽县. */
export async function teamFixture(t: TestApp) {
  await insertPlaces(t.deps);
  const name = '院子村村民委员会';
  await t.deps.db
    .insert(divisions)
    .values({ code: secondNaguVillage, name, shortName: name, level: 'village', depth: 5, parentCode: places.nagu, ...pinyinOf(name), childrenLoaded: true })
    .onConflictDoNothing();
  await t.deps.db.update(divisions).set({ childCount: 2 }).where(eq(divisions.code, places.nagu));
  const countyUnit = await createUnit(t.deps, { name: '会泽县农业农村局', divisionCode: places.huize });
  const provincialUnit = await createUnit(t.deps, { name: '云南省农业科学院', divisionCode: places.yunnan, type: 'provincial' });
  const gaozhouUnit = await createUnit(t.deps, { name: '高州市人民法院', divisionCode: places.gaozhou });
  const cadre = (unitId: string, cadreName: string, gender: 'male' | 'female' = 'male') =>
    createCadre(t.deps, { unitId, name: cadreName, gender, divisionCode: places.huize });
  return {
    countyUnit,
    provincialUnit,
    gaozhouUnit,
    leader: await cadre(provincialUnit.id, '张建国'),
    member: await cadre(countyUnit.id, '李秀英', 'female'),
    envoy: await cadre(provincialUnit.id, '王科技'),
    spare: await cadre(countyUnit.id, '赵后备'),
    gaozhouCadre: await createCadre(t.deps, { unitId: gaozhouUnit.id, name: '陈高州', divisionCode: places.gaozhou }),
  };
}

export type TeamFixture = Awaited<ReturnType<typeof teamFixture>>;

/** A valid body for POST /api/teams with the fixture's two units and a 队长兼第一书记. */
export function teamBody(f: TeamFixture, overrides: Record<string, unknown> = {}) {
  return {
    name: '云南省农科院驻拖车村工作队',
    villageCodes: [places.naguVillage, secondNaguVillage],
    units: [
      { unitId: f.provincialUnit.id, isLead: true },
      { unitId: f.countyUnit.id, isLead: false },
    ],
    termStart: '2024-03-01',
    termEnd: '2026-02-28',
    note: '组团式帮扶',
    members: [
      { cadreId: f.leader.id, role: 'leader_first_secretary' },
      { cadreId: f.member.id, role: 'member', joinedOn: '2024-03-05' },
    ],
    ...overrides,
  };
}
