import { useState } from 'react';
import { App, Button, Modal, Popconfirm } from 'antd';
import { CloudDownloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { JobProgress } from '../../components/job-progress.tsx';
import { useErrorNotice } from '../../components/use-error-notice.ts';
import { divisionsApi, divisionsKey } from './divisions.api.ts';
import { useDivisionMessages } from './divisions.messages.ts';

/** The system administrator loads the whole country down to the villages, as a background job. */
export function LoadAllButton() {
  const t = useDivisionMessages();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({ mutationFn: divisionsApi.loadAll, onSuccess: (job) => setJobId(job.id), onError: notify });
  return (
    <>
      <Popconfirm title={t('loadAll.confirm')} onConfirm={() => start.mutate()} okText={t('form.submit')} cancelText={t('form.cancel')}>
        <Button icon={<CloudDownloadOutlined />} loading={start.isPending}>
          {t('loadAll.button')}
        </Button>
      </Popconfirm>
      <Modal open={jobId !== null} title={t('loadAll.title')} footer={null} onCancel={() => setJobId(null)}>
        {jobId ? (
          <JobProgress
            jobId={jobId}
            onDone={(job) => {
              if (job.status === 'succeeded') void message.success(t('loadAll.done'));
              void client.invalidateQueries({ queryKey: [divisionsKey] });
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
