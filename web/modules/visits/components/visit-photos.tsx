import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { DeleteOutlined, PictureOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { VisitView } from '../../../../contracts/visits.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { visitsApi, visitsKey } from '../visits.api.ts';
import { useVisitMessages } from '../visits.messages.ts';
import { PhotoPicker } from './photo-picker.tsx';

/** A visit's photos: downloaded by whoever sees the visit, added and removed by whoever may change it. */
export function VisitPhotos({ visit }: { visit: VisitView }) {
  const t = useVisitMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [uploading, setUploading] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: [visitsKey] });

  async function upload(file: File) {
    setUploading(true);
    try {
      await visitsApi.uploadPhoto(visit.id, file);
      void message.success(t('photo.uploaded', { name: file.name }));
      await refresh();
    } catch (error) {
      notify(error);
    } finally {
      setUploading(false);
    }
  }

  async function remove(fileId: string) {
    try {
      await visitsApi.removePhoto(visit.id, fileId);
      void message.success(t('photo.removed'));
      await refresh();
    } catch (error) {
      notify(error);
    }
  }

  return (
    <Flex vertical gap={4}>
      {visit.photos.length === 0 ? <Typography.Text type="secondary">{t('photo.none')}</Typography.Text> : null}
      {visit.photos.map((photo) => (
        <Flex key={photo.id} gap={8} align="center">
          <Button type="link" style={{ padding: 0 }} icon={<PictureOutlined />} onClick={() => void visitsApi.downloadPhoto(visit.id, photo.id).catch(notify)}>
            {photo.fileName}
          </Button>
          {visit.abilities.update ? (
            <Popconfirm title={t('photo.removeConfirm')} onConfirm={() => void remove(photo.id)}>
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('photo.remove')} />
            </Popconfirm>
          ) : null}
        </Flex>
      ))}
      {visit.abilities.update ? (
        <div>
          <PhotoPicker busy={uploading} onPick={(file) => void upload(file)} />
        </div>
      ) : null}
    </Flex>
  );
}
