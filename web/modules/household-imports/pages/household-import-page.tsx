import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Radio, Space, Spin, Steps, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { duplicateFields, missingFields, type HouseholdImportMode, type ImportField, type ImportJobView, type ImportPreview } from '../../../../contracts/household-imports.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { importsApi, importsKey } from '../household-imports.api.ts';
import { useImportMessages } from '../household-imports.messages.ts';
import { MappingTable } from '../components/mapping-table.tsx';
import { ImportProgress } from '../components/import-progress.tsx';
import { ImportResult } from '../components/import-result.tsx';
import { ImportHistory } from '../components/import-history.tsx';

type Chosen = { file: File; preview: ImportPreview; columns: (ImportField | null)[] };

/** Template → upload → check the columns → choose the mode → progress → counts and the report of refused rows. */
export function HouseholdImportPage() {
  const t = useImportMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [reading, setReading] = useState(false);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [mode, setMode] = useState<HouseholdImportMode>('all');
  const [starting, setStarting] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<ImportJobView | null>(null);

  const reset = () => {
    setChosen(null);
    setJobId(null);
    setJob(null);
  };

  async function read(file: File) {
    setReading(true);
    try {
      const preview = await importsApi.preview(file);
      setChosen({ file, preview, columns: preview.suggested });
    } catch (error) {
      notify(error);
    } finally {
      setReading(false);
    }
  }

  async function start() {
    if (!chosen) return;
    setStarting(true);
    try {
      const accepted = await importsApi.start(chosen.file, { headerRow: chosen.preview.headerRow, columns: chosen.columns }, mode);
      setJobId(accepted.jobId);
      void client.invalidateQueries({ queryKey: [importsKey, 'list'] });
    } catch (error) {
      notify(error);
    } finally {
      setStarting(false);
    }
  }

  function finished(done: ImportJobView) {
    setJob(done);
    void client.invalidateQueries({ queryKey: [importsKey, 'list'] });
    void client.invalidateQueries({ queryKey: ['households'] });
  }

  const step = jobId ? 2 : chosen ? 1 : 0;
  const blocked = chosen ? missingFields(chosen.columns).length > 0 || duplicateFields(chosen.columns).length > 0 : true;

  return (
    <>
      <PageHeader
        title={t('page.title')}
        subtitle={t('page.subtitle')}
        extra={
          <Button icon={<DownloadOutlined />} onClick={() => void importsApi.downloadTemplate().catch(notify)}>
            {t('file.template')}
          </Button>
        }
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card size="small">
          <Steps current={step} size="small" items={[{ title: t('step.file') }, { title: t('step.mapping') }, { title: t('step.result') }]} style={{ marginBottom: 16 }} />
          {step === 0 ? (
            <Space orientation="vertical">
              <Typography.Paragraph type="secondary">{t('file.templateHint')}</Typography.Paragraph>
              <Upload
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                maxCount={1}
                showUploadList={false}
                beforeUpload={(file) => {
                  void read(file);
                  return false;
                }}
              >
                <Button type="primary" icon={<UploadOutlined />} loading={reading}>
                  {reading ? t('file.reading') : t('file.choose')}
                </Button>
              </Upload>
            </Space>
          ) : null}
          {step === 1 && chosen ? (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Typography.Text strong>{chosen.file.name}</Typography.Text>
              <MappingTable preview={chosen.preview} columns={chosen.columns} onChange={(columns) => setChosen({ ...chosen, columns })} />
              <Space orientation="vertical">
                <Typography.Text strong>{t('mode.label')}</Typography.Text>
                <Radio.Group
                  value={mode}
                  onChange={(event) => setMode(event.target.value as HouseholdImportMode)}
                  options={[
                    { value: 'all', label: `${t('mode.all')}（${t('mode.allHint')}）` },
                    { value: 'valid', label: `${t('mode.valid')}（${t('mode.validHint')}）` },
                  ]}
                />
              </Space>
              <Flex gap={8} justify="flex-end">
                <Button onClick={reset}>{t('action.back')}</Button>
                <Button type="primary" disabled={blocked} loading={starting} onClick={() => void start()}>
                  {t('action.start')}
                </Button>
              </Flex>
            </Space>
          ) : null}
          {step === 2 && jobId ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <ImportProgress jobId={jobId} onDone={finished} />
              {job ? <ImportResult job={job} /> : null}
              {job ? (
                <Flex justify="flex-end">
                  <Button onClick={reset}>{t('action.again')}</Button>
                </Flex>
              ) : null}
            </Space>
          ) : null}
        </Card>
        {reading ? <Spin /> : null}
        <ImportHistory />
      </Space>
    </>
  );
}
