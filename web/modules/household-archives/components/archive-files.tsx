import { useRef, useState } from 'react';
import { App, Button, Card, Flex, Popconfirm, Select, Table, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { archiveCategories, type ArchiveCategory, type ArchiveFileView } from '../../../../contracts/household-archives.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { archivesApi, archivesKey } from '../household-archives.api.ts';
import { useArchiveMessages } from '../household-archives.messages.ts';
import { acceptAttribute, checkArchiveUpload, formatBytes } from './upload-check.ts';

/** A household's documents and photos: download for whoever sees the household, upload and delete for its keepers. */
export function ArchiveFiles({ householdId }: { householdId: string }) {
  const t = useArchiveMessages();
  const text = useText();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [category, setCategory] = useState<ArchiveCategory | undefined>(undefined);
  const [uploading, setUploading] = useState(false);
  const query = useQuery({ queryKey: [archivesKey, householdId, 'files'], queryFn: () => archivesApi.files(householdId) });
  const refresh = () => client.invalidateQueries({ queryKey: [archivesKey, householdId, 'files'] });
  const categoryOptions = archiveCategories.codes.map((code) => ({ value: code, label: text(archiveCategories.labels[code]) }));

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const list = query.data;

  async function upload(file: File) {
    if (!category || !list) return;
    const problem = checkArchiveUpload(file, list.maxBytes);
    if (problem) {
      void message.error(t(problem.key, problem.params));
      return;
    }
    setUploading(true);
    try {
      await archivesApi.upload(householdId, category, file);
      void message.success(t('files.uploaded', { name: file.name }));
      await refresh();
    } catch (error) {
      notify(error);
    } finally {
      setUploading(false);
    }
  }

  async function remove(file: ArchiveFileView) {
    try {
      await archivesApi.remove(householdId, file.id);
      void message.success(t('files.removed'));
      await refresh();
    } catch (error) {
      notify(error);
    }
  }

  return (
    <Card title={t('files.title')} size="small">
      {list?.abilities.upload ? (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          <Select<ArchiveCategory>
            aria-label={t('files.category')}
            placeholder={t('files.categoryAll')}
            options={categoryOptions}
            value={category}
            onChange={setCategory}
            style={{ width: 180 }}
          />
          <input
            ref={input}
            type="file"
            accept={acceptAttribute}
            style={{ display: 'none' }}
            aria-label={t('files.upload')}
            data-testid="archive-file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
          <Button icon={<UploadOutlined />} loading={uploading} disabled={!category} onClick={() => input.current?.click()}>
            {t('files.upload')}
          </Button>
          <Typography.Text type="secondary">
            {t('files.limits', { types: list.extensions.map((e) => e.toUpperCase()).join('、'), limit: formatBytes(list.maxBytes) })}
          </Typography.Text>
        </Flex>
      ) : null}
      <Table<ArchiveFileView>
        size="small"
        rowKey="id"
        loading={query.isPending}
        dataSource={list?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('files.empty') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('files.category'), dataIndex: 'category', render: (code: ArchiveCategory) => text(archiveCategories.labels[code]) },
          {
            title: t('files.name'),
            dataIndex: 'fileName',
            render: (name: string, file) => (
              <Button type="link" style={{ padding: 0 }} icon={<DownloadOutlined />} onClick={() => void archivesApi.download(householdId, file.id).catch(notify)}>
                {name}
              </Button>
            ),
          },
          { title: t('files.size'), dataIndex: 'size', render: (size: number) => formatBytes(size) },
          { title: t('files.uploadedBy'), dataIndex: 'uploadedBy', render: (name: string | null) => name ?? '—' },
          { title: t('files.uploadedAt'), dataIndex: 'createdAt', render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
          ...(list?.abilities.remove
            ? [
                {
                  title: t('files.actions'),
                  key: 'actions',
                  render: (_: unknown, file: ArchiveFileView) => (
                    <Popconfirm title={t('files.removeConfirm')} onConfirm={() => void remove(file)}>
                      <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                        {t('files.remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
