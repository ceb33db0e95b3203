import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ImportJobView } from '../../../../contracts/household-imports.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { importsApi, importsKey } from '../household-imports.api.ts';
import { useImportMessages } from '../household-imports.messages.ts';

const statusColor = { queued: 'default', running: 'processing', succeeded: 'success', failed: 'error' } as const;

/** The caller's own past imports, newest first, each with its error report while it is kept. */
export function ImportHistory() {
  const t = useImportMessages();
  const notify = useErrorNotice();
  const [page, setPage] = useState(1);
  const pageSize = 10;
  const query = useQuery({ queryKey: [importsKey, 'list', page], queryFn: () => importsApi.list(page, pageSize) });
  return (
    <Card title={t('history.title')} size="small">
      <Table<ImportJobView>
        size="small"
        rowKey="id"
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('history.empty') }}
        scroll={{ x: 720 }}
        pagination={{ current: page, pageSize, total: query.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { key: 'time', title: t('history.time'), width: 160, render: (_, job) => new Date(job.createdAt).toLocaleString('zh-CN', { hour12: false }) },
          { key: 'file', dataIndex: 'fileName', title: t('history.file'), ellipsis: true },
          { key: 'mode', title: t('history.mode'), width: 130, render: (_, job) => t(job.mode === 'all' ? 'mode.all' : 'mode.valid') },
          { key: 'status', title: t('history.status'), width: 90, render: (_, job) => <Tag color={statusColor[job.status]}>{t(`status.${job.status}`)}</Tag> },
          {
            key: 'counts',
            title: t('history.counts'),
            render: (_, job) => (job.counts ? t('history.countsText', job.counts) : (job.failure ?? '')),
          },
          {
            key: 'report',
            title: '',
            width: 150,
            render: (_, job) =>
              job.hasReport ? (
                <Button size="small" icon={<DownloadOutlined />} onClick={() => void importsApi.downloadErrors(job.id).catch(notify)}>
                  {t('action.report')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
