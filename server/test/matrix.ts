import type { Role } from '../platform/access/roles.ts';
import type { AppDeps } from '../platform/http/context.ts';
import type { places } from './factories.ts';

/**
 * The authorization matrix: each module lists, in `server/modules/<m>/<m>.matrix.ts`, rows of
 * route × role × scope → expected status, and the fixtures those rows point at.
 * The records live in 会泽县 (Huize); "in" signs the caller in with a scope holding them,
 * "out" with the same role in 高州市 (Gaozhou), "national" with no scope, "anonymous" with no session.
 */
export type MatrixScope = 'in' | 'out' | 'national' | 'anonymous';
export type MatrixMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type MatrixWorld = {
  deps: AppDeps;
  places: typeof places;
  /** A county unit in Huize (the "in" unit of unit-scoped roles) and one in Gaozhou ("out"). */
  units: { inside: string; outside: string };
  /** What each module's fixtures returned, merged: ids of the records its rows address. */
  ids: Record<string, string>;
  /** A fresh suffix, for bodies that must not collide with an earlier row's. */
  unique: (prefix: string) => string;
};

export type MatrixRow = {
  route: string;
  method: MatrixMethod;
  url: (w: MatrixWorld) => string;
  body?: (w: MatrixWorld) => unknown;
  role: Role | null;
  scope: MatrixScope;
  expect: number;
};

export type MatrixFixtures = (w: MatrixWorld) => Promise<Record<string, string>>;

export type MatrixRoute = Omit<MatrixRow, 'role' | 'scope' | 'expect'>;
export type MatrixCase = [role: Role | null, scope: MatrixScope, expect: number];

/** One route, many callers: `cases(route, [['county_org', 'in', 200], [null, 'anonymous', 401]])`. */
export function cases(route: MatrixRoute, list: MatrixCase[]): MatrixRow[] {
  return list.map(([role, scope, expect]) => ({ ...route, role, scope, expect }));
}
