import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { loadConfig } from '../server/config.ts';
import { buildApp } from '../server/app.ts';
import { migrateDatabase } from '../server/platform/db/migrate.ts';
import { captureQueries, replayQueries, type Measured } from './ceiling.ts';
import { refreshStats } from '../server/modules/stats/index.ts';
import { generateBenchData, type BenchFixture, type BenchScale } from './generate.ts';
import { openEngine, routesFor, signIn, type Engine } from './harness.ts';
import { describeMachine, formatLine, writeReport, type RouteResult } from './report.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const scale = (args.get('scale') ?? 'county') as BenchScale;
const engines = (args.get('engines') ?? 'embedded,postgres').split(',') as Engine[];
const seconds = Number(args.get('seconds') ?? 10);
const connections = Number(args.get('connections') ?? 10);
const warmupSeconds = Number(args.get('warmup') ?? 2);
const readme = fileURLToPath(new URL('./README.md', import.meta.url));

const loadClient = fileURLToPath(new URL('./load-client.ts', import.meta.url));

// `npm run bench -- --household-import[=35000]`: the Excel ledger import (bench/household-import.ts) on each engine instead.
if (args.has('household-import')) {
  const households = args.get('household-import') ?? '35000';
  const script = fileURLToPath(new URL('./household-import.ts', import.meta.url));
  for (const engine of engines) {
    await new Promise<void>((resolve, reject) => {
      const child = fork(script, [households], { execArgv: ['--expose-gc', '--import', 'tsx'], env: { ...process.env, TEST_DB: engine }, stdio: 'inherit' });
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`household import bench on ${engine} exited with ${code}`))));
    });
  }
  process.exit(0);
}

// `npm run bench -- --demo-load`: how long the demo with its month of activity takes to load, on each engine.
if (args.has('demo-load')) {
  const script = fileURLToPath(new URL('./demo-load.ts', import.meta.url));
  for (const engine of engines) {
    await new Promise<void>((resolve, reject) => {
      const child = fork(script, [], { execArgv: ['--import', 'tsx'], env: { ...process.env, TEST_DB: engine }, stdio: 'inherit' });
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`demo load bench on ${engine} exited with ${code}`))));
    });
  }
  process.exit(0);
}

/** One autocannon run in a child process: the load generator must not share the app's event loop. */
function load(url: string, cookie: string, duration: number): Promise<Measured & { non2xx: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(loadClient, { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    child.once('message', (message: (Measured & { non2xx: number }) | { error: string }) => {
      if ('error' in message) reject(new Error(message.error));
      else resolve(message);
    });
    child.once('error', reject);
    child.send({ url, cookie, connections, duration });
  });
}

async function benchEngine(engine: Engine, results: RouteResult[]): Promise<{ fixture: BenchFixture; postgres: string | null }> {
  const database = await openEngine(engine);
  try {
    await migrateDatabase(database.db);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOAD_DEMO: 'false' });
    const { app, deps } = await buildApp(config, database, { logger: false });
    const fixture = await generateBenchData(database.db, deps.cipher, scale, (line) => console.log(line));
    console.log(`${engine}: generated ${JSON.stringify(fixture.counts)} in ${(fixture.generationMs.total / 1000).toFixed(1)} s ${JSON.stringify(fixture.generationMs)}`);
    // The dashboard reads the rollup only; building it is the cost a refresh pays instead.
    const rollup = await refreshStats(database.db, config);
    console.log(`${engine}: statistics rollup rebuilt in ${rollup.milliseconds} ms (${rollup.rows} rows)`);
    const version = engine === 'postgres' ? String((await database.pool.query('show server_version')).rows[0].server_version) : null;
    await database.pool.query('analyze');
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      for (const account of fixture.accounts) {
        const cookie = await signIn(base, account.username);
        for (const [route, path] of routesFor(account)) {
          let status = 0;
          const statements = await captureQueries(async () => {
            const response = await fetch(base + path, { headers: { cookie } });
            status = response.status;
            await response.arrayBuffer();
          });
          if (status !== 200) console.warn(`${engine} ${account.username} ${route}: answered ${status}`);
          if (warmupSeconds > 0) await load(base + path, cookie, warmupSeconds);
          const measured = await load(base + path, cookie, seconds);
          const ceiling = await replayQueries(database.pool, statements, seconds, connections);
          const result: RouteResult = { engine, account: account.label, route, app: measured, ceiling, statements: statements.length };
          results.push(result);
          console.log(formatLine(result));
        }
      }
    } finally {
      await app.close();
    }
    return { fixture, postgres: version ? `PostgreSQL ${version}` : null };
  } finally {
    await database.close();
  }
}

const results: RouteResult[] = [];
const fixtures: { engine: string; fixture: BenchFixture }[] = [];
let postgres: string | null = null;
for (const engine of engines) {
  const outcome = await benchEngine(engine, results);
  fixtures.push({ engine, fixture: outcome.fixture });
  postgres = outcome.postgres ?? postgres;
}
writeReport(readme, fixtures, results, describeMachine(postgres), { seconds, connections });
console.log(`results written to ${readme}`);
