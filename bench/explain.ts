import { loadConfig } from '../server/config.ts';
import { buildApp } from '../server/app.ts';
import { migrateDatabase } from '../server/platform/db/migrate.ts';
import { captureQueries } from './ceiling.ts';
import { generateBenchData, type BenchScale } from './generate.ts';
import { openEngine, routesFor, signIn, type Engine } from './harness.ts';

/**
 * `npx tsx bench/explain.ts --scale=province`: where the time of each route goes. Generates the
 * data, captures the statements of one request per route and prints the slowest with its plan
 * (EXPLAIN ANALYZE), so a missing index shows by name.
 */
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const scale = (args.get('scale') ?? 'province') as BenchScale;
const engine = (args.get('engine') ?? 'postgres') as Engine;

const database = await openEngine(engine);
try {
  await migrateDatabase(database.db);
  const { app, deps } = await buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOAD_DEMO: 'false' }), database, { logger: false });
  const fixture = await generateBenchData(database.db, deps.cipher, scale);
  await database.pool.query('analyze');
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  for (const account of fixture.accounts) {
    const cookie = await signIn(base, account.username);
    for (const [route, path] of routesFor(account)) {
      const statements = await captureQueries(async () => {
        await (await fetch(base + path, { headers: { cookie } })).arrayBuffer();
      });
      let slowest = { ms: -1, text: '', plan: '' };
      for (const [config, values] of statements) {
        const text = typeof config === 'string' ? config : (config as { text: string }).text;
        const params = (values ?? (config as { values?: unknown[] }).values ?? []) as unknown[];
        if (!/^\s*select/i.test(text)) continue;
        const result = await database.pool.query(`explain (analyze, format text) ${text}`, params);
        const plan = result.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
        const ms = Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? 0);
        if (ms > slowest.ms) slowest = { ms, text, plan };
      }
      console.log(`\n## ${account.username} — ${route}: slowest statement ${slowest.ms.toFixed(1)} ms\n${slowest.text}\n${slowest.plan}`);
    }
  }
  await app.close();
} finally {
  await database.close();
}
