import { Checkbox, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { transitionKinds } from '../../../../contracts/household-codes.ts';
import { transitionStateCodes, transitionStates, type TransitionListItem } from '../../../../contracts/household-transitions.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { SelectFilter, DivisionFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { transitionsApi, transitionsKey } from '../household-transitions.api.ts';
import { useTransitionMessages } from '../household-transitions.messages.ts';
import { TransitionKindText, TransitionStateTag } from '../components/transition-labels.tsx';

type TransitionFilter = 'divisionCode' | 'kind' | 'state' | 'overdue' | 'householdId';
// Stable identity: the hook memoizes on it.
const tableOptions = {
  queryKey: transitionsKey,
  url: transitionsApi.listUrl,
  filters: ['divisionCode', 'kind', 'state', 'overdue', 'householdId'] as const,
  defaultSort: 'createdAt',
  defaultOrder: 'desc' as const,
};

/** /household-transitions: the region's identifications, exits, monitoring entries and risk removals. */
export function TransitionListPage() {
  const t = useTransitionMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<TransitionListItem, TransitionFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const dates = (x: TransitionListItem) => {
    if (x.secondNotice) return t('notice.period', { start: x.secondNotice.start, end: x.secondNotice.end });
    if (x.firstNotice) return t('notice.period', { start: x.firstNotice.start, end: x.firstNotice.end });
    if (x.decideDueOn && x.verifiedOn) return `${t('clock.decide')} ${x.decideDueOn}`;
    if (x.verifyDueOn) return `${t('clock.verify')} ${x.verifyDueOn}`;
    return '—';
  };
  const columns: TableColumnsType<TransitionListItem> = [
    { key: 'household', title: t('column.household'), render: (_: unknown, x) => <Link to={`/household-transitions/${x.id}`}>{x.householderName ?? '—'}</Link> },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    { key: 'kind', title: t('column.kind'), render: (_: unknown, x) => <TransitionKindText kind={x.kind} /> },
    { key: 'state', title: t('column.state'), render: (_: unknown, x) => <TransitionStateTag state={x.state} overdue={x.verifyOverdue || x.decideOverdue} /> },
    { key: 'dates', title: t('column.dates'), render: (_: unknown, x) => dates(x) },
    {
      key: 'createdAt',
      title: t('column.createdAt'),
      sorter: true,
      sortOrder: table.sortOrderOf('createdAt'),
      render: (_: unknown, x) => x.createdAt.slice(0, 10),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={can('households.export') ? <ExportButton download={() => transitionsApi.exportList(table.listFilters)} /> : null}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter
          table={table}
          name="kind"
          placeholder={t('list.kind')}
          label={t('column.kind')}
          options={transitionKinds.codes.map((kind) => ({ value: kind, label: text(transitionKinds.labels[kind]) }))}
          width={140}
        />
        <SelectFilter
          table={table}
          name="state"
          placeholder={t('list.state')}
          label={t('column.state')}
          options={transitionStateCodes.map((state) => ({ value: state, label: text(transitionStates[state]) }))}
          width={180}
        />
        <Checkbox
          checked={table.state.filters.overdue === 'true'}
          onChange={(e) => table.setFilter('overdue', e.target.checked ? 'true' : undefined)}
          data-testid="transition-overdue-filter"
        >
          {t('list.overdue')}
        </Checkbox>
      </Flex>
      <Table<TransitionListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('list.empty')} /> }}
      />
    </>
  );
}
