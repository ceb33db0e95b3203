// Pure rules for a cadre's identity data, shared by the server and the web
// form, so a wrong ID is caught next to the field before submit and again on the server.

// GB 11643-1999: weights of the first 17 digits and the check character for each sum mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// GB/T 2260 provincial codes: 31 mainland provinces, Taiwan, Hong Kong and Macao.
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

export type Gender = 'male' | 'female';

export type IdNumberFacts = { idNumber: string; birthDate: string; gender: Gender; provinceCode: string };
export type IdNumberCheck = { ok: true; facts: IdNumberFacts } | { ok: false; message: string };

export const idNumberMessages = {
  format: '身份证号应为 18 位：17 位数字加 1 位校验码（数字或 X）',
  province: '身份证号前两位不是有效的省级行政区划代码',
  date: '身份证号中的出生日期不是有效日期',
  future: '身份证号中的出生日期晚于今天',
  tooEarly: '身份证号中的出生日期早于 1900 年',
  checksum: '身份证号校验位不正确',
  gender: '性别与身份证号不符（第 17 位奇数为男、偶数为女）',
  birthDate: '出生日期与身份证号中的出生日期不符',
} as const;

export const phoneMessage = '手机号应为 11 位数字，以 13–19 开头';
const MOBILE = /^1[3-9]\d{9}$/;

/** The check character for the first 17 digits of an ID number. */
export function idNumberChecksum(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idNumberChecksum needs 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isoToday(today: Date): string {
  const y = today.getFullYear();
  const m = String(today.getMonth() + 1).padStart(2, '0');
  const d = String(today.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Normalises case and surrounding spaces; a lowercase x is the same ID. */
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** Checks an 18-character national ID (GB 11643-1999) and reads the birth date and gender it encodes. */
export function validateIdNumber(value: string, today: Date = new Date()): IdNumberCheck {
  const idNumber = normalizeIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { ok: false, message: idNumberMessages.format };
  const provinceCode = idNumber.slice(0, 2);
  if (!PROVINCE_CODES.has(provinceCode)) return { ok: false, message: idNumberMessages.province };
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  if (!isRealDate(year, month, day)) return { ok: false, message: idNumberMessages.date };
  if (year < 1900) return { ok: false, message: idNumberMessages.tooEarly };
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (birthDate > isoToday(today)) return { ok: false, message: idNumberMessages.future };
  if (idNumberChecksum(idNumber.slice(0, 17)) !== idNumber[17]) return { ok: false, message: idNumberMessages.checksum };
  const gender: Gender = Number(idNumber[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, facts: { idNumber, birthDate, gender, provinceCode } };
}

export type IdentityIssue = { path: 'idNumber' | 'gender' | 'birthDate'; message: string };

/** The ID itself, then the gender and birth date fields against what the ID encodes. */
export function checkIdentity(input: { idNumber: string; gender?: Gender | null; birthDate?: string | null }, today: Date = new Date()): IdentityIssue[] {
  const check = validateIdNumber(input.idNumber, today);
  if (!check.ok) return [{ path: 'idNumber', message: check.message }];
  const issues: IdentityIssue[] = [];
  if (input.gender && input.gender !== check.facts.gender) issues.push({ path: 'gender', message: idNumberMessages.gender });
  if (input.birthDate && input.birthDate !== check.facts.birthDate) issues.push({ path: 'birthDate', message: idNumberMessages.birthDate });
  return issues;
}

export function isMobilePhone(value: string): boolean {
  return MOBILE.test(value.trim());
}
