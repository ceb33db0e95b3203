import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ancestorsOfVillage,
  archiveOwnerType,
  beijingToday,
  categoryOfOwnerType,
  incomePerHead,
  maskPersonName,
  newLinkToken,
  publicMeasureYears,
} from './household-archives.rules.ts';

test('a name keeps its surname and hides the rest, one star a character', () => {
  assert.equal(maskPersonName('张三'), '张*');
  assert.equal(maskPersonName('楊正華'), '楊**');
  assert.equal(maskPersonName('欧阳修文'), '欧阳**');
  assert.equal(maskPersonName('欧阳'), '欧*');
  assert.equal(maskPersonName('李'), '李*');
});

test('the category survives the round trip through the owner type', () => {
  assert.equal(archiveOwnerType('income_proof'), 'household:income_proof');
  assert.equal(categoryOfOwnerType('household:photo'), 'photo');
  assert.equal(categoryOfOwnerType('household:unknown'), 'other');
  assert.equal(categoryOfOwnerType('team_report'), 'other');
});

test('link tokens are 192-bit base64url and differ each time', () => {
  const a = newLinkToken();
  const b = newLinkToken();
  assert.match(a, /^[A-Za-z0-9_-]{32}$/);
  assert.notEqual(a, b);
  assert.equal(Buffer.from(a, 'base64url').length, 24);
});

test('per-head income is the total over the members, to the fen', () => {
  assert.equal(incomePerHead(10000, 3), 3333.33);
  assert.equal(incomePerHead(9000, 0), null);
});

test('the public years follow Beijing time across New Year', () => {
  assert.deepEqual(publicMeasureYears(new Date('2025-12-31T17:00:00Z')), [2026, 2025]);
  assert.deepEqual(publicMeasureYears(new Date('2025-12-31T15:00:00Z')), [2025, 2024]);
  assert.equal(beijingToday(new Date('2025-12-31T17:00:00Z')), '2026-01-01');
});

test('a village code names its township and county', () => {
  assert.deepEqual(ancestorsOfVillage('530326102204'), { county: '530326000000', township: '530326102000' });
});
