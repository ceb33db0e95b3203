import { z } from 'zod';

export const jobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatusCode = (typeof jobStatuses)[number];

export const jobIdParams = z.object({ id: z.uuid({ message: '任务编号格式不正确' }) });

/** A background job as its owner sees it: what it is doing, how far it got, and what came of it. */
export const jobStatusView = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(jobStatuses),
  progressDone: z.number().int(),
  progressTotal: z.number().int(),
  result: z.unknown().nullable(),
  error: z.unknown().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type JobStatusView = z.infer<typeof jobStatusView>;
