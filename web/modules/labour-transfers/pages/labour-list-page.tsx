import { App, Button, Checkbox, Flex, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { labourChannelLabels, labourChannels, type LabourListItem } from '../../../../contracts/labour-transfers.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { listEmptyText, SearchFilter, SelectFilter, DivisionFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { labourApi, labourKey } from '../labour-transfers.api.ts';
import { useLabourMessages } from '../labour-transfers.messages.ts';
import { LabourSummaryCard } from '../components/labour-summary.tsx';

// householdId comes from a household's page, not from a control here.
type LabourFilter = 'divisionCode' | 'householdId' | 'destination' | 'organized' | 'current';
const tableOptions = {
  queryKey: labourKey,
  url: labourApi.listUrl,
  filters: ['divisionCode', 'householdId', 'destination', 'organized', 'current'] as const,
  defaultSort: 'startedOn',
  defaultOrder: 'desc' as const,
};

/** /labour-transfers: who works away, where and for how much, with today's figures by province. */
export function LabourListPage() {
  const t = useLabourMessages();
  const text = useText();
  const { can } = useSession();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const table = useTableQuery<LabourListItem, LabourFilter>(tableOptions);
  const remove = useMutation({
    mutationFn: (id: string) => labourApi.remove(id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [labourKey] });
      void message.success(t('deleted'));
    },
    onError: notify,
  });
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<LabourListItem> = [
    { key: 'person', title: t('column.person'), dataIndex: 'personName' },
    { key: 'household', title: t('column.household'), dataIndex: 'householderName', responsive: ['md'] },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['lg'] },
    { key: 'destination', title: t('column.destination'), dataIndex: 'destination' },
    { key: 'employer', title: t('column.employer'), dataIndex: 'employer', responsive: ['md'] },
    { key: 'job', title: t('column.job'), dataIndex: 'job', responsive: ['lg'] },
    { key: 'channel', title: t('column.channel'), render: (_: unknown, l) => text(labourChannelLabels[l.organized]) },
    {
      key: 'startedOn',
      title: t('column.period'),
      sorter: true,
      sortOrder: table.sortOrderOf('startedOn'),
      render: (_: unknown, l) => (l.endedOn ? t('period.closed', { start: l.startedOn, end: l.endedOn }) : t('period.open', { start: l.startedOn })),
    },
    { key: 'monthlyIncome', title: t('column.income'), dataIndex: 'monthlyIncome', align: 'right', sorter: true, sortOrder: table.sortOrderOf('monthlyIncome') },
    { key: 'current', title: '', render: (_: unknown, l) => (l.current ? <Tag color="blue">{t('current')}</Tag> : <Tag>{t('back')}</Tag>) },
    ...(can('labour.write')
      ? [
          {
            key: 'actions',
            title: t('column.actions'),
            render: (_: unknown, l: LabourListItem) => (
              <Flex gap={4}>
                <Link to={`/labour-transfers/${l.id}/edit`}>{t('edit')}</Link>
                <Popconfirm title={t('delete.confirm')} onConfirm={() => remove.mutate(l.id)}>
                  <Button type="link" danger size="small">
                    {t('delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            {can('labour.export') ? <ExportButton download={() => labourApi.exportList(table.listFilters)} /> : null}
            {can('labour.write') ? (
              <Link to={table.state.filters.householdId ? `/labour-transfers/new?householdId=${encodeURIComponent(table.state.filters.householdId)}` : '/labour-transfers/new'}>
                <Button type="primary" icon={<PlusOutlined />} data-testid="labour-new">
                  {t('list.new')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <LabourSummaryCard divisionCode={table.state.filters.divisionCode} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SearchFilter table={table} name="destination" placeholder={t('list.destination')} width={200} />
        <SelectFilter
          table={table}
          name="organized"
          placeholder={t('list.channel')}
          label={t('column.channel')}
          options={labourChannels.map((c) => ({ value: c, label: text(labourChannelLabels[c]) }))}
          width={140}
        />
        <Checkbox checked={table.state.filters.current === 'true'} onChange={(e) => table.setFilter('current', e.target.checked ? 'true' : undefined)}>
          {t('list.current')}
        </Checkbox>
      </Flex>
      <Table<LabourListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
