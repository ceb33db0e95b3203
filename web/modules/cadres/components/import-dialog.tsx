import { useState } from 'react';
import { Alert, Button, Flex, Modal, Radio, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { JobView } from '../../../../contracts/common.ts';
import type { CadreImportResult, ImportRowError } from '../../../../contracts/cadres.ts';
import { JobProgress } from '../../../components/job-progress.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { cadresApi, cadresKey } from '../cadres.api.ts';
import { useCadreMessages } from '../cadres.messages.ts';

type ImportDialogProps = { open: boolean; onClose: () => void };
type Mode = 'all' | 'partial';

function ImportSummary({ jobId, result }: { jobId: string; result: CadreImportResult }) {
  const t = useCadreMessages();
  const notify = useErrorNotice();
  const ok = result.failed === 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type={ok ? 'success' : result.created > 0 ? 'warning' : 'error'}
        showIcon
        title={t(ok ? 'import.summaryOk' : 'import.summaryFailed', { total: result.total, failed: result.failed, created: result.created })}
        description={!ok && result.mode === 'all' ? t('import.nothingSaved') : undefined}
      />
      {ok ? null : (
        <>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text strong>{t('import.errors')}</Typography.Text>
            <Button icon={<DownloadOutlined />} onClick={() => void cadresApi.downloadErrors(jobId).catch(notify)}>
              {t('import.errorReport')}
            </Button>
          </Flex>
          {result.errorsTruncated ? <Typography.Text type="secondary">{t('import.errorsTruncated')}</Typography.Text> : null}
          <Table<ImportRowError>
            size="small"
            rowKey={(e) => `${e.row}-${e.column}`}
            dataSource={result.errors}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            columns={[
              { key: 'row', dataIndex: 'row', title: t('import.row'), width: 70 },
              { key: 'column', dataIndex: 'column', title: t('import.column'), width: 100 },
              { key: 'message', dataIndex: 'message', title: t('import.message') },
            ]}
          />
        </>
      )}
    </Space>
  );
}

/** Template → upload → progress of the background job → what was saved and what was wrong, row by row. */
export function ImportDialog({ open, onClose }: ImportDialogProps) {
  const t = useCadreMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<Mode>('all');
  const [starting, setStarting] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<CadreImportResult | null>(null);

  const reset = () => {
    setFile(null);
    setJobId(null);
    setResult(null);
  };

  async function start() {
    if (!file) return;
    setStarting(true);
    try {
      setJobId((await cadresApi.startImport(file, mode)).jobId);
    } catch (error) {
      notify(error);
    } finally {
      setStarting(false);
    }
  }

  function finished(job: JobView) {
    if (job.status === 'succeeded') setResult(job.result as CadreImportResult);
    void client.invalidateQueries({ queryKey: [cadresKey] });
  }

  const footer = jobId ? (
    <Flex gap={8} justify="flex-end">
      <Button onClick={reset} disabled={!result}>
        {t('import.again')}
      </Button>
      <Button type="primary" onClick={onClose}>
        {t('import.close')}
      </Button>
    </Flex>
  ) : (
    <Flex gap={8} justify="flex-end">
      <Button onClick={onClose}>{t('form.cancel')}</Button>
      <Button type="primary" disabled={!file} loading={starting} onClick={() => void start()}>
        {t('import.start')}
      </Button>
    </Flex>
  );

  return (
    <Modal title={t('import.title')} open={open} onCancel={onClose} footer={footer} width={720} destroyOnHidden afterClose={reset}>
      {jobId ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <JobProgress jobId={jobId} onDone={finished} />
          {result ? <ImportSummary jobId={jobId} result={result} /> : null}
        </Space>
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Space orientation="vertical">
            <Typography.Text>1. {t('import.step1')}</Typography.Text>
            <Button icon={<DownloadOutlined />} onClick={() => void cadresApi.downloadTemplate().catch(notify)}>
              {t('import.template')}
            </Button>
          </Space>
          <Space orientation="vertical">
            <Typography.Text>2. {t('import.step2')}</Typography.Text>
            <Upload
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
              beforeUpload={(chosen) => {
                setFile(chosen);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <Button icon={<UploadOutlined />}>{t('import.choose')}</Button>
            </Upload>
          </Space>
          <Space orientation="vertical">
            <Typography.Text>3. {t('import.mode')}</Typography.Text>
            <Radio.Group
              value={mode}
              onChange={(event) => setMode(event.target.value as Mode)}
              options={[
                { value: 'all', label: t('import.modeAll') },
                { value: 'partial', label: t('import.modePartial') },
              ]}
            />
          </Space>
        </Space>
      )}
    </Modal>
  );
}
