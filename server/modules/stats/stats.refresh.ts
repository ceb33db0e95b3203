import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import type { Config } from '../../config.ts';
import type { JobProgress } from '../../platform/jobs/job-runner.ts';
import { jobs } from '../../platform/jobs/jobs.schema.ts';
import { countedUntil, monthMinimum, monthRange, todayInBeijing } from '../duty-stats/index.ts';
import type { StatsRefreshResult } from '../../../contracts/stats.ts';
import { finishRefresh, replaceRollup, runSource, startRefresh, type RollupRow } from './stats-rollup.repository.ts';
import { monthlySources, sources, type RollupClock } from './stats-rollup.sources.ts';
import { lastMonths, quarterStart, rollUp } from './stats.rules.ts';

export const STATS_REFRESH_JOB = 'stats.refresh';

export function rollupClock(config: Config, today: string): RollupClock {
  const month = today.slice(0, 7);
  return {
    today,
    yearStart: `${today.slice(0, 4)}-01-01`,
    quarterStart: quarterStart(today),
    month: monthRange(month),
    minimum: monthMinimum(month, config.duty),
    countedUntil: countedUntil(month, today),
    seriesFrom: `${lastMonths(today)[0]}-01`,
  };
}

/** Every metric of every division from the detail rows, then each series by month; progress after each query. */
async function computeRollup(db: Db, clock: RollupClock, progress: JobProgress | undefined, refreshedAt: Date) {
  const total = sources.length + monthlySources.length;
  let done = 0;
  const rows: RollupRow[] = [];
  for (const source of sources) {
    rows.push(...(await runSource(db, source, clock)));
    await progress?.(++done, total);
  }
  const monthly: RollupRow[] = [];
  for (const source of monthlySources) {
    // The month rides in the key so the same rollup sums the series; split again when written.
    for (const row of await runSource(db, source, clock)) monthly.push({ ...row, key: `${source.name}|${row.key}` });
    await progress?.(++done, total);
  }
  const statRows = [...rollUp(rows)].flatMap(([code, values]) =>
    [...values].map(([metric, value]) => ({ divisionCode: code, metric, value: value.toFixed(2), refreshedAt })),
  );
  const monthRows = [...rollUp(monthly)].flatMap(([code, values]) =>
    [...values].map(([key, value]) => {
      const [metric, month] = key.split('|') as [string, string];
      return { divisionCode: code, metric, month, value: value.toFixed(2) };
    }),
  );
  return { statRows, monthRows };
}

/**
 * Rebuilds the whole rollup: the detail queries run outside the write, then one transaction swaps
 * the old rows for the new, so a reader sees one refresh or the other. Each run is recorded.
 */
export async function refreshStats(
  db: Db,
  config: Config,
  options: { requestedBy?: string | null; today?: string; progress?: JobProgress } = {},
): Promise<StatsRefreshResult> {
  const started = performance.now();
  const run = await startRefresh(db, options.requestedBy ?? null);
  try {
    const clock = rollupClock(config, options.today ?? todayInBeijing());
    const { statRows, monthRows } = await computeRollup(db, clock, options.progress, new Date());
    const rows = await db.transaction(async (tx) => {
      const written = await replaceRollup(tx, statRows, monthRows);
      await finishRefresh(tx, run.id, { rows: written });
      return written;
    });
    return { refreshId: run.id, rows, milliseconds: Math.round(performance.now() - started) };
  } catch (error) {
    await finishRefresh(db, run.id, { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

async function alreadyWaiting(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, STATS_REFRESH_JOB), inArray(jobs.status, ['queued', 'running'])))
    .limit(1);
  return row !== undefined;
}

/** Queues a refresh unless the caller already has one waiting; answers the job that will do it. */
export async function enqueueRefresh(deps: AppDeps, accountId: string): Promise<string> {
  // Only the caller's own job: the jobs API shows a job to the account that started it.
  const [waiting] = await deps.db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, STATS_REFRESH_JOB), eq(jobs.status, 'queued'), eq(jobs.accountId, accountId)))
    .limit(1);
  if (waiting) return waiting.id;
  const job = await deps.jobs.enqueue(STATS_REFRESH_JOB, {}, { accountId });
  return job.id;
}

/**
 * The job handler, and the schedule: shortly after start and then every STATS_REFRESH_MINUTES a
 * refresh is queued (0 turns the schedule off; tests do). The timers never keep the process alive.
 */
export function registerStatsJobs(deps: AppDeps): void {
  deps.jobs.register(STATS_REFRESH_JOB, (job, progress, db) => refreshStats(db, deps.config, { requestedBy: job.accountId, progress }));
  const minutes = deps.config.statsRefreshMinutes;
  if (minutes <= 0) return;
  const tick = () => {
    alreadyWaiting(deps.db)
      .then((waiting) => (waiting ? undefined : deps.jobs.enqueue(STATS_REFRESH_JOB, {})))
      .catch((error: unknown) => console.error('statistics refresh could not be queued', error));
  };
  setTimeout(tick, 5_000).unref();
  setInterval(tick, minutes * 60_000).unref();
}
