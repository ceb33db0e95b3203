import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, inArray, like } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../server/test/test-app.ts';
import { cadres, checkIdentity, validateIdNumber } from '../../server/modules/cadres/index.ts';
import { householdCadres, householdIncomes, householdIndicators, householdMeasures, householdPersons, households } from '../../server/modules/households/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedHouseholds } from './seed-households.ts';
import { householdVillageCodes } from './household-villages.ts';

const TODAY = '2026-11-20';
const sixMonthsAgo = '2026-05-20';

describe('demo households', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    await seedHouseholds(createDemoWorld(t.deps, TODAY));
  });
  after(() => t.close());

  const pairedNames = async (householdId: string) =>
    (await t.deps.db.select({ name: cadres.name }).from(householdCadres).innerJoin(cadres, eq(cadres.id, householdCadres.cadreId)).where(eq(householdCadres.householdId, householdId))).map((r) => r.name);


  test('[001] 地古屯村: 123 households in the bee-keeping cooperative, 谭世远 among them, paired with 张锦华', async () => {
    const rows = await t.deps.db.select().from(households).where(eq(households.divisionCode, householdVillageCodes.digutun));
    assert.equal(rows.length, 123);
    assert.ok(rows.every((h) => h.status === 'exited' || h.status === 'registered'));
    const beeKeepers = await t.deps.db
      .selectDistinct({ id: householdMeasures.householdId })
      .from(householdMeasures)
      .innerJoin(households, eq(households.id, householdMeasures.householdId))
      .where(and(eq(households.divisionCode, householdVillageCodes.digutun), like(householdMeasures.content, '%中华蜂两箱%')));
    assert.equal(beeKeepers.length, 123);
    const tan = rows.find((h) => h.householderName === '谭世远');
    assert.ok(tan, '谭世远 is registered');
    const measures = await t.deps.db.select().from(householdMeasures).where(eq(householdMeasures.householdId, tan.id));
    assert.ok(measures.some((m) => m.content.includes('折股')));
    assert.ok(measures.some((m) => m.content.includes('四千多元')));
    assert.ok((await pairedNames(tan.id)).includes('张锦华'));
  });

  test('[004] 英明村: 杨正华 grows 3 mu of herbs with 梁仕勇 for more than 10,000 yuan; 邹容邦 keeps 2 mu of grapes with 赵建军', async () => {
    const [yang] = await t.deps.db.select().from(households).where(eq(households.householderName, '杨正华'));
    assert.ok(yang);
    assert.equal(yang.group, '一组');
    const herbs = await t.deps.db.select().from(householdMeasures).where(eq(householdMeasures.householdId, yang.id));
    assert.deepEqual([...new Set(herbs.filter((m) => m.content.includes('种植中药材3亩')).map((m) => m.year))].sort(), [2024, 2025, 2026]);
    assert.deepEqual(await pairedNames(yang.id), ['梁仕勇']);
    const [income] = await t.deps.db.select().from(householdIncomes).where(and(eq(householdIncomes.householdId, yang.id), eq(householdIncomes.year, 2026)));
    assert.ok(income!.business >= 10_000 && income!.business < 20_000);
    const [zou] = await t.deps.db.select().from(households).where(eq(households.householderName, '邹容邦'));
    assert.ok(zou);
    assert.equal(zou.divisionCode, yang.divisionCode);
    assert.equal(zou.mainCause, 'no_labour');
    assert.deepEqual(await pairedNames(zou.id), ['赵建军']);
    const grapes = await t.deps.db.select().from(householdMeasures).where(eq(householdMeasures.householdId, zou.id));
    assert.ok(grapes.some((m) => m.content.includes('葡萄园2亩')));
    const [followers] = await t.deps.db.select({ n: count() }).from(householdMeasures).where(like(householdMeasures.content, '跟种中药材%'));
    assert.ok(followers!.n >= 10 * 3);
  });

  test('every member has a valid ID number of his own, matching gender and birth date, stored encrypted and masked', async () => {
    const persons = await t.deps.db.select().from(householdPersons);
    assert.ok(persons.length > 900, `${persons.length} persons`);
    const cadreHashes = new Set((await t.deps.db.select({ hash: cadres.idNumberHash }).from(cadres)).map((r) => r.hash));
    const seen = new Set<string>();
    for (const person of persons) {
      const idNumber = t.deps.cipher.decrypt(person.idNumberCipher);
      assert.equal(validateIdNumber(idNumber).ok, true, `${person.name} ${person.idNumberMasked}`);
      assert.deepEqual(checkIdentity({ idNumber, gender: person.gender, birthDate: person.birthDate }), []);
      assert.equal(person.idNumberHash, t.deps.cipher.fingerprint(idNumber));
      assert.ok(!person.idNumberMasked.includes(idNumber.slice(6, 14)));
      assert.ok(!seen.has(idNumber), `${idNumber.slice(0, 6)} issued twice`);
      seen.add(idNumber);
      assert.ok(!cadreHashes.has(person.idNumberHash), `${person.name} shares a cadre's number`);
    }
    const memberCounts = await t.deps.db.select({ id: householdPersons.householdId, n: count() }).from(householdPersons).groupBy(householdPersons.householdId);
    const declared = new Map((await t.deps.db.select({ id: households.id, n: households.memberCount }).from(households)).map((h) => [h.id, h.n]));
    for (const row of memberCounts) assert.equal(declared.get(row.id), row.n);
  });

  test('the registry looks like these years: mostly exited, every monitoring type, per head mostly above 4,000 yuan', async () => {
    const rows = await t.deps.db.select().from(households);
    const share = (f: (h: (typeof rows)[number]) => boolean) => rows.filter(f).length / rows.length;
    assert.ok(share((h) => h.status === 'exited') > 0.6);
    assert.ok(rows.some((h) => h.status === 'registered') && rows.some((h) => h.status === 'new'));
    for (const type of ['unstable', 'marginal', 'sudden'] as const) assert.ok(rows.some((h) => h.monitoringType === type), type);
    assert.ok(rows.some((h) => h.monitoringState === 'risk_removed' && h.riskRemovedOn !== null));
    assert.ok(rows.some((h) => h.relocated && h.relocationSite));
    const incomes = await t.deps.db.select().from(householdIncomes).where(eq(householdIncomes.year, 2026));
    const perHead = incomes.map((i) => (i.wage + i.business + i.property + i.transfer) / i.members);
    assert.ok(perHead.filter((p) => p >= 4000).length / perHead.length > 0.8);
    assert.ok(perHead.some((p) => p < 4000), 'a low income for the checks');
    const indicators = await t.deps.db.select({ status: householdIndicators.status, n: count() }).from(householdIndicators).groupBy(householdIndicators.status);
    const byStatus = Object.fromEntries(indicators.map((r) => [r.status, r.n]));
    assert.ok(byStatus.met! > 10 * (byStatus.unmet ?? 0) && (byStatus.unmet ?? 0) > 0 && (byStatus.pending ?? 0) > 0);
  });

  test('拖车村 leaves the transitions their households: new ones, exit candidates, long-monitored ones, one without labour', async () => {
    const tuoche = await t.deps.db.select().from(households).where(eq(households.divisionCode, householdVillageCodes.tuoche));
    assert.ok(tuoche.filter((h) => h.status === 'new').length >= 6);
    const registered = tuoche.filter((h) => h.status === 'registered').map((h) => h.id);
    const indicators = await t.deps.db.select().from(householdIndicators).where(inArray(householdIndicators.householdId, registered));
    const incomes = await t.deps.db.select().from(householdIncomes).where(and(inArray(householdIncomes.householdId, registered), eq(householdIncomes.year, 2026)));
    const candidates = registered.filter(
      (id) =>
        indicators.filter((i) => i.householdId === id).every((i) => i.status === 'met' && i.verifier && i.verifiedOn) &&
        incomes.some((i) => i.householdId === id && (i.wage + i.business + i.property + i.transfer) / i.members >= 4000),
    );
    assert.ok(candidates.length >= 3, `${candidates.length} exit candidates`);
    const monitored = tuoche.filter((h) => h.monitoringState === 'monitoring' && h.monitoringSince! < sixMonthsAgo);
    assert.ok(monitored.length >= 2);
    const persons = await t.deps.db.select().from(householdPersons).where(inArray(householdPersons.householdId, monitored.map((h) => h.id)));
    const withoutLabour = monitored.filter((h) => persons.filter((p) => p.householdId === h.id).every((p) => p.labourAbility === 'none' || p.labourAbility === 'lost'));
    assert.equal(withoutLabour.length, 1);
    const paired = await t.deps.db.selectDistinct({ id: householdCadres.householdId }).from(householdCadres).where(eq(householdCadres.divisionCode, householdVillageCodes.tuoche));
    assert.equal(tuoche.length - paired.length, 1, 'one household left without a paired cadre for the checks');
  });

  test('a second run adds nothing', async () => {
    const [before] = await t.deps.db.select({ n: count() }).from(households);
    await seedHouseholds(createDemoWorld(t.deps, TODAY));
    const [afterwards] = await t.deps.db.select({ n: count() }).from(households);
    assert.equal(afterwards!.n, before!.n);
  });
});
