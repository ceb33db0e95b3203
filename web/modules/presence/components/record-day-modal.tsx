import { useState } from 'react';
import { App, Alert, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PresenceView } from '../../../../contracts/presence.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { ApiError } from '../../../platform/api.ts';
import { presenceApi, presenceKey } from '../presence.api.ts';
import { usePresenceMessages } from '../presence.messages.ts';
import { roundedPosition } from '../presence-dates.ts';

type Position = { latitude: number; longitude: number };
type LocationState = { kind: 'none' } | { kind: 'locating' } | { kind: 'located'; position: Position } | { kind: 'failed' };

type RecordDayModalProps = { cadreId: string; day: string | null; onClose: () => void };

/**
 * Records one day in the village. The location is asked of the browser only when the user presses
 * "附上位置", once; recording without it is the ordinary case.
 */
export function RecordDayModal({ cadreId, day, onClose }: RecordDayModalProps) {
  const t = usePresenceMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ note?: string }>();
  const [location, setLocation] = useState<LocationState>({ kind: 'none' });

  const save = useMutation({
    mutationFn: (note: string | undefined) =>
      presenceApi.record({ cadreId, day: day!, ...(note?.trim() ? { note: note.trim() } : {}), ...(location.kind === 'located' ? location.position : {}) }),
    onSuccess: (row: PresenceView) => {
      void queryClient.invalidateQueries({ queryKey: [presenceKey] });
      if (row.far) void message.warning(t('record.far', { km: row.distanceKm ?? '' }));
      else void message.success(t('record.done', { day: row.day }));
      close();
    },
    onError: (error) => {
      if (applyFieldErrors(form, error)) return;
      // A refused day (future, too old, before joining) has no field in this form: say why.
      if (error instanceof ApiError && error.fields?.length) void message.error(error.fields.map((f) => f.message).join('；'));
      else notify(error);
    },
  });

  function close() {
    setLocation({ kind: 'none' });
    onClose();
  }

  function locate() {
    if (!('geolocation' in navigator)) {
      setLocation({ kind: 'failed' });
      return;
    }
    setLocation({ kind: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => setLocation({ kind: 'located', position: roundedPosition(position.coords) }),
      () => setLocation({ kind: 'failed' }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  return (
    <Modal
      title={day ? t('record.title', { day }) : ''}
      open={day !== null}
      onOk={() => form.submit()}
      okText={t('record.submit')}
      onCancel={close}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={(values) => save.mutate(values.note)}>
        <Form.Item name="note" label={t('record.note')} rules={[{ max: 200 }]}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
      <Flex vertical gap={8}>
        {location.kind === 'located' ? (
          <Flex gap={8} align="center" wrap>
            <Typography.Text>{t('record.located', { lat: location.position.latitude, lng: location.position.longitude })}</Typography.Text>
            <Button size="small" onClick={() => setLocation({ kind: 'none' })}>
              {t('record.removeLocation')}
            </Button>
          </Flex>
        ) : (
          <Flex gap={8} align="center" wrap>
            <Button icon={<EnvironmentOutlined />} loading={location.kind === 'locating'} onClick={locate}>
              {location.kind === 'locating' ? t('record.locating') : t('record.locate')}
            </Button>
            <Typography.Text type="secondary">{t('record.locationHint')}</Typography.Text>
          </Flex>
        )}
        {location.kind === 'failed' ? <Alert type="info" showIcon message={t('record.locationFailed')} /> : null}
      </Flex>
    </Modal>
  );
}
