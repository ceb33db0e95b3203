import { type SQL, sql, or, inArray, type Column } from 'drizzle-orm';

/**
 * What an account may see: a division subtree (by code prefix) and/or the records of one unit.
 * null prefix with no unit means the whole country (system-wide roles).
 */
export type Scope = {
  divisionCode: string | null;
  divisionPrefix: string | null;
  unitId: string | null;
  national: boolean;
};

/** The significant prefix of a 12-digit code: 2 digits for a province, 4 a city, 6 a county, 9 a township, 12 a village. */
export function divisionPrefix(code: string): string {
  if (code.length > 12) return code;
  if (code.slice(2) === '0000000000') return code.slice(0, 2);
  if (code.slice(4) === '00000000') return code.slice(0, 4);
  if (code.slice(6) === '000000') return code.slice(0, 6);
  if (code.slice(9) === '000') return code.slice(0, 9);
  return code;
}

export function makeScope(divisionCode: string | null, unitId: string | null): Scope {
  return {
    divisionCode,
    divisionPrefix: divisionCode ? divisionPrefix(divisionCode) : null,
    unitId,
    national: !divisionCode && !unitId,
  };
}

export function codeInScope(scope: Scope, code: string | null | undefined): boolean {
  if (scope.national) return true;
  if (!code || !scope.divisionPrefix) return false;
  return code.startsWith(scope.divisionPrefix);
}

/**
 * "code starts with prefix" written as a range, so a btree index on the code serves it
 * (LIKE on a char(12) column under a non-C collation cannot use one).
 */
export function withinDivision(column: Column | SQL, prefix: string): SQL {
  const lower = prefix.padEnd(12, '0');
  if (prefix.length >= 12) return sql`${column} = ${prefix}`;
  const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, '0');
  if (next.length > prefix.length) return sql`${column} >= ${lower}`;
  return sql`(${column} >= ${lower} and ${column} < ${next.padEnd(12, '0')})`;
}

export type ScopeColumns = { division?: Column[]; unit?: Column[]; extra?: SQL[] };

/**
 * The WHERE fragment repositories add to every query: a row is visible when any of its
 * division columns lies in the scope's subtree or its unit column is the scope's unit.
 * `extra` lets a repository add a module-specific path (a cadre posted through a team).
 */
export function scopeCondition(scope: Scope, columns: ScopeColumns): SQL {
  if (scope.national) return sql`true`;
  const parts: SQL[] = [];
  if (scope.divisionPrefix) {
    for (const column of columns.division ?? []) parts.push(withinDivision(column, scope.divisionPrefix));
  }
  if (scope.unitId) {
    for (const column of columns.unit ?? []) parts.push(inArray(column, [scope.unitId]));
  }
  parts.push(...(columns.extra ?? []));
  if (parts.length === 0) return sql`false`;
  return or(...parts) ?? sql`false`;
}
