import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { childPrefixLength, donationProblems, figuresOf, mayDelete, pathCodes } from './donations.rules.ts';

const paths = (problems: { path: string }[]) => problems.map((p) => p.path).sort();

describe('donation rules', () => {
  const today = '2026-12-06';

  test('goods are named; money carries no goods; quantity comes with its unit', () => {
    assert.deepEqual(donationProblems({ form: 'goods', receivedOn: today }, today), [{ path: 'goods', message: '捐物请填写物资名称' }]);
    assert.deepEqual(paths(donationProblems({ form: 'goods', goods: '校服', quantity: '120.00', receivedOn: today }, today)), ['unit']);
    assert.deepEqual(donationProblems({ form: 'goods', goods: '校服', quantity: '120.00', unit: '套', receivedOn: today }, today), []);
    assert.deepEqual(paths(donationProblems({ form: 'money', goods: '书包', unit: '个', receivedOn: today }, today)), ['goods', 'unit']);
    assert.deepEqual(donationProblems({ form: 'money', goods: null, quantity: null, unit: null, receivedOn: today }, today), []);
  });

  test('received by today, on a day that exists', () => {
    assert.deepEqual(paths(donationProblems({ form: 'money', receivedOn: '2026-12-07' }, today)), ['receivedOn']);
    assert.deepEqual(paths(donationProblems({ form: 'money', receivedOn: '2026-02-29' }, today)), ['receivedOn']);
    assert.deepEqual(donationProblems({ form: 'money', receivedOn: '2024-02-29' }, today), []);
  });

  test('only the recorder deletes, and only within seven days', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    const row = { createdBy: 'a', createdAt: new Date('2026-11-30T10:00:01Z') };
    assert.equal(mayDelete(row, 'a', now), true);
    assert.equal(mayDelete(row, 'b', now), false);
    assert.equal(mayDelete(row, null, now), false);
    assert.equal(mayDelete({ createdBy: null, createdAt: now }, null, now), false);
    assert.equal(mayDelete({ createdBy: 'a', createdAt: new Date('2026-11-29T10:00:00Z') }, 'a', now), false);
  });

  test('figures add money and goods in cents', () => {
    assert.deepEqual(figuresOf({ money: '0.10', goods: '0.20', count: 2, donors: 1 }), { money: '0.10', goods: '0.20', total: '0.30', count: 2, donors: 1 });
    assert.deepEqual(figuresOf(undefined), { money: '0.00', goods: '0.00', total: '0.00', count: 0, donors: 0 });
    assert.equal(figuresOf({ money: '999999999999.99', goods: '0.01', count: 2, donors: 2 }).total, '1000000000000.00');
  });

  test('drill-down levels', () => {
    assert.equal(childPrefixLength(6), 9);
    assert.equal(childPrefixLength(9), 12);
    assert.equal(childPrefixLength(12), null);
    assert.deepEqual(pathCodes('4409', '440981101'), ['440900000000', '440981000000', '440981101000']);
  });
});
