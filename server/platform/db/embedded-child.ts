import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// Runs PGlite in its own process: a query in the app's process would stall its event loop.
// One connection only: the socket server multiplexes at query level, so a second connection
// would interleave its statements into another connection's transaction.
const dataDir = process.argv[2];
if (!dataDir) throw new Error('embedded-child: data directory argument missing');

const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
await server.start();
const conn = server.getServerConn();
const port = Number(conn.split(':').pop());

async function shutdown(): Promise<void> {
  await server.stop().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
process.on('disconnect', () => void shutdown());
process.send?.({ type: 'ready', port });
