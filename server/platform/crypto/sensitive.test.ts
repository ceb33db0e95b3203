import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SensitiveCipher } from './sensitive.ts';

const cipher = new SensitiveCipher('11'.repeat(32));

test('encrypts to a different text each time and decrypts back', () => {
  const a = cipher.encrypt('53032619850612341X');
  const b = cipher.encrypt('53032619850612341X');
  assert.notEqual(a, b);
  assert.ok(!a.includes('530326'));
  assert.equal(cipher.decrypt(a), '53032619850612341X');
});

test('fingerprint is stable and ignores the case of X', () => {
  assert.equal(cipher.fingerprint('53032619850612341x'), cipher.fingerprint('53032619850612341X'));
  assert.notEqual(cipher.fingerprint('530326198506123418'), cipher.fingerprint('53032619850612341X'));
});

test('a tampered cipher text is refused', () => {
  const stored = cipher.encrypt('13812345678');
  const raw = Buffer.from(stored.slice(3), 'base64');
  raw.writeUInt8(raw.readUInt8(raw.length - 1) ^ 1, raw.length - 1);
  assert.throws(() => cipher.decrypt(`v1:${raw.toString('base64')}`));
});
