import { randomBytes } from 'node:crypto';
import { divisionPrefix } from '../../platform/access/scope.ts';

/**
 * The region whose series a newsletter is numbered in: the county for anything at or below a
 * county, else the city (or province) that wrote it. 会泽县's 《第一书记动态》 run 1, 2, 3 … each year.
 */
export function issuerCode(divisionCode: string): string {
  const prefix = divisionPrefix(divisionCode);
  const significant = prefix.length >= 6 ? prefix.slice(0, 6) : prefix;
  return significant.padEnd(12, '0');
}

/** Who reviews: the county organization department of a county's series, the city's otherwise. */
export function reviewerRole(divisionCode: string): 'county_org' | 'city_org' {
  return divisionPrefix(issuerCode(divisionCode)).length >= 6 ? 'county_org' : 'city_org';
}

/** The next number of a series, from the numbers already given this year. */
export function nextIssueNo(taken: readonly (number | null)[]): number {
  return taken.reduce<number>((max, n) => (n !== null && n > max ? n : max), 0) + 1;
}

/** 192 random bits: the public page's address cannot be guessed from another. */
export function newPublicToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The year of a moment in China's time, which numbers the issues. */
export function yearInChina(at: Date): number {
  return Number(new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));
}
