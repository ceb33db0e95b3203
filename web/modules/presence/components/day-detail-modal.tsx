import { App, Button, Descriptions, Modal, Tag } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PresenceView } from '../../../../contracts/presence.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { presenceApi, presenceKey } from '../presence.api.ts';
import { usePresenceMessages } from '../presence.messages.ts';

/** A recorded day: where it was recorded from, if anywhere, and taking it back within its month. */
export function DayDetailModal({ row, onClose }: { row: PresenceView | null; onClose: () => void }) {
  const t = usePresenceMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => presenceApi.remove(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [presenceKey] });
      void message.success(t('day.removed'));
      onClose();
    },
    onError: notify,
  });
  return (
    <Modal
      title={row ? t('day.title', { day: row.day }) : ''}
      open={row !== null}
      onCancel={onClose}
      footer={[
        row?.abilities.delete ? (
          <Button key="remove" danger loading={remove.isPending} onClick={() => remove.mutate(row.id)}>
            {t('day.remove')}
          </Button>
        ) : null,
        <Button key="close" onClick={onClose}>
          {t('day.close')}
        </Button>,
      ]}
    >
      {row ? (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('column.village')}>{row.villageName ?? row.divisionCode}</Descriptions.Item>
          <Descriptions.Item label={t('record.locate')}>
            {row.latitude === null ? (
              t('day.noLocation')
            ) : (
              <>
                {`${row.latitude}, ${row.longitude} `}
                {row.distanceKm !== null ? t('day.distance', { km: row.distanceKm }) : null}
                {row.far ? <Tag color="orange" style={{ marginLeft: 8 }}>{t('legend.far')}</Tag> : null}
              </>
            )}
          </Descriptions.Item>
          {row.note ? <Descriptions.Item label={t('record.note')}>{row.note}</Descriptions.Item> : null}
        </Descriptions>
      ) : null}
    </Modal>
  );
}
