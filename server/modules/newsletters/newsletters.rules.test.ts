import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { issuerCode, newPublicToken, nextIssueNo, reviewerRole, yearInChina } from './newsletters.rules.ts';

describe('newsletter rules', () => {
  test('a village’s or township’s newsletter is numbered in its county’s series; a city’s in its own', () => {
    assert.equal(issuerCode('530326102204'), '530326000000');
    assert.equal(issuerCode('530326102000'), '530326000000');
    assert.equal(issuerCode('530326000000'), '530326000000');
    assert.equal(issuerCode('450400000000'), '450400000000');
    assert.equal(issuerCode('450000000000'), '450000000000');
  });

  test('the county reviews its series, the city above that', () => {
    assert.equal(reviewerRole('530326102204'), 'county_org');
    assert.equal(reviewerRole('450400000000'), 'city_org');
  });

  test('the next number follows the highest given, gaps and all', () => {
    assert.equal(nextIssueNo([]), 1);
    assert.equal(nextIssueNo([1, 2, null, 4]), 5);
  });

  test('the year turns at midnight in China, not in UTC', () => {
    assert.equal(yearInChina(new Date('2026-12-31T16:30:00Z')), 2027);
    assert.equal(yearInChina(new Date('2026-12-31T15:30:00Z')), 2026);
  });

  test('public tokens are long and unlike each other', () => {
    const a = newPublicToken();
    assert.ok(a.length >= 32);
    assert.notEqual(a, newPublicToken());
  });
});
