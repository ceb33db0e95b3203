import { Alert, Button, Flex, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ImportJobView, ImportRowIssue } from '../../../../contracts/household-imports.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { importsApi } from '../household-imports.api.ts';
import { useImportMessages } from '../household-imports.messages.ts';

/** What was imported, what was refused and why, and the full report of refused rows. */
export function ImportResult({ job }: { job: ImportJobView }) {
  const t = useImportMessages();
  const notify = useErrorNotice();
  const counts = job.counts;
  if (!counts) return null;
  const params = { rows: counts.rows, households: counts.households, persons: counts.persons, refused: counts.refused };
  const title = counts.refused === 0 ? t('result.ok', params) : counts.households === 0 && job.mode === 'all' ? t('result.nothing', params) : t('result.partial', params);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type={counts.refused === 0 ? 'success' : counts.households > 0 ? 'warning' : 'error'} showIcon title={<span data-testid="import-counts">{title}</span>} />
      {job.hasReport ? (
        <>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text strong>{t('result.errors')}</Typography.Text>
            <Button icon={<DownloadOutlined />} onClick={() => void importsApi.downloadErrors(job.id).catch(notify)}>
              {t('action.report')}
            </Button>
          </Flex>
          {job.errorsTruncated ? <Typography.Text type="secondary">{t('result.truncated')}</Typography.Text> : null}
          <Table<ImportRowIssue>
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            dataSource={job.errors}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            columns={[
              { key: 'row', dataIndex: 'row', title: t('result.row'), width: 70 },
              { key: 'column', dataIndex: 'column', title: t('result.column'), width: 120 },
              { key: 'message', dataIndex: 'message', title: t('result.message') },
            ]}
          />
        </>
      ) : null}
    </Space>
  );
}
