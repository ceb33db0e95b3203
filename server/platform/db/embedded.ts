import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(`The data directory ${dataDir} is in use by another zhucun process (pid ${pid}). Stop it, or start this one with another DATA_DIR.`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Two processes opening one PGlite data directory corrupt it, so the directory is claimed
// with an exclusive lock file holding the owner's pid; a lock left by a dead process is taken over.
function acquireLock(dataDir: string): () => void {
  const lockPath = join(dataDir, 'zhucun.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lockPath, 'utf8') === String(process.pid)) unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(dataDir, owner);
      }
      unlinkSync(lockPath);
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const release = acquireLock(dataDir);
  const childPath = fileURLToPath(new URL('./embedded-child.ts', import.meta.url));
  let child: ChildProcess;
  try {
    child = fork(childPath, [join(dataDir, 'pg')], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  } catch (error) {
    release();
    throw error;
  }
  const port = await new Promise<number>((resolvePort, reject) => {
    child.once('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'ready' && message.port) resolvePort(message.port);
      else reject(new Error('embedded database sent an unexpected message'));
    });
    child.once('exit', (code) => reject(new Error(`embedded database exited with code ${code}`)));
  }).catch((error: unknown) => {
    release();
    throw error;
  });
  let stopped = false;
  const onExit = (): void => {
    release();
  };
  child.once('exit', onExit);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
      release();
    },
  };
}
