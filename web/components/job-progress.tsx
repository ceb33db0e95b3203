import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Progress, Space, Typography } from 'antd';
import type { JobView } from '../../contracts/common.ts';
import { api } from '../platform/api.ts';
import { useComponentMessages } from './components.messages.ts';

type JobProgressProps = {
  jobId: string;
  /** Called once when the job ends, with its final state (result or error inside). */
  onDone?: (job: JobView) => void;
  intervalMs?: number;
};

function finished(job: JobView | undefined): boolean {
  return job?.status === 'succeeded' || job?.status === 'failed';
}

function errorTextOf(error: unknown): string | null {
  if (!error) return null;
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return null;
}

/** Follows a background job (import, export, statistics) by polling GET /api/jobs/:id until it ends. */
export function JobProgress({ jobId, onDone, intervalMs = 1000 }: JobProgressProps) {
  const t = useComponentMessages();
  const query = useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => api.get<JobView>(`/api/jobs/${encodeURIComponent(jobId)}`),
    refetchInterval: (current) => (finished(current.state.data) ? false : intervalMs),
  });
  const job = query.data;
  const done = finished(job);
  // Held in a ref so a parent re-render with a new callback does not report the same end twice.
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  }, [onDone]);
  const reported = useRef(false);

  useEffect(() => {
    if (job && done && !reported.current) {
      reported.current = true;
      onDoneRef.current?.(job);
    }
  }, [job, done]);

  if (!job) return <Progress percent={0} status="active" />;
  const percent = job.progressTotal > 0 ? Math.floor((job.progressDone / job.progressTotal) * 100) : job.status === 'succeeded' ? 100 : 0;
  const label =
    job.status === 'running'
      ? t('job.running', { done: job.progressDone, total: job.progressTotal })
      : t(`job.${job.status}` as 'job.queued' | 'job.succeeded' | 'job.failed');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Progress percent={job.status === 'succeeded' ? 100 : percent} status={job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active'} />
      <Typography.Text type="secondary">{label}</Typography.Text>
      {job.status === 'failed' ? <Alert type="error" showIcon title={errorTextOf(job.error) ?? t('job.failed')} /> : null}
    </Space>
  );
}
