import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIdentity, validateIdNumber } from '../../server/modules/cadres/index.ts';
import { IdentityIssuer } from './identity.ts';
import { ageOn, HouseholdIdentities } from './household-members.ts';
import { perHeadIncome, splitIncome, type HouseholdVillage, type PlanHousehold } from './household-plans.ts';
import { planVillageHouseholds } from './household-stories.ts';
import { countySettings, householdVillageCodes } from './household-villages.ts';
import { SeededRandom } from './random.ts';

const TODAY = '2026-11-20';
const cadres = [
  { id: '00000000-0000-4000-8000-000000000001', name: '李明', postedHere: true },
  { id: '00000000-0000-4000-8000-000000000002', name: '王芳', postedHere: false },
];

function village(code: string): HouseholdVillage {
  return { code, name: '测试村', township: '测试镇', ...countySettings[code.slice(0, 6)]!, cadres, teamSince: '2018-03-20' };
}

function plan(code: string, count: number, taken: (id: string) => boolean = () => false): PlanHousehold[] {
  const random = new SeededRandom('household-plans-test');
  const ids = new HouseholdIdentities(new IdentityIssuer(random), taken, new Set(['杨正华']));
  return planVillageHouseholds(random, ids, village(code), count, TODAY);
}

describe('demo household plans', () => {
  test('the same seed and day give the same households', () => {
    assert.deepEqual(plan('530326102205', 20), plan('530326102205', 20));
    assert.notDeepEqual(plan('530326102205', 20)[0]!.persons, plan('440981101207', 20)[0]!.persons);
  });

  test('families hang together: valid numbers of the county, children younger than their parents, school-age children at school', () => {
    for (const household of plan('530326102205', 60)) {
      const head = household.persons[0]!;
      assert.equal(head.relation, 'householder');
      assert.equal(household.householderName, head.name);
      for (const person of household.persons) {
        assert.equal(validateIdNumber(person.idNumber).ok, true);
        assert.deepEqual(checkIdentity({ idNumber: person.idNumber, gender: person.gender, birthDate: person.birthDate }), []);
        assert.ok(person.idNumber.startsWith('530326'));
        assert.notEqual(person.name, '杨正华');
        if (person.relation === 'child') assert.ok(person.birthDate.slice(0, 4) >= String(Number(head.birthDate.slice(0, 4)) + 18), `${person.birthDate} vs ${head.birthDate}`);
        const age = ageOn(person.birthDate, TODAY);
        if (age >= 6 && age <= 15) assert.equal(person.inSchool, true, `${person.name} ${age}`);
        if (age < 16) assert.equal(person.labourAbility, 'none');
      }
      assert.equal(household.incomes.length, 3);
      assert.ok(household.incomes.every((i) => i.members === household.persons.length));
    }
  });

  test('a number the base demo already holds is never issued again', () => {
    const refused = new Set<string>();
    const taken = (id: string) => {
      if (refused.size < 5 && !refused.has(id)) {
        refused.add(id);
        return true;
      }
      return false;
    };
    const issued = plan('530326102205', 5, taken).flatMap((h) => h.persons.map((p) => p.idNumber));
    assert.equal(refused.size, 5);
    assert.ok(issued.every((id) => !refused.has(id)));
    assert.equal(new Set(issued).size, issued.length);
  });

  test('income by source adds up to the total and keeps every source at or above zero', () => {
    const random = new SeededRandom('split');
    const persons = plan('440981101207', 3).flatMap((h) => h.persons);
    for (const total of [2000, 9000, 30_000, 64_000]) {
      const split = splitIncome(random, total, persons.slice(0, 4), 'general', TODAY);
      const sum = split.wage + split.business + split.property + split.transfer;
      assert.ok(Math.abs(sum - total) <= 20, `${total} → ${JSON.stringify(split)}`);
      assert.ok(Object.values(split).every((v) => v >= 0));
    }
  });

  test('拖车村: the households the transitions and the checks start from', () => {
    const tuoche = plan(householdVillageCodes.tuoche, 45);
    assert.equal(tuoche.length, 45);
    assert.ok(tuoche.filter((h) => h.status === 'new').length >= 6);
    const candidates = tuoche.filter((h) => h.status === 'registered' && h.indicators.every((i) => i.status === 'met') && perHeadIncome(h.incomes[2]!) >= 4000);
    assert.ok(candidates.length >= 3);
    assert.ok(tuoche.some((h) => h.persons.some((p) => ageOn(p.birthDate, TODAY) > 100)));
    assert.ok(tuoche.some((h) => h.persons.some((p) => ageOn(p.birthDate, TODAY) >= 6 && ageOn(p.birthDate, TODAY) <= 15 && !p.inSchool)));
    assert.ok(tuoche.some((h) => h.status === 'exited' && h.indicators.some((i) => i.status === 'unmet')));
    assert.equal(tuoche.filter((h) => h.cadres.length === 0).length, 1);
  });
});
