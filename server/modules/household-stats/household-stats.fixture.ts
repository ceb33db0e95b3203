import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/http/context.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import { places } from '../../test/factories.ts';
import { divisions } from '../divisions/index.ts';
import { householdIndicators, households } from '../households/index.ts';
import { visits } from '../visits/index.ts';
import { demands } from '../demands/index.ts';
import { labourTransfers } from '../labour-transfers/index.ts';
import type { HouseholdStatus, IndicatorCode, Relation } from '../../../contracts/household-codes.ts';

export const householdStatsPlaces = {
  daqiao: '530326103000',
  daqiaoVillage: '530326103201',
  yingpan: '530326102205',
} as const;

export async function insertStatsPlaces(deps: AppDeps): Promise<void> {
  const extra: [string, string, 'township' | 'village', string, number][] = [
    [householdStatsPlaces.daqiao, '大桥乡', 'township', places.huize, 4],
    [householdStatsPlaces.daqiaoVillage, '大桥村村民委员会', 'village', householdStatsPlaces.daqiao, 5],
    [householdStatsPlaces.yingpan, '营盘村村民委员会', 'village', places.nagu, 5],
  ];
  await deps.db
    .insert(divisions)
    .values(extra.map(([code, name, level, parentCode, depth]) => ({ code, name, shortName: name, level, depth, parentCode, ...pinyinOf(name) })))
    .onConflictDoNothing();
}

type FixturePerson = { name: string; relation: Relation; birthDate: string };

/** The households module's test writer (its households.fixture.ts), handed in by the test that uses this fixture. */
export type InsertHousehold = (
  deps: AppDeps,
  values: { divisionCode: string; householderName: string; status: HouseholdStatus; members: FixturePerson[]; pairedCadreIds: string[] },
) => Promise<{ household: { id: string }; persons: { id: string }[] }>;

type Spec = {
  name: string;
  divisionCode: string;
  status: HouseholdStatus;
  persons: number;
  patch?: Partial<typeof households.$inferInsert>;
  unmet?: IndicatorCode[];
  visitedOn?: string[];
};

/**
 * Households, visits, demands and labour transfers in two Huize townships and one Gaozhou village; the
 * test works out every figure for the third quarter of 2025 by hand.
 */
export async function householdStatsFixture(deps: AppDeps, insertHousehold: InsertHousehold) {
  await insertStatsPlaces(deps);
  const cadre = randomUUID();
  let born = 0;
  const add = async (spec: Spec) => {
    const members: FixturePerson[] = Array.from({ length: spec.persons }, (_, i) => ({
      name: i === 0 ? spec.name : `${spec.name}家${i}`,
      relation: i === 0 ? 'householder' : 'child',
      birthDate: `${1950 + (born += 1)}-03-0${1 + (i % 9)}`,
    }));
    const { household, persons } = await insertHousehold(deps, { divisionCode: spec.divisionCode, householderName: spec.name, status: spec.status, members, pairedCadreIds: [cadre] });
    if (spec.patch) await deps.db.update(households).set(spec.patch).where(eq(households.id, household.id));
    if (spec.unmet?.length) {
      await deps.db.insert(householdIndicators).values(spec.unmet.map((indicator) => ({ householdId: household.id, indicator, status: 'unmet' as const, verifier: '李核验', verifiedOn: '2025-06-01' })));
    }
    for (const visitedOn of spec.visitedOn ?? []) {
      await deps.db.insert(visits).values({ householdId: household.id, divisionCode: spec.divisionCode, cadreId: cadre, visitedOn, findings: '入户了解生产生活情况' });
    }
    return { id: household.id, divisionCode: spec.divisionCode, persons: persons.map((p) => p.id) };
  };

  const village = places.naguVillage;
  const a = await add({ name: '甲在册', divisionCode: village, status: 'registered', persons: 3, unmet: ['water'], visitedOn: ['2025-08-10', '2025-09-01'] });
  const b = await add({ name: '乙脱贫', divisionCode: village, status: 'exited', persons: 2, patch: { mainCause: 'no_skills' }, unmet: ['water', 'housing'], visitedOn: ['2025-06-30'] });
  await add({ name: '丙新识', divisionCode: village, status: 'new', persons: 1, patch: { mainCause: 'disability' } });
  await add({ name: '丁监测', divisionCode: village, status: 'non_poor', persons: 4, patch: { mainCause: null, monitoringType: 'sudden', monitoringState: 'monitoring' }, visitedOn: ['2025-07-01'] });
  await add({ name: '戊消除', divisionCode: village, status: 'non_poor', persons: 2, patch: { mainCause: null, monitoringType: 'marginal', monitoringState: 'risk_removed' }, visitedOn: ['2025-09-30'] });
  await add({ name: '己未识', divisionCode: village, status: 'not_identified', persons: 1 });
  await add({ name: '庚营盘', divisionCode: householdStatsPlaces.yingpan, status: 'registered', persons: 2, unmet: ['food'], visitedOn: ['2025-09-30'] });
  const h = await add({ name: '辛大桥', divisionCode: householdStatsPlaces.daqiaoVillage, status: 'exited', persons: 5, patch: { mainCause: 'disaster' } });
  const i = await add({ name: '壬高州', divisionCode: places.zhenjiangVillage, status: 'registered', persons: 3, visitedOn: ['2025-08-01'] });

  const demand = (divisionCode: string, raisedOn: string, state: 'open' | 'assigned' | 'solved', solvedOn: string | null = null) => ({
    divisionCode,
    raisedBy: '村民',
    raisedOn,
    category: '基础设施',
    content: '修路',
    state,
    solvedOn,
  });
  await deps.db.insert(demands).values([
    demand(village, '2025-07-05', 'solved', '2025-07-15'),
    demand(village, '2025-06-20', 'solved', '2025-07-10'),
    demand(village, '2025-08-01', 'assigned'),
    demand(village, '2025-09-20', 'solved', '2025-10-05'),
    demand(householdStatsPlaces.yingpan, '2025-07-01', 'solved', '2025-07-04'),
    demand(places.zhenjiangVillage, '2025-07-01', 'solved', '2025-07-02'),
  ]);

  const transfer = (household: { id: string; divisionCode: string; persons: string[] }, person: number, startedOn: string, endedOn: string | null = null) => ({
    personId: household.persons[person]!,
    householdId: household.id,
    divisionCode: household.divisionCode,
    destination: '浙江省宁波市',
    employer: '宁波某电子厂',
    organized: 'organized' as const,
    startedOn,
    endedOn,
    monthlyIncome: 4500,
  });
  await deps.db.insert(labourTransfers).values([
    transfer(a, 1, '2025-03-01'),
    transfer(a, 1, '2025-08-01'),
    transfer(a, 2, '2025-01-01', '2025-06-30'),
    transfer(b, 1, '2025-09-30'),
    transfer(h, 1, '2024-01-01', '2025-07-01'),
    transfer(i, 1, '2025-07-01'),
  ]);
}
