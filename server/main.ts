import { loadConfig } from './config.ts';
import { connectDatabase } from './platform/db/client.ts';
import { migrateDatabase } from './platform/db/migrate.ts';
import { buildApp } from './app.ts';
import { DataDirLockedError } from './platform/db/embedded.ts';
import { ensureBaseDivisions } from './modules/divisions/index.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  let database;
  try {
    database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  await migrateDatabase(database.db);
  const { app, deps } = await buildApp(config, database);
  // The national reference list (provinces to counties, and the seed counties down to villages)
  // is there from the first start, demo data or not; the rest loads on demand or by command.
  await ensureBaseDivisions(database.db, app.log);
  if (config.loadDemo) {
    const { loadDemoIfEmpty } = await import('../scripts/demo/load-demo.ts');
    await loadDemoIfEmpty(deps, app.log, { activity: true });
  }
  await deps.jobs.resume();
  const shutdown = async (): Promise<void> => {
    await app.close();
    await deps.jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`zhucun listening on http://${config.host}:${config.port} (database: ${database.mode})`);
}

await main();
