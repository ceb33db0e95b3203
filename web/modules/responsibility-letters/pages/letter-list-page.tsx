import { Button, Checkbox, Empty, Flex, InputNumber, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { LetterListItem } from '../../../../contracts/responsibility-letters.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, SearchFilter } from '../../../components/list-filters.tsx';
import { useSession } from '../../../platform/session.tsx';
import { letterApi, letterKey } from '../responsibility-letters.api.ts';
import { useLetterMessages } from '../responsibility-letters.messages.ts';

type LetterFilter = 'divisionCode' | 'unitId' | 'year' | 'hasOverdue' | 'q';
// Stable identity: the hook memoizes on it.
const tableOptions = {
  queryKey: letterKey,
  url: letterApi.listUrl,
  filters: ['divisionCode', 'unitId', 'year', 'hasOverdue', 'q'] as const,
  defaultSort: 'signedOn',
  defaultOrder: 'desc' as const,
};

/** /responsibility-letters: the letters of the caller's area or unit, with how far their tasks have come. */
export function LetterListPage() {
  const t = useLetterMessages();
  const { can } = useSession();
  const table = useTableQuery<LetterListItem, LetterFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<LetterListItem> = [
    { key: 'title', title: t('column.title'), render: (_: unknown, r) => <Link to={`/responsibility-letters/${r.id}`}>{r.title}</Link> },
    { key: 'year', title: t('column.year'), dataIndex: 'year', sorter: true, sortOrder: table.sortOrderOf('year') },
    {
      key: 'unit',
      title: t('column.unit'),
      render: (_: unknown, r) => <a onClick={() => table.setFilter('unitId', r.unitId)}>{r.unitName ?? '—'}</a>,
    },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    { key: 'signedWith', title: t('column.signedWith'), dataIndex: 'signedWith', responsive: ['lg'] },
    { key: 'signedOn', title: t('column.signedOn'), dataIndex: 'signedOn', sorter: true, sortOrder: table.sortOrderOf('signedOn') },
    {
      key: 'progress',
      title: t('column.progress'),
      render: (_: unknown, r) => (
        <Space size={4} wrap>
          <Typography.Text>{t('progress', { confirmed: r.tasks.confirmed, total: r.tasks.total, reported: r.tasks.reported })}</Typography.Text>
          {r.tasks.overdue > 0 ? <Tag color="red">{t('overdueCount', { count: r.tasks.overdue })}</Tag> : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <Link to="/responsibility-letters/performance">
              <Button icon={<BarChartOutlined />}>{t('list.performance')}</Button>
            </Link>
            {can('responsibility-letters.export') ? <ExportButton download={() => letterApi.exportList(table.listFilters)} /> : null}
            {can('responsibility-letters.write') ? (
              <Link to="/responsibility-letters/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="letter-new">
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
        <InputNumber
          value={table.state.filters.year ? Number(table.state.filters.year) : null}
          placeholder={t('list.year')}
          aria-label={t('column.year')}
          min={2000}
          max={2100}
          precision={0}
          onChange={(value) => table.setFilter('year', value ? String(value) : undefined)}
          style={{ width: 120 }}
        />
        {table.state.filters.unitId ? (
          <Tag closable onClose={() => table.setFilter('unitId', undefined)}>
            {table.query.data?.items[0]?.unitName ?? t('column.unit')}
          </Tag>
        ) : null}
        <Checkbox
          checked={table.state.filters.hasOverdue === 'true'}
          onChange={(e) => table.setFilter('hasOverdue', e.target.checked ? 'true' : undefined)}
          data-testid="letter-overdue-filter"
        >
          {t('list.overdue')}
        </Checkbox>
      </Flex>
      <Table<LetterListItem>
        {...table.tableProps}
        rowKey="id"
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('list.empty')} /> }}
      />
    </>
  );
}
