import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPool, type Database } from '../platform/db/client.ts';
import { startEmbeddedDatabase } from '../platform/db/embedded.ts';
import { migrateDatabase, migrationsFolder } from '../platform/db/migrate.ts';

export type TestDbMode = 'embedded' | 'postgres';
export const testDbMode: TestDbMode = process.env.TEST_DB === 'postgres' ? 'postgres' : 'embedded';
const adminUrl = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const testDataRoot = fileURLToPath(new URL('../../.test-data', import.meta.url));

/** Templates are keyed by the migrations' content, so a new migration builds a new template. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).sort()) {
    hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

async function postgresDatabase(): Promise<Database> {
  const template = `zhucun_tpl_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // One test file builds the template; the others wait on the advisory lock and then find it.
    await admin.query('select pg_advisory_lock(424242)');
    const found = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (found.rowCount === 0) {
      const building = `${template}_build`;
      await admin.query(`drop database if exists ${building}`);
      await admin.query(`create database ${building}`);
      const url = adminUrl.replace(/\/[^/]*$/, `/${building}`);
      const db = await openPool(url, 'postgres', 2, async () => undefined);
      await migrateDatabase(db.db);
      await db.close();
      await admin.query(`alter database ${building} rename to ${template}`);
    }
    await admin.query('select pg_advisory_unlock(424242)');
    const name = `zhucun_t_${randomBytes(6).toString('hex')}`;
    await admin.query(`create database ${name} template ${template}`);
    const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
    return await openPool(url, 'postgres', 5, async () => {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    });
  } finally {
    await admin.end();
  }
}

async function embeddedDatabase(): Promise<Database> {
  mkdirSync(testDataRoot, { recursive: true });
  const template = join(testDataRoot, `template-${migrationsHash()}`);
  if (!existsSync(template)) {
    // Built aside and renamed into place, so a half-built template is never copied.
    const building = `${template}-${randomBytes(4).toString('hex')}`;
    const embedded = await startEmbeddedDatabase(building);
    const db = await openPool(embedded.url, 'embedded', 1, embedded.stop);
    await migrateDatabase(db.db);
    await db.close();
    rmSync(join(building, 'zhucun.lock'), { force: true });
    try {
      renameSync(building, template);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
  }
  const dir = join(testDataRoot, `run-${randomBytes(6).toString('hex')}`);
  cpSync(template, dir, { recursive: true });
  const embedded = await startEmbeddedDatabase(dir);
  return openPool(embedded.url, 'embedded', 1, async () => {
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  });
}

/** A database of its own for one test file, migrated, empty, on the engine TEST_DB names. */
export function createTestDatabase(): Promise<Database> {
  return testDbMode === 'postgres' ? postgresDatabase() : embeddedDatabase();
}
