import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { disputeCategories, disputeStates, type DisputeListItem } from '../../../../contracts/disputes.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { listEmptyText, SearchFilter, SelectFilter, DivisionFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { disputesApi, disputesKey } from '../disputes.api.ts';
import { useDisputesMessages } from '../disputes.messages.ts';
import { DisputeAge, DisputeCategoryText, DisputeStateTag } from '../components/dispute-labels.tsx';

type DisputeFilter = 'divisionCode' | 'q' | 'state' | 'category' | 'from' | 'to';
const tableOptions = {
  queryKey: disputesKey,
  url: disputesApi.listUrl,
  filters: ['divisionCode', 'q', 'state', 'category', 'from', 'to'] as const,
  defaultSort: 'reportedOn',
  defaultOrder: 'desc' as const,
};

/** /disputes: the region's disputes, how long each has lasted and how often it was mediated. */
export function DisputeListPage() {
  const t = useDisputesMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<DisputeListItem, DisputeFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<DisputeListItem> = [
    { key: 'title', title: t('column.title'), render: (_: unknown, d) => <Link to={`/disputes/${d.id}`}>{d.title}</Link> },
    { key: 'category', title: t('column.category'), render: (_: unknown, d) => <DisputeCategoryText category={d.category} /> },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    { key: 'parties', title: t('column.parties'), dataIndex: 'parties', ellipsis: true, responsive: ['lg'] },
    { key: 'startedOn', title: t('column.startedOn'), dataIndex: 'startedOn', sorter: true, sortOrder: table.sortOrderOf('startedOn'), render: (v: string | null) => v ?? '—' },
    { key: 'reportedOn', title: t('column.reportedOn'), dataIndex: 'reportedOn', sorter: true, sortOrder: table.sortOrderOf('reportedOn') },
    { key: 'age', title: t('column.age'), render: (_: unknown, d) => <DisputeAge years={d.ageYears} /> },
    { key: 'mediations', title: t('column.mediations'), dataIndex: 'mediationCount' },
    { key: 'state', title: t('column.state'), render: (_: unknown, d) => <DisputeStateTag state={d.state} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <ExportButton download={() => disputesApi.exportList(table.listFilters)} />
            {can('disputes.write') ? (
              <Link to="/disputes/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="dispute-new">
                  {t('list.new')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={200} />
        <SelectFilter
          table={table}
          name="state"
          placeholder={t('list.state')}
          label={t('column.state')}
          options={disputeStates.codes.map((code) => ({ value: code, label: text(disputeStates.labels[code]) }))}
          width={130}
        />
        <SelectFilter
          table={table}
          name="category"
          placeholder={t('list.category')}
          label={t('column.category')}
          options={disputeCategories.codes.map((code) => ({ value: code, label: text(disputeCategories.labels[code]) }))}
          width={130}
        />
      </Flex>
      <Table<DisputeListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
