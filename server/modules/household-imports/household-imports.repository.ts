import { and, count, desc, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { scopeCondition, type Scope } from '../../platform/access/scope.ts';
import { offsetOf, type Page } from '../../platform/db/paging.ts';
import { jobs } from '../../platform/jobs/jobs.schema.ts';
import { divisions } from '../divisions/index.ts';
import { householdIncomes, householdPersons, households } from '../households/index.ts';

export type NewHouseholdRow = typeof households.$inferInsert & { id: string };
export type NewPersonRow = typeof householdPersons.$inferInsert;
export type NewIncomeRow = typeof householdIncomes.$inferInsert;
export type PlaceRow = { code: string; level: string };
// The uploaded file stays in the row until the job ends; status reads leave it there.
const jobColumns = {
  id: jobs.id,
  kind: jobs.kind,
  status: jobs.status,
  accountId: jobs.accountId,
  input: jobs.input,
  progressDone: jobs.progressDone,
  progressTotal: jobs.progressTotal,
  result: jobs.result,
  error: jobs.error,
  createdAt: jobs.createdAt,
  finishedAt: jobs.finishedAt,
};
export type ImportJobRow = Omit<typeof jobs.$inferSelect, 'payload' | 'startedAt'>;

/** Postgres takes at most 65,535 parameters per statement; a person row has about 25. */
const PERSON_CHUNK = 2000;

export async function findDivisionLevels(executor: Executor, codes: readonly string[]): Promise<PlaceRow[]> {
  if (codes.length === 0) return [];
  return executor.select({ code: divisions.code, level: divisions.level }).from(divisions).where(inArray(divisions.code, [...codes]));
}

/** Villages named so under a township and county of those names, within the importer's scope. */
export async function findVillagesByNames(executor: Executor, scope: Scope, names: { county: string; township: string; village: string }): Promise<string[]> {
  const township = alias(divisions, 'township');
  const county = alias(divisions, 'county');
  const rows = await executor
    .select({ code: divisions.code })
    .from(divisions)
    .innerJoin(township, eq(township.code, divisions.parentCode))
    .innerJoin(county, eq(county.code, township.parentCode))
    .where(
      and(
        eq(divisions.level, 'village'),
        or(eq(divisions.name, names.village), eq(divisions.shortName, names.village)),
        or(eq(township.name, names.township), eq(township.shortName, names.township)),
        or(eq(county.name, names.county), eq(county.shortName, names.county)),
        scopeCondition(scope, { division: [divisions.code] }),
      ),
    )
    .limit(3);
  return rows.map((r) => r.code);
}

export type RegisteredPerson = { hash: string; code: string; householderName: string; divisionCode: string };

/**
 * Who already holds these ID numbers, in the whole registry: one person belongs to one
 * household nationwide, so this check looks past the importer's scope (the caller decides
 * how much of the answer to show).
 */
export async function findRegisteredPersons(executor: Executor, hashes: readonly string[]): Promise<RegisteredPerson[]> {
  if (hashes.length === 0) return [];
  return executor
    .select({ hash: householdPersons.idNumberHash, code: households.code, householderName: households.householderName, divisionCode: households.divisionCode })
    .from(householdPersons)
    .innerJoin(households, eq(households.id, householdPersons.householdId))
    .where(inArray(householdPersons.idNumberHash, [...hashes]));
}

/** 户编号 are unique across the registry, so this too looks past the scope. */
export async function findRegisteredCodes(executor: Executor, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await executor.select({ code: households.code }).from(households).where(inArray(households.code, [...codes]));
  return new Set(rows.map((r) => r.code));
}

export async function insertHouseholdBatch(executor: Executor, batch: { households: NewHouseholdRow[]; persons: NewPersonRow[]; incomes: NewIncomeRow[] }): Promise<void> {
  if (batch.households.length === 0) return;
  await executor.insert(households).values(batch.households);
  for (let i = 0; i < batch.persons.length; i += PERSON_CHUNK) {
    await executor.insert(householdPersons).values(batch.persons.slice(i, i + PERSON_CHUNK));
  }
  if (batch.incomes.length > 0) await executor.insert(householdIncomes).values(batch.incomes);
}

/** The caller's own import jobs, newest first: an import and its report belong to whoever ran it. */
export async function listOwnJobs(executor: Executor, accountId: string, kind: string, page: Page): Promise<{ items: ImportJobRow[]; total: number }> {
  const where = and(eq(jobs.accountId, accountId), eq(jobs.kind, kind));
  const [items, [total]] = await Promise.all([
    executor.select(jobColumns).from(jobs).where(where).orderBy(desc(jobs.createdAt), desc(jobs.id)).limit(page.pageSize).offset(offsetOf(page)),
    executor.select({ n: count() }).from(jobs).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findOwnJob(executor: Executor, accountId: string, kind: string, jobId: string): Promise<ImportJobRow | undefined> {
  const [row] = await executor
    .select(jobColumns)
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.accountId, accountId), eq(jobs.kind, kind)));
  return row;
}
