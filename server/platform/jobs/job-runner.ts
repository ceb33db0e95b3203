import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client.ts';
import { jobs } from './jobs.schema.ts';

export type JobRow = typeof jobs.$inferSelect;
export type JobProgress = (done: number, total: number) => Promise<void>;
export type JobHandler = (job: JobRow, progress: JobProgress, db: Db) => Promise<unknown>;

/** Carries a job's failure to its row: a code and details the UI can show (an import's row errors). */
export class JobFailure extends Error {
  constructor(readonly details: unknown) {
    super('job failed');
  }
}

/**
 * Runs long work (imports, exports, loading the national division list) in this process from a
 * table of jobs, one at a time, so nothing else needs installing and progress survives in the row.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private running: Promise<void> | null = null;
  // A job queued while the drain is looking for work: its last look may have missed it.
  private wanted = false;
  private stopped = false;

  constructor(private readonly db: Db, private readonly log: FastifyBaseLogger | Console = console) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  async enqueue(kind: string, input: unknown, options: { accountId?: string | null; payload?: Buffer } = {}): Promise<JobRow> {
    if (!this.handlers.has(kind)) throw new Error(`No handler for job kind ${kind}`);
    const [row] = await this.db
      .insert(jobs)
      .values({ kind, input: input as object, accountId: options.accountId ?? null, payload: options.payload ?? null })
      .returning();
    this.kick();
    return row!;
  }

  async get(jobId: string): Promise<JobRow | undefined> {
    const [row] = await this.db.select().from(jobs).where(eq(jobs.id, jobId));
    return row;
  }

  /** Jobs interrupted by a stop are queued again at the next start. */
  async resume(): Promise<void> {
    await this.db.update(jobs).set({ status: 'queued' }).where(eq(jobs.status, 'running'));
    this.kick();
  }

  /** Resolves when the queue is empty; tests and scripts wait on it. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle();
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wanted = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.wanted) this.kick();
    });
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const kinds = [...this.handlers.keys()];
      if (kinds.length === 0) return;
      this.wanted = false;
      const [next] = await this.db
        .select()
        .from(jobs)
        .where(and(eq(jobs.status, 'queued'), inArray(jobs.kind, kinds)))
        .orderBy(jobs.createdAt)
        .limit(1);
      if (!next) {
        if (this.wanted) continue;
        return;
      }
      await this.runOne(next);
    }
  }

  private async runOne(job: JobRow): Promise<void> {
    const handler = this.handlers.get(job.kind)!;
    await this.db.update(jobs).set({ status: 'running', startedAt: new Date() }).where(eq(jobs.id, job.id));
    const progress: JobProgress = async (done, total) => {
      await this.db.update(jobs).set({ progressDone: done, progressTotal: total }).where(eq(jobs.id, job.id));
    };
    try {
      const result = await handler(job, progress, this.db);
      await this.db
        .update(jobs)
        .set({ status: 'succeeded', result: (result ?? null) as object, finishedAt: new Date(), payload: null })
        .where(eq(jobs.id, job.id));
    } catch (error) {
      const details = error instanceof JobFailure ? error.details : { message: 'internal error' };
      if (!(error instanceof JobFailure)) this.log.error({ err: error, jobId: job.id, kind: job.kind }, 'job failed');
      await this.db
        .update(jobs)
        .set({ status: 'failed', error: details as object, finishedAt: new Date(), payload: null })
        .where(eq(jobs.id, job.id));
    }
  }
}
