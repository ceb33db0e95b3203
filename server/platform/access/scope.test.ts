import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeInScope, divisionPrefix, makeScope } from './scope.ts';

test('prefix of each level', () => {
  assert.equal(divisionPrefix('530000000000'), '53');
  assert.equal(divisionPrefix('530300000000'), '5303');
  assert.equal(divisionPrefix('530326000000'), '530326');
  assert.equal(divisionPrefix('530326102000'), '530326102');
  assert.equal(divisionPrefix('530326102204'), '530326102204');
});

test('a township sees its villages and not its neighbour', () => {
  const scope = makeScope('440981107000', null);
  assert.equal(codeInScope(scope, '440981107201'), true);
  assert.equal(codeInScope(scope, '440981101207'), false);
  assert.equal(codeInScope(scope, null), false);
});

test('no division and no unit is the whole country', () => {
  const scope = makeScope(null, null);
  assert.equal(scope.national, true);
  assert.equal(codeInScope(scope, '110101001001'), true);
});

test('a unit scope sees no division by code', () => {
  const scope = makeScope(null, '7d0b8b8e-1f9e-4e44-9a55-1b2f7c1d2e3f');
  assert.equal(scope.national, false);
  assert.equal(codeInScope(scope, '530326000000'), false);
});

test('withinDivision is a range an index can serve', async () => {
  const { PgDialect } = await import('drizzle-orm/pg-core');
  const { sql } = await import('drizzle-orm');
  const { withinDivision } = await import('./scope.ts');
  const dialect = new PgDialect();
  const county = dialect.sqlToQuery(withinDivision(sql.raw('c'), '530326'));
  assert.equal(county.sql, '(c >= $1 and c < $2)');
  assert.deepEqual(county.params, ['530326000000', '530327000000']);
  const carry = dialect.sqlToQuery(withinDivision(sql.raw('c'), '530399'));
  assert.deepEqual(carry.params, ['530399000000', '530400000000']);
  const village = dialect.sqlToQuery(withinDivision(sql.raw('c'), '530326102204'));
  assert.equal(village.sql, 'c = $1');
});
