import pg from 'pg';

/** One statement as the app sent it: the query config or text, and its parameters. */
export type CapturedQuery = unknown[];

/**
 * Records every statement the app sends while `work` runs (one request, nothing else in
 * flight), by wrapping pg's Client.query: the ceiling then replays exactly that SQL.
 */
export async function captureQueries(work: () => Promise<void>): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    captured.push(args.filter((arg) => typeof arg !== 'function'));
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return captured;
}

export type Measured = { latencies: number[]; completed: number; seconds: number; errors: number };

/** The captured statements, in order on one pooled connection, by `workers` loops for `seconds`. */
export async function replayQueries(pool: pg.Pool, queries: CapturedQuery[], seconds: number, workers: number): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const begin = performance.now();
      const client = await pool.connect();
      try {
        for (const args of queries) await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
        latencies.push(performance.now() - begin);
      } catch {
        errors += 1;
        await client.query('rollback').catch(() => undefined);
      } finally {
        client.release();
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, loop));
  return { latencies, completed: latencies.length, seconds: (performance.now() - started) / 1000, errors };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
