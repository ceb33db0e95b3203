import { Button, DatePicker, Flex, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { inspectionMethodLabels, inspectionMethods, type InspectionListItem } from '../../../../contracts/inspections.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { SelectFilter, listEmptyText } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { inspectionsApi, inspectionsKey } from '../inspections.api.ts';
import { useInspectionMessages } from '../inspections.messages.ts';
import { InspectionSections, MethodText } from '../components/inspection-labels.tsx';

type Filter = 'method' | 'divisionCode' | 'from' | 'to';
const tableOptions = {
  queryKey: inspectionsKey,
  url: inspectionsApi.listUrl,
  filters: ['method', 'divisionCode', 'from', 'to'] as const,
  defaultSort: 'inspectedOn',
  defaultOrder: 'desc' as const,
};

/** /inspections: the inspections of the account's region, by method, place and date. */
export function InspectionListPage() {
  const t = useInspectionMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<InspectionListItem, Filter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<InspectionListItem> = [
    {
      key: 'inspectedOn',
      title: t('column.inspectedOn'),
      sorter: true,
      sortOrder: table.sortOrderOf('inspectedOn'),
      render: (_: unknown, row) => <Link to={`/inspections/${row.id}`}>{row.inspectedOn}</Link>,
    },
    { key: 'method', title: t('column.method'), render: (_: unknown, row) => <MethodText method={row.method} /> },
    { key: 'region', title: t('column.region'), render: (_: unknown, row) => row.divisionName ?? row.divisionCode },
    { key: 'leadUnit', dataIndex: 'leadUnit', title: t('column.leadUnit'), responsive: ['md'] },
    { key: 'checked', dataIndex: 'checked', title: t('column.checked') },
    { key: 'atPost', dataIndex: 'atPost', title: t('column.atPost'), responsive: ['sm'] },
    {
      key: 'absent',
      dataIndex: 'absent',
      title: t('column.absent'),
      render: (absent: number) => (absent > 0 ? <span style={{ color: '#cf1322', fontWeight: 600 }}>{absent}</span> : absent),
    },
  ];
  const dateFilter = (name: 'from' | 'to') => (
    <DatePicker
      placeholder={t(`list.${name}`)}
      aria-label={t(`list.${name}`)}
      value={table.state.filters[name] ? dayjs(table.state.filters[name]) : null}
      onChange={(value) => table.setFilter(name, value ? value.format('YYYY-MM-DD') : undefined)}
    />
  );

  return (
    <>
      <InspectionSections />
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            {can('inspections.export') ? <ExportButton download={() => inspectionsApi.exportList(table.listFilters)} /> : null}
            {can('inspections.record') ? (
              <Link to="/inspections/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="inspection-create">
                  {t('list.create')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <DivisionTreeSelect
          value={table.state.filters.divisionCode ?? null}
          placeholder={t('list.region')}
          onChange={(value) => table.setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <SelectFilter
          table={table}
          name="method"
          placeholder={t('list.method')}
          label={t('column.method')}
          options={inspectionMethods.map((m) => ({ value: m, label: text(inspectionMethodLabels[m]) }))}
          width={140}
        />
        {dateFilter('from')}
        {dateFilter('to')}
      </Flex>
      <Table<InspectionListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
