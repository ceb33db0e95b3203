import type { HTMLAttributes } from 'react';
import { Flex, Table, Tabs, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { rectificationStateLabels, rectificationStates, type RectificationListItem, type RectificationStateCode } from '../../../../contracts/inspections.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { listEmptyText } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { inspectionsApi, inspectionsKey } from '../inspections.api.ts';
import { useInspectionMessages } from '../inspections.messages.ts';
import { InspectionSections, MethodText, RectificationStateTag } from '../components/inspection-labels.tsx';

type Filter = 'state' | 'overdue' | 'divisionCode' | 'teamId';
const tableOptions = {
  queryKey: inspectionsKey,
  url: inspectionsApi.rectificationsUrl,
  filters: ['state', 'overdue', 'divisionCode', 'teamId'] as const,
  defaultSort: 'deadline',
};

/** /inspections/rectifications: orders by state, overdue ones in red. */
export function RectificationListPage() {
  const t = useInspectionMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<RectificationListItem, Filter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const tab = table.state.filters.state ?? 'all';
  const columns: TableColumnsType<RectificationListItem> = [
    {
      key: 'cadre',
      title: t('column.cadre'),
      render: (_: unknown, row) => <Link to={`/inspections/rectifications/${row.id}`}>{row.cadreName ?? '—'}</Link>,
    },
    { key: 'team', dataIndex: 'teamName', title: t('column.team'), responsive: ['md'] },
    { key: 'village', title: t('column.village'), responsive: ['lg'], render: (_: unknown, row) => row.villageName ?? row.divisionCode },
    {
      key: 'inspection',
      title: t('column.inspectedOn'),
      responsive: ['sm'],
      render: (_: unknown, row) => (
        <>
          {row.inspectedOn} <MethodText method={row.method} />
        </>
      ),
    },
    {
      key: 'deadline',
      title: t('column.deadline'),
      sorter: true,
      sortOrder: table.sortOrderOf('deadline'),
      render: (_: unknown, row) => <span style={row.overdue ? { color: '#cf1322', fontWeight: 600 } : undefined}>{row.deadline}</span>,
    },
    { key: 'state', title: t('column.state'), render: (_: unknown, row) => <RectificationStateTag state={row.state} overdue={row.overdue} /> },
  ];

  return (
    <>
      <InspectionSections />
      <PageHeader
        title={t('rect.title')}
        subtitle={t('rect.subtitle')}
        extra={can('inspections.export') ? <ExportButton download={() => inspectionsApi.exportRectifications(table.listFilters)} /> : null}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => table.setFilter('state', key === 'all' ? undefined : key)}
        items={[
          { key: 'all', label: t('rect.all') },
          ...rectificationStates.map((state: RectificationStateCode) => ({ key: state, label: text(rectificationStateLabels[state]) })),
        ]}
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <DivisionTreeSelect
          value={table.state.filters.divisionCode ?? null}
          placeholder={t('list.region')}
          onChange={(value) => table.setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 260, maxWidth: '100%' }}
        />
      </Flex>
      <Table<RectificationListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ style: row.overdue ? { background: '#fff1f0' } : {}, 'data-testid': `rectification-row-${row.state}` }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('rect.empty')) }}
      />
    </>
  );
}
