import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { cadres, cadreScopeCondition } from '../cadres/index.ts';
import { divisions, villageProfiles } from '../divisions/index.ts';
import { unitDivisions, units } from '../units/index.ts';
import { teamMembers } from '../teams/index.ts';
import type { UnitRow } from '../units/index.ts';

type UnitType = UnitRow['type'];

// A county's matching looks at a few hundred cadres and villages; the caps keep a province's look bounded.
const cadreCap = 1000;
const villageCap = 2000;

export type MatchCadreRow = { id: string; name: string; pinyin: string; unitId: string; specialities: string[] };

/**
 * Cadres the caller may post who serve in no team now: those in the caller's scope, and those of
 * units already serving there (a provincial unit's cadres are managed in the capital).
 */
export function freeCadres(executor: Executor, scope: Scope): Promise<MatchCadreRow[]> {
  const present = scope.divisionPrefix
    ? [sql`${cadres.unitId} in (select ud.unit_id from ${unitDivisions} ud where ${withinDivision(sql`ud.division_code`, scope.divisionPrefix)})`]
    : [];
  return executor
    .select({ id: cadres.id, name: cadres.name, pinyin: cadres.pinyin, unitId: cadres.unitId, specialities: cadres.specialities })
    .from(cadres)
    .where(
      and(
        scopeCondition(scope, { extra: [cadreScopeCondition(scope), ...present] }),
        sql`not exists (select 1 from ${teamMembers} tm where tm.cadre_id = ${cadres.id} and tm.left_on is null)`,
      ),
    )
    .orderBy(asc(cadres.pinyin), asc(cadres.id))
    .limit(cadreCap);
}

export type UnitFacts = { id: string; name: string; type: UnitType; places: string[] };

/** Units with the places they already serve in. */
export async function unitFacts(executor: Executor, unitIds: readonly string[]): Promise<Map<string, UnitFacts>> {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return new Map();
  const rows = await executor.select({ id: units.id, name: units.name, type: units.type }).from(units).where(inArray(units.id, unique));
  const placeRows = await executor.select().from(unitDivisions).where(inArray(unitDivisions.unitId, unique));
  return new Map(rows.map((u) => [u.id, { ...u, places: placeRows.filter((p) => p.unitId === u.id).map((p) => p.divisionCode) }]));
}

export type VillageFacts = {
  code: string;
  name: string;
  mainIndustries: string[];
  infrastructureGaps: string[];
  note: string | null;
  collectiveIncome: string | null;
};

const villageColumns = {
  code: divisions.code,
  name: divisions.name,
  mainIndustries: villageProfiles.mainIndustries,
  infrastructureGaps: villageProfiles.infrastructureGaps,
  note: villageProfiles.note,
  collectiveIncome: villageProfiles.collectiveIncome,
};

/** A village and its profile (empty needs when no profile was kept). */
export async function villageFacts(executor: Executor, code: string): Promise<VillageFacts | undefined> {
  const [row] = await executor
    .select(villageColumns)
    .from(divisions)
    .leftJoin(villageProfiles, eq(villageProfiles.divisionCode, divisions.code))
    .where(and(eq(divisions.code, code), eq(divisions.level, 'village')));
  if (!row) return undefined;
  return { ...row, mainIndustries: row.mainIndustries ?? [], infrastructureGaps: row.infrastructureGaps ?? [], note: row.note ?? null, collectiveIncome: row.collectiveIncome ?? null };
}

/** Villages in the caller's region with a profile: the needs a cadre can be matched against. */
export function profiledVillages(executor: Executor, scope: Scope): Promise<VillageFacts[]> {
  return executor
    .select(villageColumns)
    .from(villageProfiles)
    .innerJoin(divisions, eq(divisions.code, villageProfiles.divisionCode))
    .where(and(eq(divisions.level, 'village'), scopeCondition(scope, { division: [divisions.code] })))
    .orderBy(asc(divisions.code))
    .limit(villageCap) as Promise<VillageFacts[]>;
}

