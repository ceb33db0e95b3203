import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id; the enum is a const enum the compiler cannot import under isolated modules.
const ARGON2ID = 2;
import type { PasswordPolicy } from '../../config.ts';

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export function verifyPassword(stored: string, plain: string): Promise<boolean> {
  return verify(stored, plain).catch(() => false);
}

export type PasswordProblem = { code: 'too_short' | 'too_few_classes' | 'contains_username'; zh: string; en: string };

/** MLPS level 3: length and character classes, checked on every new password. */
export function checkPasswordPolicy(policy: PasswordPolicy, password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < policy.minLength) {
    problems.push({ code: 'too_short', zh: `密码至少 ${policy.minLength} 位`, en: `At least ${policy.minLength} characters` });
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < policy.minClasses) {
    problems.push({
      code: 'too_few_classes',
      zh: `密码须包含大写字母、小写字母、数字、符号中的至少 ${policy.minClasses} 类`,
      en: `Use at least ${policy.minClasses} of: lower case, upper case, digits, symbols`,
    });
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({ code: 'contains_username', zh: '密码不能包含用户名', en: 'The password must not contain the user name' });
  }
  return problems;
}

export function passwordExpired(policy: PasswordPolicy, changedAt: Date, now: Date): boolean {
  if (policy.maxAgeDays === 0) return false;
  return now.getTime() - changedAt.getTime() > policy.maxAgeDays * 86_400_000;
}
