import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIdentity, idNumberChecksum, idNumberMessages, isMobilePhone, validateIdNumber } from './cadres.rules.ts';

const today = new Date(2025, 5, 1);
const withCheck = (first17: string) => `${first17}${idNumberChecksum(first17)}`;

test('the check character follows GB 11643 for published examples', () => {
  // The standard's own example and a widely used test ID ending in X.
  assert.equal(idNumberChecksum('11010519491231002'), 'X');
  assert.equal(idNumberChecksum('44052418800101001'), '4');
});

test('a valid ID yields its birth date and gender', () => {
  const male = validateIdNumber('11010519491231002X', today);
  assert.deepEqual(male, { ok: true, facts: { idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: 'female', provinceCode: '11' } });
  const lower = validateIdNumber(' 11010519491231002x ', today);
  assert.equal(lower.ok && lower.facts.idNumber, '11010519491231002X');
  const huize = validateIdNumber(withCheck('53032619850612031'), today);
  assert.equal(huize.ok && huize.facts.gender, 'male');
  const hongKong = validateIdNumber(withCheck('81000019900101002'), today);
  assert.equal(hongKong.ok, true);
});

test('each failure has its own message', () => {
  const cases: [string, string][] = [
    ['5303261985061203', idNumberMessages.format],
    ['53032619850612031A', idNumberMessages.format],
    [withCheck('99032619850612031'), idNumberMessages.province],
    [withCheck('53032619850230031'), idNumberMessages.date],
    [withCheck('53032619851312031'), idNumberMessages.date],
    [withCheck('53032618991231031'), idNumberMessages.tooEarly],
    [withCheck('53032620250602031'), idNumberMessages.future],
  ];
  for (const [value, message] of cases) assert.deepEqual(validateIdNumber(value, today), { ok: false, message }, value);
});

test('a wrong check character is refused', () => {
  const good = withCheck('53032619850612031');
  const bad = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
  assert.deepEqual(validateIdNumber(bad, today), { ok: false, message: idNumberMessages.checksum });
});

test('29 February only in leap years', () => {
  assert.equal(validateIdNumber(withCheck('53032620000229031'), today).ok, true);
  assert.equal(validateIdNumber(withCheck('53032619000229031'), today).ok, false);
});

test('gender and birth date fields must agree with the ID', () => {
  const id = withCheck('53032619850612031');
  assert.deepEqual(checkIdentity({ idNumber: id, gender: 'male', birthDate: '1985-06-12' }, today), []);
  assert.deepEqual(checkIdentity({ idNumber: id, gender: 'female' }, today), [{ path: 'gender', message: idNumberMessages.gender }]);
  assert.deepEqual(checkIdentity({ idNumber: id, gender: 'male', birthDate: '1985-06-13' }, today), [
    { path: 'birthDate', message: idNumberMessages.birthDate },
  ]);
  assert.deepEqual(checkIdentity({ idNumber: '123', gender: 'male' }, today), [{ path: 'idNumber', message: idNumberMessages.format }]);
});

test('mainland mobile numbers', () => {
  assert.equal(isMobilePhone('13908740000'), true);
  assert.equal(isMobilePhone('19912345678'), true);
  assert.equal(isMobilePhone('12908740000'), false);
  assert.equal(isMobilePhone('1390874000'), false);
  assert.equal(isMobilePhone('0874-1234567'), false);
});
