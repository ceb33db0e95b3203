import type { DivisionLevel } from './divisions.schema.ts';

/** Depth of each level in the national tree; search orders by it ("province first"). */
export const depthOfLevel: Record<DivisionLevel, number> = { province: 1, city: 2, county: 3, township: 4, village: 5, group: 6 };

/** The package writes codes at their own length (2, 4, 6, 9, 12 digits); the table keys them all at 12. */
export function padCode(code: string): string {
  return code.length >= 12 ? code : code.padEnd(12, '0');
}

/**
 * A few rows of the national list share their 12-digit code with their parent: 东莞市's only
 * "county" 441900 is the city 4419 itself, 金门县 has a township 350527000. Such a row adds
 * nothing to the tree (its children hang on the parent that already holds the code), so it is skipped.
 */
export function duplicatesParent(code: string, level: DivisionLevel): boolean {
  if (level === 'county') return code.endsWith('00');
  if (level === 'township') return code.endsWith('000');
  if (level === 'village') return code.endsWith('000');
  return false;
}

/** The codes of every national level above a code, province first, as far as the code spells them. */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  const cuts = [2, 4, 6, 9, 12];
  for (const cut of cuts) {
    if (cut >= code.length) break;
    const candidate = padCode(code.slice(0, cut));
    if (candidate !== code && !out.includes(candidate)) out.push(candidate);
  }
  return out;
}

/**
 * Where a code sits relative to a scope's prefix: inside the subtree, on the chain above it
 * (an ancestor a scoped account may open to reach its own region), or elsewhere.
 */
export function relationToScope(prefix: string | null, code: string): 'inside' | 'above' | 'outside' {
  if (prefix === null) return 'inside';
  if (code.startsWith(prefix)) return 'inside';
  if (ancestorCodes(padCode(prefix)).includes(code)) return 'above';
  return 'outside';
}

const localVillageFirst = 901;
const localVillageLast = 999;

/**
 * A village the 2023 list no longer carries is numbered in its township from 901 upward, a range
 * the statistical code leaves unused (its villages run 001–599), so it never meets a national code.
 * null when the township has used the whole range.
 */
export function nextLocalVillageCode(townshipCode: string, taken: readonly string[]): string | null {
  const township = townshipCode.slice(0, 9);
  const used = new Set(taken.filter((c) => c.startsWith(township)).map((c) => Number(c.slice(9, 12))));
  for (let n = localVillageFirst; n <= localVillageLast; n++) {
    if (!used.has(n)) return `${township}${String(n).padStart(3, '0')}`;
  }
  return null;
}

/** The statistical list files a municipality's districts under a "市辖区" or "县" pseudo-city; named after the province it reads well. */
export function cityDisplayName(name: string, provinceName: string): string {
  const stem = provinceName.replace(/市$/, '');
  if (name === '市辖区') return `${stem}市辖区`;
  if (name === '县') return `${stem}市辖县`;
  if (name === '省直辖县级行政区划' || name === '自治区直辖县级行政区划') return `${provinceName}直辖县级行政区划`;
  return name;
}

/** Pseudo-cities add no information to a path: '北京市/东城区' reads better than '北京市/北京市辖区/东城区'. */
export function isPseudoCity(level: DivisionLevel, name: string): boolean {
  return level === 'city' && /(市辖区|市辖县|直辖县级行政区划)$/.test(name);
}

/** '拖车村村民委员会' → '拖车村', '长流村委会' → '长流村', '宋水社区居民委员会' → '宋水社区'. */
export function shortNameOf(name: string, level: DivisionLevel): string {
  if (level !== 'village') return name;
  const community = name.replace(/(居民委员会|居委会)$/, '');
  if (community !== name) return community;
  const village = name.replace(/(村民委员会|村委会)$/, '');
  if (village === name || village === '') return name;
  return village.endsWith('村') ? village : `${village}村`;
}

export type SearchMode = { kind: 'code'; value: string } | { kind: 'letters'; value: string } | { kind: 'name'; value: string };

/** Digits search codes, Latin letters search pinyin (initials or full), anything else the name. */
export function searchModeOf(q: string): SearchMode {
  const text = q.trim();
  if (/^[0-9]+$/.test(text)) return { kind: 'code', value: text };
  if (/^[a-zA-Z]+$/.test(text)) return { kind: 'letters', value: text.toLowerCase() };
  return { kind: 'name', value: text };
}

/** Joins names province first into '广东省/茂名市/高州市/新垌镇/长流村委会'. */
export function joinPath(chain: readonly { level: DivisionLevel; name: string }[]): string {
  return chain
    .filter((node) => !isPseudoCity(node.level, node.name))
    .map((node) => node.name)
    .join('/');
}
