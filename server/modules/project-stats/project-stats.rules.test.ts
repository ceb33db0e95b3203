import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyCounted } from './project-stats.counted.ts';
import { addMoney, childPrefixLength, figuresOf, mergeOutputs, pathCodes, totalOf } from './project-stats.rules.ts';
import { unitRows } from './project-stats-units.rules.ts';

describe('project-stats rules', () => {
  test('money adds in cents: no floating-point drift over many small amounts', () => {
    assert.equal(addMoney('0.10', '0.20'), '0.30');
    assert.equal(addMoney(...Array.from({ length: 1000 }, () => '0.01')), '10.00');
    assert.equal(addMoney('44908699.99', '0.01'), '44908700.00');
    assert.equal(addMoney(), '0.00');
  });

  test('outputs add up only within one kind and unit, in the code list order', () => {
    const merged = mergeOutputs(
      [{ kind: 'other', unit: '个村民小组', planned: '3.00', actual: '3.00' }, { kind: 'road_km', unit: '公里', planned: '0.10', actual: '0.00' }],
      [{ kind: 'road_km', unit: '公里', planned: '0.20', actual: '0.05' }, { kind: 'other', unit: '个', planned: '1.00', actual: '1.00' }],
    );
    assert.deepEqual(merged, [
      { kind: 'road_km', unit: '公里', planned: '0.30', actual: '0.05' },
      { kind: 'other', unit: '个', planned: '1.00', actual: '1.00' },
      { kind: 'other', unit: '个村民小组', planned: '3.00', actual: '3.00' },
    ]);
  });

  test('figures carry every code; a region with nothing counts zero; rows add up to the total', () => {
    const zero = figuresOf(undefined);
    assert.equal(zero.projects, 0);
    assert.deepEqual(zero.byCategory.geological_hazard, { projects: 0, budget: '0.00' });
    assert.deepEqual(zero.funds.donation, { budgeted: '0.00', allocated: '0.00', paid: '0.00' });
    assert.equal(zero.serviceRequests.withdrawn, 0);

    const a = emptyCounted();
    a.byState = { accepted: { projects: 2, budget: '100.10' }, in_progress: { projects: 1, budget: '0.20' } };
    a.funds = { fiscal: { budgeted: '60.15', allocated: '60.15', paid: '10.01' }, unit: { budgeted: '40.15', allocated: '0.00', paid: '0.00' } };
    a.donations = { money: { count: 1, value: '0.10' } };
    const b = emptyCounted();
    b.byState = { accepted: { projects: 1, budget: '0.05' } };
    b.funds = { fiscal: { budgeted: '0.05', allocated: '0.05', paid: '0.05' } };
    b.donations = { money: { count: 2, value: '0.20' } };
    const fa = figuresOf(a);
    assert.deepEqual([fa.projects, fa.budget], [3, '100.30']);
    assert.deepEqual(fa.fundsTotal, { budgeted: '100.30', allocated: '60.15', paid: '10.01' });
    const total = totalOf([fa, figuresOf(b)]);
    assert.deepEqual([total.projects, total.budget, total.byState.accepted], [4, '100.35', { projects: 3, budget: '100.15' }]);
    assert.deepEqual(total.fundsTotal, { budgeted: '100.35', allocated: '60.20', paid: '10.06' });
    assert.deepEqual(total.donations.money, { count: 3, value: '0.30' });
  });

  test('drill-down levels and the breadcrumb from the caller down', () => {
    assert.deepEqual([null, 2, 4, 6, 9, 12].map((l) => childPrefixLength(l)), [2, 4, 6, 9, 12, null]);
    assert.deepEqual(pathCodes('530326', '530326102'), ['530326000000', '530326102000']);
    assert.deepEqual(pathCodes(null, '5303'), ['530000000000', '530300000000']);
  });

  test('by unit: a project counts for each unit backing it; villages and categories are distinct', () => {
    const fact = (id: string, category: string, budget: string) => ({ id, category, budget, approvedBudget: budget, households: 1, persons: 3, allocated: budget, paid: '0.01' });
    const rows = unitRows({
      links: [
        { unitId: 'u1', projectId: 'p1' },
        { unitId: 'u1', projectId: 'p2' },
        { unitId: 'u2', projectId: 'p2' },
        { unitId: 'u2', projectId: 'gone' },
      ],
      facts: [fact('p1', 'road', '0.10'), fact('p2', 'road', '0.20')],
      villages: [
        { projectId: 'p1', divisionCode: 'v1' },
        { projectId: 'p2', divisionCode: 'v1' },
        { projectId: 'p2', divisionCode: 'v2' },
      ],
      outputs: [
        { projectId: 'p1', kind: 'road_km', unit: '公里', planned: '1.10', actual: '1.00' },
        { projectId: 'p2', kind: 'road_km', unit: '公里', planned: '2.20', actual: '2.00' },
      ],
      funds: [{ unitId: 'u1', amount: '0.15' }],
      names: new Map([
        ['u1', '乙单位'],
        ['u2', '甲单位'],
        ['u3', '丙单位'],
      ]),
      always: ['u3'],
    });
    assert.deepEqual(
      rows.map((r) => [r.unitId, r.projects, r.villages, r.categories, r.budget, r.unitFunds, r.paid, r.beneficiaryPersons, r.outputs.map((o) => o.planned)]),
      [
        ['u3', 0, 0, 0, '0.00', '0.00', '0.00', 0, []],
        ['u2', 1, 2, 1, '0.20', '0.00', '0.01', 3, ['2.20']],
        ['u1', 2, 2, 1, '0.30', '0.15', '0.02', 6, ['3.30']],
      ],
    );
  });
});
