import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Db } from '../db/client.ts';
import { JobRunner, type JobRow } from './job-runner.ts';

type FakeRow = Pick<JobRow, 'id' | 'kind' | 'status'> & { input: unknown };

/**
 * Just enough of the query builder for the runner: the queue's next row, inserts, and updates of the
 * row being run. `onLook` runs after the queue was read and before the answer comes back — the
 * moment another request's job can slip in unseen.
 */
function fakeDb(onLook: (look: number) => Promise<void>) {
  const rows: FakeRow[] = [];
  let current: FakeRow | undefined;
  let looks = 0;
  const db = {
    insert: () => ({
      values: (values: { kind: string; input: unknown }) => ({
        returning: async () => {
          const row: FakeRow = { id: String(rows.length + 1), kind: values.kind, input: values.input, status: 'queued' };
          rows.push(row);
          return [row];
        },
      }),
    }),
    select: () => ({
      from: () => ({
        where: () => ({
          orderBy: () => ({
            limit: async () => {
              const found = rows.filter((r) => r.status === 'queued').slice(0, 1);
              looks += 1;
              await onLook(looks);
              current = found[0];
              return found.map((r) => ({ ...r }));
            },
          }),
        }),
      }),
    }),
    update: () => ({
      set: (values: { status?: FakeRow['status'] }) => ({
        where: async () => {
          if (current && values.status) current.status = values.status;
        },
      }),
    }),
  };
  return { db: db as unknown as Db, rows };
}

test('a job queued while the runner is finding its queue empty still runs', async () => {
  const ran: unknown[] = [];
  const late: { runner?: JobRunner } = {};
  // The second look finds the queue empty; the next job is queued before that answer arrives.
  const { db, rows } = fakeDb(async (look) => {
    if (look === 2) await late.runner!.enqueue('count', { n: 2 });
  });
  const runner = new JobRunner(db, { error: () => undefined } as unknown as Console);
  late.runner = runner;
  runner.register('count', async (job) => void ran.push(job.input));
  await runner.enqueue('count', { n: 1 });
  await runner.idle();
  assert.deepEqual(ran, [{ n: 1 }, { n: 2 }]);
  assert.deepEqual(rows.map((r) => r.status), ['succeeded', 'succeeded']);
});
