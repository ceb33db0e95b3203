import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { startEmbeddedDatabase } from './embedded.ts';

// numeric and date columns come back as strings: money must never pass through a float,
// and a calendar date has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type Db = NodePgDatabase<Record<string, never>>;
export type Tx = PgTransaction<NodePgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>;
/** Repositories take the executor first, so a query can only run where the service put it. */
export type Executor = Db | Tx;
export type DbMode = 'embedded' | 'postgres';

export type Database = {
  db: Db;
  pool: pg.Pool;
  mode: DbMode;
  url: string;
  close: () => Promise<void>;
};

export async function connectDatabase(options: { databaseUrl?: string | undefined; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) return openPool(options.databaseUrl, 'postgres', 10, async () => undefined);
  const embedded = await startEmbeddedDatabase(options.dataDir);
  try {
    return await openPool(embedded.url, 'embedded', 1, embedded.stop);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

export async function openPool(url: string, mode: DbMode, max: number, onClose: () => Promise<void>): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: mode === 'embedded' ? 0 : 10_000 });
  pool.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  const db = drizzle(pool) as Db;
  return {
    db,
    pool,
    mode,
    url,
    close: async () => {
      await pool.end();
      await onClose();
    },
  };
}

export function withTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
