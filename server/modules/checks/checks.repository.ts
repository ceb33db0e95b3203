import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { Window } from '../../platform/db/paging.ts';
import { households } from '../households/index.ts';
import { divisions } from '../divisions/index.ts';
import type { CheckCode } from '../../../contracts/checks.ts';
import { checkCatalog, findCheck, type CheckRun } from './checks.catalog.ts';

/** Where to run: the region's code prefix, inside the caller's scope. */
export type CheckArea = { scope: Scope; prefix: string; run: CheckRun };

/** A check's findings in the area, one row per offending household (or person). */
function findingsOf(code: CheckCode, area: CheckArea): SQL {
  const q = findCheck(code).query(area.run);
  return sql`select ${households.id} as household_id, ${households.divisionCode} as division_code, ${q.personId} as person_id, ${q.facts} as facts
    from ${q.from}
    where ${withinDivision(households.divisionCode, area.prefix)} and ${scopeCondition(area.scope, { division: [households.divisionCode] })} and (${q.where})`;
}

export type CheckCount = { code: CheckCode; key: string; count: number };

/** Every check's findings counted per child region (the first `keyLength` digits), in one statement. */
export async function countFindings(executor: Executor, area: CheckArea, keyLength: number): Promise<CheckCount[]> {
  const parts = checkCatalog.map(
    (check) =>
      sql`select ${check.code}::text as code, substring(f.division_code, 1, ${sql.raw(String(keyLength))}) as key, count(*)::int as count
        from (${findingsOf(check.code, area)}) f group by 2`,
  );
  const result = await executor.execute<CheckCount>(sql.join(parts, sql` union all `));
  return result.rows.map((r) => ({ ...r, key: r.key.trim(), count: Number(r.count) }));
}

export type FindingRow = {
  householdId: string;
  householdCode: string;
  divisionCode: string;
  householderName: string;
  personId: string | null;
  facts: Record<string, unknown>;
};

/** A window of one check's findings, ordered by village, household code and person. */
export async function listFindings(executor: Executor, code: CheckCode, area: CheckArea, window: Window): Promise<FindingRow[]> {
  const result = await executor.execute<{
    household_id: string;
    code: string;
    division_code: string;
    householder_name: string;
    person_id: string | null;
    facts: Record<string, unknown> | string;
  }>(sql`select f.household_id, f.division_code, f.person_id, f.facts, hh.code, hh.householder_name
    from (${findingsOf(code, area)}) f join households hh on hh.id = f.household_id
    order by f.division_code, hh.code, f.person_id nulls first
    limit ${window.limit} offset ${window.offset}`);
  return result.rows.map((r) => ({
    householdId: r.household_id,
    householdCode: r.code,
    divisionCode: r.division_code.trim(),
    householderName: r.householder_name,
    personId: r.person_id,
    facts: typeof r.facts === 'string' ? (JSON.parse(r.facts) as Record<string, unknown>) : r.facts,
  }));
}

export async function countFindingsOf(executor: Executor, code: CheckCode, area: CheckArea): Promise<number> {
  const result = await executor.execute<{ total: number }>(sql`select count(*)::int as total from (${findingsOf(code, area)}) f`);
  return Number(result.rows[0]?.total ?? 0);
}

/** The child regions as the divisions table knows them (a township's villages…), in code order. */
export function childRegions(executor: Executor, parentCode: string) {
  return executor.select({ code: divisions.code, name: divisions.name }).from(divisions).where(eq(divisions.parentCode, parentCode)).orderBy(asc(divisions.code));
}
