import { App, Button, Card, Descriptions, Empty, Popconfirm, Skeleton } from 'antd';
import { ArrowLeftOutlined, StopOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { selectionApi, selectionKey } from '../selection.api.ts';
import { useSelectionMessages } from '../selection.messages.ts';
import { RoleText, SlotStatusTag } from '../components/selection-labels.tsx';
import { NominationTable } from '../components/nomination-table.tsx';
import { NominateForm } from '../components/nominate-form.tsx';

/** /selection/slots/:id: what the county asks for, every candidate put forward, and the unit's nominate form. */
export function SlotDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useSelectionMessages();
  const navigate = useNavigate();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const client = useQueryClient();
  const query = useQuery({ queryKey: [selectionKey, 'slot', id], queryFn: () => selectionApi.getSlot(id!) });
  const close = useMutation({
    mutationFn: () => selectionApi.closeSlot(id!),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [selectionKey] });
      void message.success(t('form.saved'));
    },
    onError: notify,
  });
  const slot = query.data;

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('slot.back')} onClick={() => void navigate('/selection')} />;
  if (!slot) return (<><PageHeader title={t('slots.title')} back={back} /><Skeleton active /></>);

  const extra =
    slot.abilities.manage && slot.status === 'open' ? (
      <Popconfirm title={t('slot.closeConfirm')} onConfirm={() => close.mutate()}>
        <Button danger icon={<StopOutlined />} loading={close.isPending}>
          {t('slot.close')}
        </Button>
      </Popconfirm>
    ) : null;

  return (
    <>
      <PageHeader title={slot.villagePath ?? slot.villageName ?? slot.divisionCode} subtitle={<SlotStatusTag status={slot.status} />} back={back} extra={extra} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('column.unit')}>{slot.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('column.role')}><RoleText role={slot.role} /></Descriptions.Item>
          <Descriptions.Item label={t('column.team')}>{slot.teamName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('column.nominateBy')}>{slot.nominateBy ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('column.term')}>{slot.termStart ? t('term.range', { start: slot.termStart, end: slot.termEnd ?? '—' }) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('slot.needs')} span="filled">{slot.needs ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      {slot.abilities.nominate ? <NominateForm slot={slot} /> : null}
      <Card title={t('slot.nominations')} size="small">
        {slot.nominations.length > 0 ? <NominationTable items={slot.nominations} /> : <Empty description={t('slot.noNominations')} />}
      </Card>
    </>
  );
}
