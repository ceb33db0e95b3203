import { Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { householdAttributes, householdStatuses, monitoringTypes, povertyCauses } from '../../../../contracts/household-codes.ts';
import type { HouseholdListItem } from '../../../../contracts/households.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { SearchFilter, SelectFilter, listEmptyText } from '../../../components/list-filters.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { householdsApi, householdsKey } from '../households.api.ts';
import { useHouseholdMessages } from '../households.messages.ts';

type HouseholdFilter = 'q' | 'divisionCode' | 'status' | 'attribute' | 'monitoringType' | 'mainCause' | 'indicatorGap' | 'pairedCadreId';
// Stable identity: the hook memoizes on it.
const tableOptions = {
  queryKey: householdsKey,
  url: householdsApi.listUrl,
  filters: ['q', 'divisionCode', 'status', 'attribute', 'monitoringType', 'mainCause', 'indicatorGap', 'pairedCadreId'] as const,
  defaultSort: 'code',
};

/** /households: the registry of the caller's region, filtered, sorted and paged in the address bar. */
export function HouseholdListPage() {
  const t = useHouseholdMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<HouseholdListItem, HouseholdFilter>(tableOptions);
  const { filters } = table.state;

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const codeOptions = <K extends string>(list: { codes: readonly K[]; labels: Record<K, { zh: string; en: string }> }) =>
    list.codes.map((c) => ({ value: c, label: text(list.labels[c]) }));

  const columns: TableColumnsType<HouseholdListItem> = [
    {
      key: 'code',
      title: t('column.code'),
      sorter: true,
      sortOrder: table.sortOrderOf('code'),
      render: (_: unknown, h) => <Link to={`/households/${h.id}`} style={{ fontFamily: 'monospace' }}>{h.code}</Link>,
    },
    { key: 'village', dataIndex: 'villageName', title: t('column.village'), responsive: ['md'] },
    {
      key: 'householderName',
      title: t('column.householder'),
      sorter: true,
      sortOrder: table.sortOrderOf('householderName'),
      render: (_: unknown, h) => <Link to={`/households/${h.id}`}>{h.householderName}</Link>,
    },
    { key: 'attribute', title: t('column.attribute'), responsive: ['lg'], render: (_: unknown, h) => text(householdAttributes.labels[h.attribute]) },
    { key: 'status', title: t('column.status'), render: (_: unknown, h) => <Tag color="blue">{text(householdStatuses.labels[h.status])}</Tag> },
    {
      key: 'causes',
      title: t('column.causes'),
      responsive: ['lg'],
      render: (_: unknown, h) => [h.mainCause, ...h.secondaryCauses].flatMap((c) => (c ? [text(povertyCauses.labels[c])] : [])).join('、') || '—',
    },
    { key: 'memberCount', dataIndex: 'memberCount', title: t('column.members'), sorter: true, sortOrder: table.sortOrderOf('memberCount'), align: 'right' },
    {
      key: 'perHeadIncome',
      title: t('column.perHead'),
      sorter: true,
      sortOrder: table.sortOrderOf('perHeadIncome'),
      align: 'right',
      responsive: ['md'],
      render: (_: unknown, h) => (h.perHeadIncome === null ? '—' : h.perHeadIncome.toLocaleString('zh-CN')),
    },
    { key: 'monitoring', title: t('column.monitoring'), responsive: ['xl'], render: (_: unknown, h) => (h.monitoringType ? text(monitoringTypes.labels[h.monitoringType]) : '—') },
    { key: 'cadres', title: t('column.cadres'), responsive: ['xl'], render: (_: unknown, h) => h.pairedCadreNames.join('、') || '—' },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            {can('households.export') ? <ExportButton download={() => householdsApi.exportList(table.listFilters)} /> : null}
            {can('households.write') ? (
              <Link to="/households/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('list.create')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={240} />
        <div style={{ width: 220 }}>
          <DivisionTreeSelect value={filters.divisionCode ?? null} onChange={(value) => table.setFilter('divisionCode', (value as string | null) ?? undefined)} placeholder={t('filter.division')} />
        </div>
        <SelectFilter table={table} name="status" placeholder={t('filter.status')} options={codeOptions(householdStatuses)} width={130} />
        <SelectFilter table={table} name="attribute" placeholder={t('filter.attribute')} options={codeOptions(householdAttributes)} width={150} />
        <SelectFilter table={table} name="monitoringType" placeholder={t('filter.monitoringType')} options={codeOptions(monitoringTypes)} width={150} />
        <SelectFilter table={table} name="mainCause" placeholder={t('filter.mainCause')} options={codeOptions(povertyCauses)} width={150} />
        <SelectFilter
          table={table}
          name="indicatorGap"
          placeholder={t('filter.indicatorGap')}
          options={[
            { value: 'true', label: t('filter.gapYes') },
            { value: 'false', label: t('filter.gapNo') },
          ]}
          width={150}
        />
      </Flex>
      <Table<HouseholdListItem>
        {...table.tableProps}
        columns={columns}
        scroll={{ x: 'max-content' }}
        size="middle"
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
