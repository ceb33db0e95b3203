import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Popconfirm, Skeleton, Switch, Table, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttendeeView, TrainingView } from '../../../../contracts/trainings.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { SensitiveText } from '../../../components/sensitive-text.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { trainingsApi, trainingsKey } from '../trainings.api.ts';
import { useTrainingMessages } from '../trainings.messages.ts';
import { LevelText, StageTag } from '../labels.tsx';
import { AttendeeModal } from '../attendee-modal.tsx';

type AttendeeChange = { cadreId: string; attended?: boolean; remove?: boolean };

function useAttendeeChange(session: TrainingView | undefined) {
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const t = useTrainingMessages();
  return useMutation({
    mutationFn: (change: AttendeeChange) =>
      change.remove
        ? trainingsApi.removeAttendee(session!.id, change.cadreId)
        : trainingsApi.changeAttendee(session!.id, change.cadreId, { attended: Boolean(change.attended) }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [trainingsKey] });
      void message.success(t('attendee.saved'));
    },
    onError: notify,
  });
}

function useAttendeeColumns(session: TrainingView | undefined): TableColumnsType<AttendeeView> {
  const t = useTrainingMessages();
  const { can } = useSession();
  const change = useAttendeeChange(session);
  const editable = Boolean(session?.abilities.update);
  const columns: TableColumnsType<AttendeeView> = [
    { key: 'name', title: t('attendee.name'), render: (_: unknown, a) => a.cadre?.name ?? '—' },
    { key: 'unit', title: t('attendee.unit'), dataIndex: 'unitName', responsive: ['md'] },
    {
      key: 'idNumber',
      title: t('attendee.idNumber'),
      responsive: ['lg'],
      render: (_: unknown, a) =>
        a.cadre ? (
          <SensitiveText masked={a.cadre.idNumber} {...(can('cadres.unmask') ? { unmaskUrl: `/api/cadres/${a.cadreId}/unmask`, body: { field: 'idNumber' } } : {})} />
        ) : null,
    },
    {
      key: 'attended',
      title: t('attendee.attended'),
      render: (_: unknown, a) => (
        <Switch
          checked={a.attended}
          disabled={!editable}
          loading={change.isPending && change.variables?.cadreId === a.cadreId}
          checkedChildren={t('attendee.attended')}
          unCheckedChildren={t('attendee.absent')}
          onChange={(attended) => change.mutate({ cadreId: a.cadreId, attended })}
        />
      ),
    },
    { key: 'note', title: t('attendee.note'), dataIndex: 'note', responsive: ['md'] },
  ];
  if (editable) {
    columns.push({
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, a) => (
        <Popconfirm title={t('attendee.removeConfirm', { name: a.cadre?.name ?? '' })} onConfirm={() => change.mutate({ cadreId: a.cadreId, remove: true })}>
          <Button type="link" size="small" danger>
            {t('attendee.remove')}
          </Button>
        </Popconfirm>
      ),
    });
  }
  return columns;
}

/** /trainings/:id: the session and its register, each attendee marked present or absent. */
export function TrainingDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useTrainingMessages();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const query = useQuery({ queryKey: [trainingsKey, 'detail', id], queryFn: () => trainingsApi.get(id!) });
  const session = query.data;
  const columns = useAttendeeColumns(session);

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/trainings')} />;
  if (!session) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);

  return (
    <>
      <PageHeader
        title={session.topic}
        subtitle={<StageTag stage={session.stage} />}
        back={back}
        extra={
          session.abilities.update ? (
            <Link to={`/trainings/${session.id}/edit`}>
              <Button icon={<EditOutlined />}>{t('detail.edit')}</Button>
            </Link>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('column.heldOn')}>{session.heldOn}</Descriptions.Item>
          <Descriptions.Item label={t('column.level')}>
            <LevelText level={session.level} />
          </Descriptions.Item>
          <Descriptions.Item label={t('column.organizer')}>{session.divisionName ?? session.divisionCode}</Descriptions.Item>
          <Descriptions.Item label={t('column.hours')}>{session.hours}</Descriptions.Item>
          <Descriptions.Item label={t('detail.place')}>{session.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('column.attendance')}>{`${session.attendedCount} / ${session.attendeeCount}`}</Descriptions.Item>
          {session.note ? (
            <Descriptions.Item label={t('form.note')} span="filled">
              {session.note}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card
        title={`${t('detail.attendees')}（${session.attendees.length}）`}
        extra={
          session.abilities.update ? (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
              {t('detail.addAttendees')}
            </Button>
          ) : null
        }
      >
        {session.hiddenAttendees > 0 ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('detail.hidden', { count: session.hiddenAttendees })} /> : null}
        <Table<AttendeeView>
          rowKey="cadreId"
          columns={columns}
          dataSource={session.attendees}
          pagination={session.attendees.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          size="middle"
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('detail.noAttendees')} /> }}
        />
      </Card>
      <AttendeeModal sessionId={session.id} open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
