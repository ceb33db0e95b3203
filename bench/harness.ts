import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectDatabase, openPool, type Database } from '../server/platform/db/client.ts';
import { BENCH_PASSWORD, type BenchAccount } from './generate.ts';

export type Engine = 'embedded' | 'postgres';
const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, empty database on the engine: a temporary directory, or a new PostgreSQL database dropped on close. */
export async function openEngine(engine: Engine): Promise<Database> {
  if (engine === 'embedded') {
    const dataDir = mkdtempSync(join(tmpdir(), 'zhucun-bench-'));
    const database = await connectDatabase({ dataDir });
    return { ...database, close: async () => { await database.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const name = `zhucun_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return openPool(adminUrl.replace(/\/[^/]*$/, `/${name}`), 'postgres', 10, async () => {
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  });
}

export async function signIn(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: BENCH_PASSWORD }) });
  if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

export function routesFor(a: BenchAccount): [string, string][] {
  return [
    ['cadre list', '/api/cadres?page=1&pageSize=20'],
    ['cadre list q+unit', `/api/cadres?page=1&pageSize=20&q=${encodeURIComponent(a.q)}&unitId=${a.unitId}`],
    ['cadre detail', `/api/cadres/${a.cadreId}`],
    ['team list', '/api/teams?page=1&pageSize=20'],
    ['team list by region', `/api/teams?page=1&pageSize=20&divisionCode=${a.region}`],
    ['team detail', `/api/teams/${a.teamId}`],
    ['to-do list', '/api/todos'],
    ['on-duty statistics', `/api/duty-stats?month=${a.month}`],
    ['days in village (month)', `/api/presence/monthly?month=${a.month}&page=1&pageSize=20`],
    ['leave list', '/api/leave?page=1&pageSize=20'],
    ['report status', `/api/reports/status?period=${a.month}`],
    ['dashboard', `/api/stats?division=${a.region}`],
  ];
}

