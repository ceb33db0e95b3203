import { Button, Checkbox, Flex, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { demandCategories, demandStates, type DemandListItem } from '../../../../contracts/demands.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { listEmptyText, SelectFilter, DivisionFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { demandsApi, demandsKey } from '../demands.api.ts';
import { useDemandsMessages } from '../demands.messages.ts';
import { DemandCategoryText, DemandStateTag } from '../components/demand-labels.tsx';
import { DemandSummaryCards } from '../components/demand-summary.tsx';

// householdId and assignedCadreId come from a household's or a cadre's page, not from a control here.
type DemandFilter = 'divisionCode' | 'state' | 'category' | 'overdue' | 'householdId' | 'assignedCadreId' | 'from' | 'to';
const tableOptions = {
  queryKey: demandsKey,
  url: demandsApi.listUrl,
  filters: ['divisionCode', 'state', 'category', 'overdue', 'householdId', 'assignedCadreId', 'from', 'to'] as const,
  defaultSort: 'raisedOn',
  defaultOrder: 'desc' as const,
};

/** /demands: the region's demands with their figures; overdue ones are flagged and can be listed alone. */
export function DemandListPage() {
  const t = useDemandsMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<DemandListItem, DemandFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<DemandListItem> = [
    { key: 'raisedOn', title: t('column.raisedOn'), dataIndex: 'raisedOn', sorter: true, sortOrder: table.sortOrderOf('raisedOn') },
    { key: 'raisedBy', title: t('column.raisedBy'), render: (_: unknown, d) => <Link to={`/demands/${d.id}`}>{d.raisedBy}</Link> },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    { key: 'household', title: t('column.household'), render: (_: unknown, d) => d.householderName ?? '—', responsive: ['md'] },
    { key: 'category', title: t('column.category'), render: (_: unknown, d) => <DemandCategoryText category={d.category} /> },
    { key: 'content', title: t('column.content'), dataIndex: 'content', ellipsis: true, responsive: ['lg'] },
    { key: 'cadre', title: t('column.cadre'), render: (_: unknown, d) => d.assignedCadreName ?? '—' },
    { key: 'dueOn', title: t('column.dueOn'), dataIndex: 'dueOn', sorter: true, sortOrder: table.sortOrderOf('dueOn') },
    { key: 'state', title: t('column.state'), render: (_: unknown, d) => <DemandStateTag state={d.state} overdue={d.overdue} /> },
    { key: 'days', title: t('column.days'), render: (_: unknown, d) => (d.daysToSolve === null ? '—' : t('days', { days: d.daysToSolve })) },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <ExportButton download={() => demandsApi.exportList(table.listFilters)} />
            {can('demands.write') ? (
              <Link to="/demands/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="demand-new">
                  {t('list.raise')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <DemandSummaryCards divisionCode={table.state.filters.divisionCode} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter
          table={table}
          name="state"
          placeholder={t('list.state')}
          label={t('column.state')}
          options={demandStates.codes.map((code) => ({ value: code, label: text(demandStates.labels[code]) }))}
          width={130}
        />
        <SelectFilter
          table={table}
          name="category"
          placeholder={t('list.category')}
          label={t('column.category')}
          options={demandCategories.codes.map((code) => ({ value: code, label: text(demandCategories.labels[code]) }))}
          width={130}
        />
        <Checkbox checked={table.state.filters.overdue === 'true'} onChange={(e) => table.setFilter('overdue', e.target.checked ? 'true' : undefined)}>
          {t('list.overdue')}
        </Checkbox>
      </Flex>
      <Table<DemandListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
