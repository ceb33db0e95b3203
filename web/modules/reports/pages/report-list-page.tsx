import { Button, Checkbox, DatePicker, Flex, Table, type TableColumnsType } from 'antd';
import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { reportKindLabels, reportKinds, type ReportListItem } from '../../../../contracts/reports.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { listEmptyText, SelectFilter } from '../../../components/list-filters.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { reportsApi, reportsKey } from '../reports.api.ts';
import { useReportMessages } from '../reports.messages.ts';
import { formatTime, KindTag, LateTag, ReadTag } from '../components/report-labels.tsx';

type ReportFilter = 'kind' | 'period' | 'divisionCode' | 'late' | 'unread' | 'teamId';
const tableOptions = {
  queryKey: reportsKey,
  url: reportsApi.listUrl,
  filters: ['kind', 'period', 'divisionCode', 'late', 'unread', 'teamId'] as const,
  defaultSort: 'submittedAt',
  defaultOrder: 'desc' as const,
};

/** /reports: the reports of the account's teams or region, newest first, with the month's status one click away. */
export function ReportListPage() {
  const t = useReportMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<ReportListItem, ReportFilter>(tableOptions);
  const filters = table.state.filters;

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<ReportListItem> = [
    {
      key: 'title',
      title: t('column.title'),
      render: (_: unknown, r) => (
        <Flex gap={4} wrap>
          <Link to={`/reports/${r.id}`}>{r.title}</Link>
          {r.late ? <LateTag /> : null}
        </Flex>
      ),
    },
    { key: 'kind', title: t('column.kind'), render: (_: unknown, r) => <KindTag kind={r.kind} /> },
    { key: 'period', dataIndex: 'period', title: t('column.period'), sorter: true, sortOrder: table.sortOrderOf('period') },
    { key: 'team', title: t('column.team'), render: (_: unknown, r) => `${r.teamName}${r.villageName ? `（${r.villageName}）` : ''}`, responsive: ['md'] },
    { key: 'dueOn', dataIndex: 'dueOn', title: t('column.dueOn'), sorter: true, sortOrder: table.sortOrderOf('dueOn'), responsive: ['lg'], render: (v: string | null) => v ?? '—' },
    {
      key: 'submittedAt',
      title: t('column.submittedAt'),
      sorter: true,
      sortOrder: table.sortOrderOf('submittedAt'),
      render: (_: unknown, r) => formatTime(r.submittedAt),
    },
    { key: 'submittedBy', dataIndex: 'submittedByName', title: t('column.submittedBy'), responsive: ['lg'] },
    { key: 'read', title: t('column.read'), render: (_: unknown, r) => <ReadTag readAt={r.readAt} /> },
    { key: 'attachments', dataIndex: 'attachmentCount', title: t('column.attachments'), responsive: ['md'] },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <Link to="/reports/status">
              <Button icon={<BarChartOutlined />}>{t('list.status')}</Button>
            </Link>
            <ExportButton download={() => reportsApi.exportList(table.listFilters)} />
            {can('reports.submit') ? (
              <Link to="/reports/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('list.create')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionTreeSelect
          value={filters.divisionCode ?? null}
          placeholder={t('list.region')}
          onChange={(value) => table.setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <SelectFilter
          table={table}
          name="kind"
          placeholder={t('list.kind')}
          label={t('column.kind')}
          options={reportKinds.map((kind) => ({ value: kind, label: text(reportKindLabels[kind]) }))}
          width={140}
        />
        <DatePicker
          picker="month"
          placeholder={t('list.period')}
          aria-label={t('list.period')}
          value={filters.period ? dayjs(`${filters.period}-01`) : null}
          onChange={(value) => table.setFilter('period', value ? value.format('YYYY-MM') : undefined)}
        />
        <Checkbox checked={filters.late === 'true'} onChange={(e) => table.setFilter('late', e.target.checked ? 'true' : undefined)}>
          {t('list.lateOnly')}
        </Checkbox>
        <Checkbox checked={filters.unread === 'true'} onChange={(e) => table.setFilter('unread', e.target.checked ? 'true' : undefined)}>
          {t('list.unreadOnly')}
        </Checkbox>
      </Flex>
      <Table<ReportListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
