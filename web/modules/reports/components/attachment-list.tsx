import { useRef, useState } from 'react';
import { App, Button, Flex, List, Popconfirm, Typography } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { AttachmentView, ReportView } from '../../../../contracts/reports.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { reportsApi, reportsKey } from '../reports.api.ts';
import { useReportMessages } from '../reports.messages.ts';
import { acceptAttribute, checkUpload, formatBytes } from './upload-check.ts';

type FilePickerProps = { maxBytes: number; busy?: boolean; onPick: (file: File) => void };

/** A button that opens the file chooser and refuses, in words, what the server would refuse by name or size. */
export function FilePicker({ maxBytes, busy, onPick }: FilePickerProps) {
  const t = useReportMessages();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={acceptAttribute}
        style={{ display: 'none' }}
        aria-label={t('upload.button')}
        data-testid="report-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          const problem = checkUpload(file, maxBytes);
          if (problem) void message.error(t(problem.key, problem.params));
          else onPick(file);
        }}
      />
      <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {t('upload.button')}
      </Button>
      <Typography.Text type="secondary">{t('form.filesHint', { limit: formatBytes(maxBytes) })}</Typography.Text>
    </>
  );
}

export function FileLine({ name, size }: { name: string; size: number }) {
  return (
    <Flex gap={8} align="center">
      <PaperClipOutlined />
      <span>{name}</span>
      <Typography.Text type="secondary">{formatBytes(size)}</Typography.Text>
    </Flex>
  );
}

/** A report's files: download for whoever sees the report, upload and remove while the team may still change it. */
export function AttachmentList({ report }: { report: ReportView }) {
  const t = useReportMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [uploading, setUploading] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: [reportsKey] });

  async function upload(file: File) {
    setUploading(true);
    try {
      await reportsApi.upload(report.id, file);
      void message.success(t('upload.done', { name: file.name }));
      await refresh();
    } catch (error) {
      notify(error);
    } finally {
      setUploading(false);
    }
  }

  async function remove(file: AttachmentView) {
    try {
      await reportsApi.removeAttachment(report.id, file.id);
      void message.success(t('upload.removed'));
      await refresh();
    } catch (error) {
      notify(error);
    }
  }

  return (
    <Flex vertical gap={8}>
      <List<AttachmentView>
        size="small"
        dataSource={report.attachments}
        locale={{ emptyText: t('detail.noAttachments') }}
        renderItem={(file) => (
          <List.Item
            actions={
              report.abilities.attach
                ? [
                    <Popconfirm key="remove" title={t('upload.removeConfirm')} onConfirm={() => void remove(file)}>
                      <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                        {t('upload.remove')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Button type="link" style={{ padding: 0 }} onClick={() => void reportsApi.download(report.id, file.id).catch(notify)}>
              <FileLine name={file.fileName} size={file.size} />
            </Button>
          </List.Item>
        )}
      />
      {report.abilities.attach ? (
        <Flex gap={8} align="center" wrap>
          <FilePicker maxBytes={report.uploadMaxBytes} busy={uploading} onPick={(file) => void upload(file)} />
        </Flex>
      ) : null}
    </Flex>
  );
}
