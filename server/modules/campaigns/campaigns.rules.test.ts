import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { campaignProblems, defaultFormula, ledgerProblems, mayStep, taskProblems, taskStateAfter } from './campaigns.rules.ts';

const paths = (problems: { path: string }[]) => problems.map((p) => p.path).sort();
const campaign = { lines: ['branch_village', 'secretary_household'] as const, startsOn: '2025-01-01', endsOn: '2025-12-31' };

describe('campaign rules', () => {
  test('every enabled line weighs the same by default', () => {
    assert.deepEqual(defaultFormula(['branch_village', 'leader_stay', 'member_service']), {
      weights: { branch_village: 33.33, leader_stay: 33.33, member_service: 33.33 },
      capPercent: 100,
      fullScore: 100,
    });
  });

  test('a campaign ends after it starts, has no duplicate lines, and weighs only its lines', () => {
    assert.deepEqual(campaignProblems({ lines: ['branch_village'], startsOn: '2025-01-01', endsOn: '2025-12-31', year: 2025 }), []);
    assert.deepEqual(paths(campaignProblems({ lines: ['branch_village', 'branch_village'], startsOn: '2025-03-01', endsOn: '2025-02-01', year: 2025 })), ['endsOn', 'lines']);
    assert.deepEqual(paths(campaignProblems({ lines: ['branch_village'], startsOn: '2026-01-01', endsOn: '2026-02-30', year: 2025 })), ['endsOn', 'startsOn']);
    const formula = { weights: { leader_stay: 50 }, capPercent: 100, fullScore: 100 };
    assert.deepEqual(paths(campaignProblems({ lines: ['branch_village'], startsOn: '2025-01-01', endsOn: '2025-12-31', year: 2025, formula })), ['formula.weights.leader_stay']);
  });

  test('draft → running → closed, never back', () => {
    assert.equal(mayStep('draft', 'running'), true);
    assert.equal(mayStep('running', 'closed'), true);
    assert.equal(mayStep('draft', 'closed'), false);
    assert.equal(mayStep('closed', 'running'), false);
    assert.equal(mayStep('running', 'draft'), false);
  });

  test('a task names a village, or for a secretary a household', () => {
    assert.deepEqual(paths(taskProblems({ line: 'branch_village' }, campaign.lines)), ['villageCode']);
    assert.deepEqual(paths(taskProblems({ line: 'secretary_household' }, campaign.lines)), ['householdName']);
    assert.deepEqual(taskProblems({ line: 'secretary_household', householdName: '李大爷' }, campaign.lines), []);
    assert.deepEqual(paths(taskProblems({ line: 'leader_stay', villageCode: '530326102204' }, campaign.lines)), ['line']);
  });

  test('an open task is claimed or assigned once, then done', () => {
    assert.equal(taskStateAfter('open', 'claim'), 'claimed');
    assert.equal(taskStateAfter('open', 'assign'), 'assigned');
    assert.equal(taskStateAfter('claimed', 'claim'), null);
    assert.equal(taskStateAfter('assigned', 'claim'), null);
    assert.equal(taskStateAfter('claimed', 'assign'), null);
    assert.equal(taskStateAfter('assigned', 'done'), 'done');
    assert.equal(taskStateAfter('open', 'done'), null);
    assert.equal(taskStateAfter('done', 'done'), null);
  });

  test('a ledger entry falls within the campaign and by today, and names the household for a secretary', () => {
    const ok = { line: 'branch_village' as const, happenedOn: '2025-05-01' };
    assert.deepEqual(ledgerProblems(ok, campaign, '2025-06-01'), []);
    assert.deepEqual(paths(ledgerProblems({ ...ok, happenedOn: '2025-05-02' }, campaign, '2025-05-01')), ['happenedOn']);
    assert.deepEqual(paths(ledgerProblems({ ...ok, happenedOn: '2024-12-31' }, campaign, '2025-06-01')), ['happenedOn']);
    assert.deepEqual(paths(ledgerProblems({ ...ok, happenedOn: '2025-02-29' }, campaign, '2025-06-01')), ['happenedOn']);
    assert.deepEqual(paths(ledgerProblems({ ...ok, line: 'secretary_household' }, campaign, '2025-06-01')), ['householdName']);
    assert.deepEqual(ledgerProblems({ ...ok, line: 'secretary_household', householdId: 'x' }, campaign, '2025-06-01'), []);
    assert.deepEqual(paths(ledgerProblems({ ...ok, line: 'member_service' }, campaign, '2025-06-01')), ['line']);
  });
});
