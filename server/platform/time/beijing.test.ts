import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beijingDay, beijingYear } from './beijing.ts';

test('the day and year turn at midnight in China, eight hours before UTC', () => {
  assert.equal(beijingDay(new Date('2026-12-31T15:59:59Z')), '2026-12-31');
  assert.equal(beijingDay(new Date('2026-12-31T16:00:00Z')), '2027-01-01');
  assert.equal(beijingYear(new Date('2026-12-31T15:59:59Z')), 2026);
  assert.equal(beijingYear(new Date('2026-12-31T16:00:00Z')), 2027);
});
