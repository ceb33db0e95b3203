import { desc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/client.ts';
import { divisionStats, divisionStatsMonthly, statsRefreshes } from './stats.schema.ts';
import type { RollupClock, Source } from './stats-rollup.sources.ts';

export type RollupRow = { code: string; key: string; value: number };

/** One grouped query over the detail rows: (division, key, value). */
export async function runSource(executor: Executor, source: Source, clock: RollupClock): Promise<RollupRow[]> {
  const result = await executor.execute<{ code: string; key: string; value: number | string }>(source.query(clock));
  return result.rows.map((r) => ({ code: r.code.trim(), key: r.key, value: Number(r.value) }));
}

const BATCH = 1000;

async function insertBatched<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/** Replaces the whole rollup; the caller's transaction makes readers see the old one or the new one, never a mix. */
export async function replaceRollup(
  executor: Executor,
  statRows: { divisionCode: string; metric: string; value: string; refreshedAt: Date }[],
  monthRows: { divisionCode: string; metric: string; month: string; value: string }[],
): Promise<number> {
  // Two refreshes (the schedule's and a requested one) would otherwise insert the same keys at once.
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext('zhucun.division_stats'))`);
  await executor.delete(divisionStats);
  await executor.delete(divisionStatsMonthly);
  await insertBatched(statRows, (batch) => executor.insert(divisionStats).values(batch));
  await insertBatched(monthRows, (batch) => executor.insert(divisionStatsMonthly).values(batch));
  return statRows.length + monthRows.length;
}

export async function startRefresh(db: Db, requestedBy: string | null) {
  const [row] = await db.insert(statsRefreshes).values({ state: 'running', requestedBy }).returning();
  return row!;
}

export async function finishRefresh(executor: Executor, id: string, outcome: { rows: number } | { error: string }) {
  await executor
    .update(statsRefreshes)
    .set('rows' in outcome ? { state: 'done', rows: outcome.rows, finishedAt: new Date() } : { state: 'failed', error: outcome.error, finishedAt: new Date() })
    .where(eq(statsRefreshes.id, id));
}

/** The latest finished run, for "as of" on the dashboard. */
export async function lastRefresh(executor: Executor) {
  const [row] = await executor.select().from(statsRefreshes).where(eq(statsRefreshes.state, 'done')).orderBy(desc(statsRefreshes.finishedAt)).limit(1);
  return row ?? null;
}

export async function refreshCount(executor: Executor): Promise<number> {
  const [row] = await executor.select({ n: sql<number>`count(*)::int` }).from(statsRefreshes);
  return row?.n ?? 0;
}
