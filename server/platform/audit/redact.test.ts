import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskIdNumber, maskPhone, redactText, redactValue } from './redact.ts';

test('masks an ID number and a phone', () => {
  assert.equal(maskIdNumber('53032619850612341X'), '530326********341X');
  assert.equal(maskPhone('13812345678'), '138****5678');
});

test('redacts ID numbers and phones wherever they hide', () => {
  assert.equal(redactText('身份证 53032619850612341X 电话13812345678'), '身份证 530326********341X 电话138****5678');
  assert.deepEqual(redactValue({ a: ['530326198506123418'], b: { phone: '13912345678' }, n: 3 }), {
    a: ['530326********3418'],
    b: { phone: '139****5678' },
    n: 3,
  });
});

test('leaves other numbers alone', () => {
  assert.equal(redactText('530326102204'), '530326102204');
  assert.equal(redactText('金额 1234567.89'), '金额 1234567.89');
});
