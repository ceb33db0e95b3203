import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, checkCompletion, firstDayAfter, noticePeriod, noticeRunning, projectToday } from './projects.rules.ts';

describe('project notices', () => {
  test('a notice counts its first day', () => {
    assert.deepEqual(noticePeriod('2026-03-01', 7), { start: '2026-03-01', end: '2026-03-07' });
    assert.deepEqual(noticePeriod('2026-02-25', 5), { start: '2026-02-25', end: '2026-03-01' });
    assert.deepEqual(noticePeriod('2026-03-01', 1), { start: '2026-03-01', end: '2026-03-01' });
  });

  test('runs through its last day and releases the day after', () => {
    const notice = noticePeriod('2026-03-01', 7);
    assert.equal(noticeRunning(notice, '2026-03-01'), true);
    assert.equal(noticeRunning(notice, '2026-03-07'), true);
    assert.equal(noticeRunning(notice, '2026-03-08'), false);
    assert.equal(firstDayAfter(notice), '2026-03-08');
    assert.equal(noticeRunning({ end: null }, '2026-03-01'), false);
  });

  test('day arithmetic crosses months and years', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(projectToday(new Date('2026-03-01T17:00:00Z')), '2026-03-02');
  });
});

describe('completion', () => {
  const project = { startedOn: '2026-04-01', outputIds: ['a', 'b'] };
  test('needs a day between the start and today', () => {
    assert.deepEqual(checkCompletion({ completedOn: '2026-05-01', outputs: [{ id: 'a' }] }, project, '2026-05-02'), []);
    assert.deepEqual(checkCompletion({ completedOn: undefined, outputs: [] }, project, '2026-05-02').map((e) => e.path), ['completedOn']);
    assert.match(checkCompletion({ completedOn: '2026-03-31', outputs: [] }, project, '2026-05-02')[0]!.message, /2026-04-01/);
    assert.equal(checkCompletion({ completedOn: '2026-05-03', outputs: [] }, project, '2026-05-02').length, 1);
  });
  test('refuses outputs of another project', () => {
    assert.deepEqual(checkCompletion({ completedOn: '2026-05-01', outputs: [{ id: 'z' }] }, project, '2026-05-02').map((e) => e.path), ['outputs.0.id']);
  });
});
