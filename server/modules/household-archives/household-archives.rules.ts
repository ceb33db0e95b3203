import { randomBytes } from 'node:crypto';
import { archiveCategories, type ArchiveCategory } from '../../../contracts/household-archives.ts';
import { beijingDay, beijingYear } from '../../platform/time/beijing.ts';

/**
 * The stored_files row keeps the category in its owner type (`household:income_proof`): the
 * category then travels with the file in the same row and the owner index, with no second
 * table or sidecar to keep in step.
 */
const OWNER_PREFIX = 'household:';

export function archiveOwnerType(category: ArchiveCategory): string {
  return `${OWNER_PREFIX}${category}`;
}

export const archiveOwnerTypes: readonly string[] = archiveCategories.codes.map(archiveOwnerType);

export function categoryOfOwnerType(ownerType: string): ArchiveCategory {
  const code = ownerType.startsWith(OWNER_PREFIX) ? ownerType.slice(OWNER_PREFIX.length) : '';
  return (archiveCategories.codes as readonly string[]).includes(code) ? (code as ArchiveCategory) : 'other';
}

/** 24 random bytes (192 bits) in base64url: short enough for a QR code, far beyond guessing. */
export function newLinkToken(): string {
  return randomBytes(24).toString('base64url');
}

// Two-character surnames, kept whole when the name is long enough to still hide the given name.
const compoundSurnames = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐',
  '端木', '独孤', '南宫', '西门', '百里', '呼延', '闻人', '澹台', '公冶', '太史', '申屠', '钟离', '万俟', '赫连', '拓跋',
]);

/** 张** style: the surname stays, every other character becomes one asterisk. */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  const keep = chars.length >= 3 && compoundSurnames.has(chars.slice(0, 2).join('')) ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(Math.max(chars.length - keep, 1));
}

/** Per-head income of a year: the total over the members counted that year, to the fen. */
export function incomePerHead(total: number, members: number): number | null {
  if (members <= 0) return null;
  return Math.round((total / members) * 100) / 100;
}

/** The public page shows this year's and last year's measures, by the calendar of the village. */
export function publicMeasureYears(now = new Date()): [number, number] {
  const year = beijingYear(now);
  return [year, year - 1];
}

export function beijingToday(now = new Date()): string {
  return beijingDay(now);
}

/** The township and county a village's 12-digit code lies in. */
export function ancestorsOfVillage(code: string): { county: string; township: string } {
  return { county: `${code.slice(0, 6)}000000`, township: `${code.slice(0, 9)}000` };
}
