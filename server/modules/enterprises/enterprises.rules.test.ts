import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { contributionProblems, creditCodeCheckChar, creditCodeProblem, isContactPhone, pairingEndProblems, totalsOf, childPrefixLength } from './enterprises.rules.ts';
import { enterpriseCreateBody } from '../../../contracts/enterprises.ts';

const paths = (problems: { path: string }[]) => problems.map((p) => p.path);
const pairing = { since: '2024-03-01', until: null };
const today = '2026-12-06';

describe('统一社会信用代码', () => {
  test('the check character of a published code, and one made for a 苍梧 enterprise', () => {
    assert.equal(creditCodeCheckChar('91350100M000100Y4'), '3');
    assert.equal(creditCodeProblem('91350100M000100Y43'), null);
    assert.equal(creditCodeProblem('91450421MA5L00000T'), null);
  });

  test('a wrong check character, a wrong length and forbidden letters are each named', () => {
    assert.match(creditCodeProblem('91350100M000100Y44')!, /校验位/);
    assert.match(creditCodeProblem('91350100M000100Y4')!, /18 位/);
    // I, O, S, V and Z are not in the code's alphabet.
    assert.match(creditCodeProblem('91350100M0001O0Y43')!, /字符/);
    assert.equal(creditCodeCheckChar('9135010OM000100Y4'), null);
  });

  test('the contract takes lower case as upper case, empty as none, and refuses a bad code in Chinese', () => {
    const base = { name: '苍梧县测试木业有限公司', divisionCode: '450421000000' };
    assert.equal(enterpriseCreateBody.parse({ ...base, creditCode: '91350100m000100y43' }).creditCode, '91350100M000100Y43');
    assert.equal(enterpriseCreateBody.parse({ ...base, creditCode: '' }).creditCode, null);
    const bad = enterpriseCreateBody.safeParse({ ...base, creditCode: '91350100M000100Y44' });
    assert.equal(bad.success, false);
    assert.match(bad.error!.issues[0]!.message, /校验位/);
  });

  test('a company phone may be a mobile or a landline', () => {
    assert.ok(isContactPhone('13907741234'));
    assert.ok(isContactPhone('0774-3821234'));
    assert.ok(!isContactPhone('12345'));
  });
});

describe('contribution rules', () => {
  test('money, goods and purchases need a value above zero', () => {
    assert.deepEqual(paths(contributionProblems({ kind: 'money', givenOn: '2025-01-01' }, pairing, today)), ['value']);
    assert.deepEqual(paths(contributionProblems({ kind: 'goods', value: '0.00', givenOn: '2025-01-01' }, pairing, today)), ['value']);
    assert.deepEqual(paths(contributionProblems({ kind: 'purchases', value: '86000.50', givenOn: '2025-01-01' }, pairing, today)), []);
  });

  test('jobs need a whole number of people; expertise needs neither', () => {
    assert.deepEqual(paths(contributionProblems({ kind: 'jobs', givenOn: '2025-01-01' }, pairing, today)), ['quantity']);
    assert.deepEqual(paths(contributionProblems({ kind: 'jobs', quantity: '2.5', givenOn: '2025-01-01' }, pairing, today)), ['quantity']);
    assert.deepEqual(paths(contributionProblems({ kind: 'jobs', quantity: '12', givenOn: '2025-01-01' }, pairing, today)), []);
    assert.deepEqual(paths(contributionProblems({ kind: 'expertise', givenOn: '2025-01-01' }, pairing, today)), []);
  });

  test('the day lies within the pairing and not in the future', () => {
    assert.deepEqual(paths(contributionProblems({ kind: 'money', value: '1.00', givenOn: '2024-02-29' }, pairing, today)), ['givenOn']);
    assert.deepEqual(paths(contributionProblems({ kind: 'money', value: '1.00', givenOn: '2026-12-07' }, pairing, today)), ['givenOn']);
    assert.deepEqual(paths(contributionProblems({ kind: 'money', value: '1.00', givenOn: '2025-07-01' }, { since: '2024-03-01', until: '2025-06-30' }, today)), ['givenOn']);
    assert.deepEqual(paths(contributionProblems({ kind: 'money', value: '1.00', givenOn: '2024-03-01' }, pairing, today)), []);
  });

  test('a pairing ends after its start and its last contribution', () => {
    assert.deepEqual(paths(pairingEndProblems('2024-02-01', pairing, null, today)), ['until']);
    assert.deepEqual(paths(pairingEndProblems('2025-01-01', pairing, '2025-03-01', today)), ['until']);
    assert.deepEqual(paths(pairingEndProblems('2027-01-01', pairing, null, today)), ['until']);
    assert.deepEqual(paths(pairingEndProblems('2025-03-01', pairing, '2025-03-01', today)), []);
  });

  test('totals by kind add to the cent; jobs add people', () => {
    const totals = totalsOf([
      { kind: 'money', value: '0.10', quantity: null },
      { kind: 'money', value: '0.20', quantity: null },
      { kind: 'goods', value: '1500.00', quantity: '30' },
      { kind: 'purchases', value: '86000.55', quantity: null },
      { kind: 'jobs', value: null, quantity: '12' },
      { kind: 'jobs', value: null, quantity: '3' },
      { kind: 'expertise', value: null, quantity: null },
    ]);
    assert.deepEqual(totals, { money: '0.30', goods: '1500.00', purchases: '86000.55', jobs: 15, count: 7 });
  });

  test('drill-down goes one level at a time and stops at the village', () => {
    assert.equal(childPrefixLength(4), 6);
    assert.equal(childPrefixLength(6), 9);
    assert.equal(childPrefixLength(9), 12);
    assert.equal(childPrefixLength(12), null);
  });
});
