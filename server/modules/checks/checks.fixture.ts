import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/http/context.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import { places } from '../../test/factories.ts';
import { divisions } from '../divisions/index.ts';
import { householdCadres, householdIncomes, householdIndicators, householdMeasures, households } from '../households/index.ts';
import type { HouseholdStatus, IndicatorCode, IndicatorStatus, Relation } from '../../../contracts/household-codes.ts';
import { bornByForAge, todayInBeijing } from './checks.rules.ts';

export const checkPlaces = {
  daqiao: '530326103000',
  daqiaoVillage: '530326103201',
  yingpan: '530326102205',
} as const;

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function insertCheckPlaces(deps: AppDeps): Promise<void> {
  const extra: [string, string, 'township' | 'village', string, number][] = [
    [checkPlaces.daqiao, '大桥乡', 'township', places.huize, 4],
    [checkPlaces.daqiaoVillage, '大桥村村民委员会', 'village', checkPlaces.daqiao, 5],
    [checkPlaces.yingpan, '营盘村村民委员会', 'village', places.nagu, 5],
  ];
  await deps.db
    .insert(divisions)
    .values(extra.map(([code, name, level, parentCode, depth]) => ({ code, name, shortName: name, level, depth, parentCode, ...pinyinOf(name) })))
    .onConflictDoNothing();
}

export type FixturePerson = { name: string; relation: Relation; birthDate: string; gender?: 'male' | 'female'; inSchool?: boolean };
type FixtureHousehold = { divisionCode: string; status?: HouseholdStatus; members?: FixturePerson[] };

/** The households module's test writer (its households.fixture.ts), handed in by the test that uses this fixture. */
export type InsertHousehold = (
  deps: AppDeps,
  values: FixtureHousehold & { householderName?: string; pairedCadreIds?: string[] },
) => Promise<{ household: { id: string; divisionCode: string }; persons: { id: string; name: string }[] }>;

type Extra = {
  indicators?: [IndicatorCode, IndicatorStatus, { verifier?: string | null; verifiedOn?: string | null }?][];
  incomes?: { year: number; wage: number; members: number }[];
  measureYears?: number[];
  patch?: Partial<typeof households.$inferInsert>;
  cadreUntil?: string;
};

/**
 * The households of the checks' tests, each at fault in one way only (or in none), around today's date
 * in Beijing; the expected counts are worked out by hand in the test.
 */
export async function checksFixture(deps: AppDeps, insertHousehold: InsertHousehold) {
  await insertCheckPlaces(deps);
  const today = todayInBeijing();
  const year = Number(today.slice(0, 4));
  const cadre = randomUUID();
  const verified = { verifier: '李核验', verifiedOn: '2025-06-01' };

  // Distinct birth dates keep the generated ID numbers apart.
  let born = 0;
  const add = async (name: string, values: Omit<FixtureHousehold, 'householderName'> & { paired?: boolean }, extra: Extra = {}) => {
    const { paired = true, ...household } = values;
    const members: FixturePerson[] = household.members ?? [{ name, relation: 'householder', birthDate: `${1940 + (born += 1)}-05-06` }];
    const { household: row, persons } = await insertHousehold(deps, {
      ...household,
      householderName: name,
      members,
      ...(paired && !extra.cadreUntil ? { pairedCadreIds: [cadre] } : {}),
    });
    const id = row.id;
    if (extra.cadreUntil) {
      await deps.db.insert(householdCadres).values({ householdId: id, cadreId: cadre, divisionCode: row.divisionCode, since: '2024-03-01', until: extra.cadreUntil });
    }
    if (extra.patch) await deps.db.update(households).set(extra.patch).where(eq(households.id, id));
    if (extra.indicators?.length) {
      await deps.db.insert(householdIndicators).values(
        extra.indicators.map(([indicator, status, who]) => ({ householdId: id, indicator, status, verifier: who?.verifier ?? null, verifiedOn: who?.verifiedOn ?? null })),
      );
    }
    if (extra.incomes?.length) await deps.db.insert(householdIncomes).values(extra.incomes.map((i) => ({ householdId: id, ...i })));
    if (extra.measureYears?.length) {
      await deps.db.insert(householdMeasures).values(extra.measureYears.map((y) => ({ householdId: id, year: y, category: 'industry' as const, content: '养蜂' })));
    }
    return { id, persons };
  };

  const village = places.naguVillage;
  const allMet: NonNullable<Extra['indicators']> = (['food', 'clothing', 'education', 'medical', 'housing', 'water'] as const).map((i) => [i, 'met', verified]);
  const clean = await add(
    '张清白',
    {
      divisionCode: village,
      status: 'exited',
      members: [
        { name: '张清白', relation: 'householder', birthDate: '1970-05-06' },
        { name: '张小学', relation: 'child', birthDate: bornByForAge(today, 10), inSchool: true },
      ],
    },
    { indicators: allMet, incomes: [{ year: year - 1, wage: 12000, members: 2 }], measureYears: [year], patch: { housingGrade: 'B' } },
  );
  const exitedUnmet = await add('李未达', { divisionCode: village, status: 'exited' }, { indicators: [['food', 'met', verified], ['water', 'unmet', verified]] });
  const exitedLow = await add('王低收', { divisionCode: village, status: 'exited' }, {
    incomes: [
      { year: year - 2, wage: 9000, members: 1 },
      { year: year - 1, wage: 5999.99, members: 1 },
    ],
  });
  // Exactly on the line in its latest year, below it the year before: not below the line.
  await add('赵达线', { divisionCode: village, status: 'exited' }, {
    incomes: [
      { year: year - 2, wage: 1000, members: 2 },
      { year: year - 1, wage: 12000, members: 2 },
    ],
  });
  const childOut = await add('孙读书', {
    divisionCode: village,
    members: [
      { name: '孙读书', relation: 'householder', birthDate: '1980-01-01' },
      { name: '孙十岁', relation: 'child', birthDate: bornByForAge(today, 10) },
      { name: '孙六岁', relation: 'child', birthDate: bornByForAge(today, 6) },
      { name: '孙五岁', relation: 'child', birthDate: addDays(bornByForAge(today, 6), 1) },
      { name: '孙十六', relation: 'child', birthDate: bornByForAge(today, 16) },
      { name: '孙十五', relation: 'child', birthDate: addDays(bornByForAge(today, 16), 1), inSchool: true },
    ],
  });
  const old = await add('周百岁', {
    divisionCode: village,
    members: [
      { name: '周百岁', relation: 'householder', birthDate: '1960-01-01' },
      { name: '周老太', relation: 'parent', birthDate: bornByForAge(today, 101), gender: 'female' },
      { name: '周老爷', relation: 'grandparent', birthDate: addDays(bornByForAge(today, 101), 1) },
    ],
  });
  const noCadre = await add('吴无人', { divisionCode: village, paired: false });
  const cadreLeft = await add('郑离任', { divisionCode: village }, { cadreUntil: addDays(today, -1) });
  // Neither refused identification nor a household whose risk is removed needs a paired cadre.
  await add('冯未识', { divisionCode: village, status: 'not_identified', paired: false, members: [] });
  await add('陈消除', { divisionCode: village, status: 'non_poor', paired: false }, { patch: { monitoringType: 'marginal', monitoringState: 'risk_removed' } });
  const twoHolders = await add('褚两主', {
    divisionCode: village,
    members: [
      { name: '褚两主', relation: 'householder', birthDate: '1970-01-01' },
      { name: '褚另主', relation: 'householder', birthDate: '1972-01-01' },
    ],
  });
  const noHolder = await add('卫无主', { divisionCode: village, members: [{ name: '卫配偶', relation: 'spouse', birthDate: '1975-01-01', gender: 'female' }] });
  const unsafe = await add('蒋危房', { divisionCode: village }, { patch: { housingGrade: 'D' }, indicators: [['housing', 'met', verified]] });
  await add('沈改造', { divisionCode: village }, { patch: { housingGrade: 'C' }, indicators: [['housing', 'unmet', verified]] });
  const unverified = await add('韩未核', { divisionCode: village }, { indicators: [['food', 'met', { verifier: null, verifiedOn: '2025-06-01' }], ['water', 'pending']] });
  const undated = await add('杨无期', { divisionCode: village }, { indicators: [['clothing', 'unmet', { verifier: '李核验', verifiedOn: null }]] });
  const monitoredBare = await add('朱监测', { divisionCode: village, status: 'non_poor' }, {
    patch: { monitoringType: 'sudden', monitoringState: 'monitoring', monitoringSince: '2025-01-10' },
    measureYears: [year - 1],
  });
  await add('秦有措', { divisionCode: village, status: 'non_poor' }, { patch: { monitoringType: 'unstable', monitoringState: 'monitoring' }, measureYears: [year] });
  const mismatch = await add('尤错数', {
    divisionCode: village,
    members: [
      { name: '尤错数', relation: 'householder', birthDate: '1969-02-01' },
      { name: '尤妻', relation: 'spouse', birthDate: '1971-01-01', gender: 'female' },
    ],
  }, { patch: { memberCount: 3 } });

  await add('许营盘', { divisionCode: checkPlaces.yingpan });
  const daqiaoNoCadre = await add('何大桥', { divisionCode: checkPlaces.daqiaoVillage, paired: false });
  const gaozhouNoCadre = await add('吕高州', { divisionCode: places.zhenjiangVillage, paired: false });

  return {
    today,
    year,
    clean,
    exitedUnmet,
    exitedLow,
    childOut,
    old,
    noCadre,
    cadreLeft,
    twoHolders,
    noHolder,
    unsafe,
    unverified,
    undated,
    monitoredBare,
    mismatch,
    daqiaoNoCadre,
    gaozhouNoCadre,
  };
}
