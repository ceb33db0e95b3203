import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Progress, Space, Typography } from 'antd';
import type { ImportJobView } from '../../../../contracts/household-imports.ts';
import { importsApi, importsKey } from '../household-imports.api.ts';
import { useImportMessages } from '../household-imports.messages.ts';

type ImportProgressProps = { jobId: string; onDone: (job: ImportJobView) => void; intervalMs?: number };

const finished = (job: ImportJobView | undefined) => job?.status === 'succeeded' || job?.status === 'failed';

/**
 * Follows an import: it checks every row first, then saves, so the bar says which of the two
 * it is doing rather than one count over both.
 */
export function ImportProgress({ jobId, onDone, intervalMs = 1000 }: ImportProgressProps) {
  const t = useImportMessages();
  const query = useQuery({
    queryKey: [importsKey, 'job', jobId],
    queryFn: () => importsApi.get(jobId),
    refetchInterval: (current) => (finished(current.state.data) ? false : intervalMs),
  });
  const job = query.data;
  const reported = useRef(false);
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  }, [onDone]);
  useEffect(() => {
    if (job && finished(job) && !reported.current) {
      reported.current = true;
      onDoneRef.current(job);
    }
  }, [job]);

  if (!job) return <Progress percent={0} status="active" />;
  const { phase, done, total } = job.progress;
  // Checking is the first half of the bar, saving the second.
  const percent = total > 0 ? Math.floor(((phase === 'writing' ? total + done : phase === 'done' ? 2 * total : done) / (2 * total)) * 100) : 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Progress
        percent={job.status === 'succeeded' ? 100 : percent}
        status={job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active'}
      />
      <Typography.Text type="secondary">{t(`progress.${phase}`, { done, total })}</Typography.Text>
      {job.failure ? <Alert type="error" showIcon title={job.failure} /> : null}
    </Space>
  );
}
