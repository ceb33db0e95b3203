import { Button, Checkbox, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { leaveStateLabels, leaveStates, leaveTypeLabels, leaveTypes, type LeaveListItem } from '../../../../contracts/leave.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { SearchFilter, SelectFilter, DivisionFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { leaveApi, leaveKey } from '../leave.api.ts';
import { useLeaveMessages } from '../leave.messages.ts';
import { ApproverText, LeaveStateTag, LeaveTypeText } from '../leave-labels.tsx';

// cadreId comes from a cadre's page (its leave card), not from a control here.
type LeaveFilter = 'divisionCode' | 'q' | 'state' | 'type' | 'awaitingMe' | 'overdueReportBack' | 'cadreId';
// Stable identity: the hook memoizes on it.
const tableOptions = {
  queryKey: leaveKey,
  url: leaveApi.listUrl,
  filters: ['divisionCode', 'q', 'state', 'type', 'awaitingMe', 'overdueReportBack', 'cadreId'] as const,
  defaultSort: 'startDate',
  defaultOrder: 'desc' as const,
};

/**
 * /leave: a member's own leave (a leader's team's) with the request button; for the township and
 * the county, the region's leave with what waits for them and what is overdue.
 */
export function LeaveListPage() {
  const t = useLeaveMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<LeaveListItem, LeaveFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<LeaveListItem> = [
    { key: 'cadre', title: t('column.cadre'), render: (_: unknown, l) => <Link to={`/leave/${l.id}`}>{l.cadreName ?? '—'}</Link> },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    { key: 'type', title: t('column.type'), render: (_: unknown, l) => <LeaveTypeText type={l.type} /> },
    {
      key: 'startDate',
      title: t('column.period'),
      sorter: true,
      sortOrder: table.sortOrderOf('startDate'),
      render: (_: unknown, l) => t('period', { start: l.startDate, end: l.endDate }),
    },
    { key: 'days', title: t('column.days'), dataIndex: 'days', sorter: true, sortOrder: table.sortOrderOf('days') },
    { key: 'reason', title: t('column.reason'), dataIndex: 'reason', ellipsis: true, responsive: ['lg'] },
    { key: 'approver', title: t('column.approver'), render: (_: unknown, l) => <ApproverText role={l.approverRole} /> },
    { key: 'state', title: t('column.state'), render: (_: unknown, l) => <LeaveStateTag state={l.state} overdue={l.overdueReportBack} /> },
  ];
  const flag = (name: 'awaitingMe' | 'overdueReportBack', label: string) => (
    <Checkbox checked={table.state.filters[name] === 'true'} onChange={(e) => table.setFilter(name, e.target.checked ? 'true' : undefined)}>
      {label}
    </Checkbox>
  );

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            {can('leave.export') ? <ExportButton download={() => leaveApi.exportList(table.listFilters)} /> : null}
            {can('leave.request') ? (
              <Link to="/leave/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="leave-new">
                  {t('list.request')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        {can('leave.decide') || can('leave.export') ? (
          <DivisionFilter table={table} placeholder={t('list.region')} />
        ) : null}
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={180} />
        <SelectFilter
          table={table}
          name="state"
          placeholder={t('list.state')}
          label={t('column.state')}
          options={leaveStates.map((state) => ({ value: state, label: text(leaveStateLabels[state]) }))}
          width={130}
        />
        <SelectFilter
          table={table}
          name="type"
          placeholder={t('list.type')}
          label={t('column.type')}
          options={leaveTypes.map((type) => ({ value: type, label: text(leaveTypeLabels[type]) }))}
          width={120}
        />
        {can('leave.decide') ? flag('awaitingMe', t('list.awaitingMe')) : null}
        {flag('overdueReportBack', t('list.overdue'))}
      </Flex>
      <Table<LeaveListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('list.empty')} /> }}
      />
    </>
  );
}
