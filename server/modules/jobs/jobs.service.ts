import type { Ctx } from '../../platform/http/context.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import type { JobRow } from '../../platform/jobs/job-runner.ts';
import type { JobStatusView } from '../../../contracts/jobs.ts';

/**
 * A job may keep data for its owner's follow-up downloads (an import's failed rows, encrypted)
 * under `sealed`; the status view never carries it.
 */
function publicResult(result: unknown): unknown {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return result ?? null;
  const { sealed: _sealed, ...rest } = result as Record<string, unknown>;
  return rest;
}

export function presentJob(job: JobRow): JobStatusView {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progressDone: job.progressDone,
    progressTotal: job.progressTotal,
    result: publicResult(job.result),
    error: job.error ?? null,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** Only the account that started a job sees it; to anyone else it does not exist. */
export async function getOwnJob(ctx: Ctx, jobId: string): Promise<JobStatusView> {
  const job = await ctx.deps.jobs.get(jobId);
  if (!job || job.accountId !== ctx.principal.accountId) throw commonErrors.NOT_FOUND();
  return presentJob(job);
}
