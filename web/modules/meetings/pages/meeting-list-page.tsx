import { useState } from 'react';
import { Button, DatePicker, Flex, Modal, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import dayjs from 'dayjs';
import { meetingKinds, type MeetingView } from '../../../../contracts/meetings.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText, SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { meetingApi, meetingKey } from '../meetings.api.ts';
import { useMeetingMessages } from '../meetings.messages.ts';
import { MeetingForm } from '../components/meeting-form.tsx';

type MeetingFilter = 'kind' | 'divisionCode' | 'from' | 'to' | 'q';
// Stable identity: the hook memoizes on it.
const tableOptions = {
  queryKey: meetingKey,
  url: meetingApi.listUrl,
  filters: ['kind', 'divisionCode', 'from', 'to', 'q'] as const,
  defaultSort: 'heldOn',
  defaultOrder: 'desc' as const,
};

/** /meetings: the meetings held in the account's region, newest first. */
export function MeetingListPage() {
  const t = useMeetingMessages();
  const text = useText();
  const navigate = useNavigate();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const table = useTableQuery<MeetingView, MeetingFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<MeetingView> = [
    { key: 'heldOn', dataIndex: 'heldOn', title: t('column.heldOn'), sorter: true, sortOrder: table.sortOrderOf('heldOn'), width: 120 },
    { key: 'title', title: t('column.title'), sorter: true, sortOrder: table.sortOrderOf('title'), render: (_: unknown, m) => <Link to={`/meetings/${m.id}`}>{m.title}</Link> },
    { key: 'kind', title: t('column.kind'), render: (_: unknown, m) => <Tag>{text(meetingKinds.labels[m.kind])}</Tag> },
    { key: 'region', title: t('column.region'), responsive: ['md'], render: (_: unknown, m) => m.regionName ?? m.divisionCode },
    { key: 'place', title: t('column.place'), responsive: ['lg'], render: (_: unknown, m) => m.place ?? '—' },
    { key: 'teams', title: t('column.teams'), dataIndex: 'teamCount', align: 'right', responsive: ['sm'] },
    { key: 'attendees', title: t('column.attendees'), align: 'right', responsive: ['lg'], render: (_: unknown, m) => m.attendeeCount ?? '—' },
    { key: 'outcomes', title: t('column.outcomes'), dataIndex: 'outcomeCount', align: 'right', responsive: ['md'] },
  ];
  const { from, to } = table.state.filters;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <ExportButton download={() => meetingApi.exportList(table.listFilters)} />
            {can('meetings.write') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="meeting-new">
                {t('list.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter table={table} name="kind" placeholder={t('list.kind')} label={t('column.kind')} options={meetingKinds.codes.map((k) => ({ value: k, label: text(meetingKinds.labels[k]) }))} />
        <DatePicker.RangePicker
          aria-label={t('list.dateRange')}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          allowEmpty={[true, true]}
          onChange={(range) => table.setFilters({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })}
        />
        <SearchFilter table={table} name="q" placeholder={t('list.q')} width={220} />
      </Flex>
      <Table<MeetingView>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
      <Modal title={t('form.newTitle')} open={creating} footer={null} onCancel={() => setCreating(false)} destroyOnHidden width={820}>
        <MeetingForm onSaved={(saved) => navigate(`/meetings/${saved.id}`)} onCancel={() => setCreating(false)} />
      </Modal>
    </>
  );
}
