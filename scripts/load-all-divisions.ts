import { loadConfig } from '../server/config.ts';
import { connectDatabase } from '../server/platform/db/client.ts';
import { migrateDatabase } from '../server/platform/db/migrate.ts';
import { DataDirLockedError } from '../server/platform/db/embedded.ts';
import { loadAllDivisions } from '../server/modules/divisions/index.ts';

/**
 * Loads every division of the country down to the villages into the configured database
 * (DATABASE_URL, or the embedded one in DATA_DIR). Safe to interrupt and run again: it resumes
 * at the first county not complete.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let database;
  try {
    database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(`${error.message}\nStop the server first: the embedded database takes one process at a time.`);
      process.exit(2);
    }
    throw error;
  }
  try {
    await migrateDatabase(database.db);
    let lastPercent = -1;
    const result = await loadAllDivisions(database.db, (done, total) => {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      console.log(`divisions: ${done}/${total} villages.csv lines (${percent}%)`);
    });
    console.log(`divisions: ${result.inserted} rows added for ${result.areas} counties in ${(result.ms / 1000).toFixed(1)} s (database: ${database.mode})`);
  } finally {
    await database.close();
  }
}

await main();
