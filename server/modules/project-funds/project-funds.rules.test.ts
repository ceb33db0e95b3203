import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allocationRoom, checkAdjustment, checkPayment, formatYuan, fromCents, ledgerFigures, sumCents, toCents } from './project-funds.rules.ts';

describe('money in cents', () => {
  test('parses and prints to the cent', () => {
    assert.equal(toCents('1234.56'), 123456);
    assert.equal(toCents('0.1'), 10);
    assert.equal(toCents('7'), 700);
    assert.equal(toCents('-3.05'), -305);
    assert.equal(fromCents(123456), '1234.56');
    assert.equal(fromCents(5), '0.05');
    assert.equal(fromCents(-305), '-3.05');
    assert.throws(() => toCents('1.234'));
    assert.throws(() => toCents('abc'));
  });

  test('sums without floating point drift', () => {
    assert.equal(sumCents(['0.10', '0.20']), 30);
    assert.equal(fromCents(sumCents(Array.from({ length: 1000 }, () => '0.01'))), '10.00');
    assert.equal(fromCents(sumCents(['22125000.00', '44908700.00', '0.07'])), '67033700.07');
  });

  test('formats yuan with thousands', () => {
    assert.equal(formatYuan(30000000), '¥300,000.00');
    assert.equal(formatYuan(99), '¥0.99');
    assert.equal(formatYuan(123456789012), '¥1,234,567,890.12');
  });
});

describe('ledger figures', () => {
  test('remaining per source and for the budget; reconciles when sources make the budget', () => {
    const f = ledgerFigures('300000.00', [
      { fundSourceId: 'a', amount: '200000.00', allocated: '200000.00', paid: '150000.01' },
      { fundSourceId: 'b', amount: '100000.00', allocated: '0', paid: '0' },
    ]);
    assert.deepEqual(f.rows[0], { fundSourceId: 'a', amount: 20000000, allocated: 20000000, paid: 15000001, remaining: 4999999 });
    assert.equal(f.totals.amount, 30000000);
    assert.equal(f.totals.paid, 15000001);
    assert.equal(f.budgetRemaining, 14999999);
    assert.equal(f.reconciles, true);
  });

  test('does not reconcile when a cent is missing, nor without an approved budget', () => {
    assert.equal(ledgerFigures('300000.00', [{ fundSourceId: 'a', amount: '299999.99', allocated: '0', paid: '0' }]).reconciles, false);
    assert.equal(ledgerFigures(null, [{ fundSourceId: 'a', amount: '1.00', allocated: '0', paid: '0' }]).reconciles, false);
  });
});

describe('payment check', () => {
  const budget = { approved: '1000.00', paid: '999.00' };
  test('the last yuan of the budget passes, one cent more does not', () => {
    assert.deepEqual(checkPayment('1.00', budget, { amount: '1000.00', paid: '999.00' }), { ok: true });
    assert.deepEqual(checkPayment('1.01', budget, { amount: '1000.00', paid: '999.00' }), { ok: false, reason: 'over_budget', remainingCents: 100 });
  });
  test('a source runs out before the budget', () => {
    assert.deepEqual(checkPayment('50.00', { approved: '1000.00', paid: '0' }, { amount: '40.00', paid: '0' }), { ok: false, reason: 'over_source', remainingCents: 4000 });
  });
  test('no approved budget: nothing may be paid', () => {
    assert.deepEqual(checkPayment('0.01', { approved: null, paid: '0' }, { amount: '10.00', paid: '0' }), { ok: false, reason: 'over_budget', remainingCents: 0 });
  });
});

describe('adjustment check', () => {
  const none = new Map([['a', '0'], ['b', '0']]);
  test('sources must add up to the new budget to the cent', () => {
    assert.deepEqual(checkAdjustment('100.00', [{ amount: '60.00' }, { amount: '40.00' }], none), []);
    const issues = checkAdjustment('100.00', [{ amount: '60.00' }, { amount: '39.99' }], none);
    assert.deepEqual(issues.map((i) => i.path), ['sources']);
    assert.match(issues[0]!.message, /¥99\.99/);
  });
  test('names only this project’s sources, each once', () => {
    const issues = checkAdjustment('30.00', [{ fundSourceId: 'x', amount: '10.00' }, { fundSourceId: 'a', amount: '10.00' }, { fundSourceId: 'a', amount: '10.00' }], new Map([['a', '0']]));
    assert.deepEqual(issues.map((i) => i.path), ['sources.0.fundSourceId', 'sources.2.fundSourceId']);
  });
  test('nothing below what is paid: the budget, a source, nor a paid source left out', () => {
    const paid = new Map([['a', '50.00'], ['b', '10.00']]);
    assert.deepEqual(checkAdjustment('60.00', [{ fundSourceId: 'a', amount: '50.00' }, { fundSourceId: 'b', amount: '10.00' }], paid), []);
    const low = checkAdjustment('59.99', [{ fundSourceId: 'a', amount: '49.99' }, { fundSourceId: 'b', amount: '10.00' }], paid);
    assert.deepEqual(low.map((i) => i.path), ['newBudget', 'sources.0.amount']);
    assert.match(low[1]!.message, /¥50\.00/);
    const dropped = checkAdjustment('50.00', [{ fundSourceId: 'a', amount: '50.00' }], paid);
    assert.deepEqual(dropped.map((i) => i.path), ['newBudget', 'sources']);
    assert.deepEqual(checkAdjustment('50.00', [{ fundSourceId: 'a', amount: '50.00' }], new Map([['a', '50.00'], ['b', '0']])), []);
  });
});

describe('allocation room', () => {
  test('what a source may still bring in, to the cent', () => {
    assert.equal(allocationRoom('200000.00', '199999.99'), 1);
    assert.equal(allocationRoom('100.00', '0'), 10000);
  });
});
