import { Button, DatePicker, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { contributionKinds, type SupportList, type SupportView } from '../../../../contracts/advisors.ts';
import { formatMoney, toCents } from '../../../../contracts/money.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { advisorApi, advisorKey } from '../advisors.api.ts';
import { useAdvisorMessages } from '../advisors.messages.ts';

type SupportFilter = 'divisionCode' | 'kind' | 'from' | 'to';
const tableOptions = {
  queryKey: advisorKey,
  url: advisorApi.supportsUrl,
  filters: ['divisionCode', 'kind', 'from', 'to'] as const,
  defaultSort: 'givenOn',
  defaultOrder: 'desc' as const,
};
const money = (value: string | null) => (value === null ? '—' : formatMoney(toCents(value)));

/** /advisors/supports: everything the advisors of the caller's area gave, with the totals by kind. */
export function SupportLedgerPage() {
  const t = useAdvisorMessages();
  const text = useText();
  const navigate = useNavigate();
  const { can } = useSession();
  const table = useTableQuery<SupportView, SupportFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;
  const totals = (table.query.data as SupportList | undefined)?.totals;

  const columns: TableColumnsType<SupportView> = [
    { key: 'givenOn', title: t('supports.givenOn'), dataIndex: 'givenOn', sorter: true, sortOrder: table.sortOrderOf('givenOn') },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName' },
    { key: 'advisor', title: t('supports.advisor'), render: (_: unknown, s) => <Link to={`/advisors/${s.advisorId}`}>{s.advisorName}</Link> },
    { key: 'kind', title: t('supports.kind'), render: (_: unknown, s) => text(contributionKinds.labels[s.kind]) },
    { key: 'value', title: t('supports.value'), align: 'right', sorter: true, sortOrder: table.sortOrderOf('value'), render: (_: unknown, s) => money(s.value) },
    { key: 'description', title: t('supports.description'), dataIndex: 'description' },
  ];
  const dateFilter = (name: 'from' | 'to') => (
    <DatePicker
      placeholder={t(name === 'from' ? 'supports.from' : 'supports.to')}
      value={table.state.filters[name] ? dayjs(table.state.filters[name]) : null}
      onChange={(day) => table.setFilter(name, day ? day.format('YYYY-MM-DD') : undefined)}
    />
  );
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/advisors')} />;

  return (
    <>
      <PageHeader
        title={t('supports.ledgerTitle')}
        back={back}
        extra={can('advisors.export') ? <ExportButton download={() => advisorApi.exportSupports(table.listFilters)} /> : null}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter
          table={table}
          name="kind"
          placeholder={t('supports.allKinds')}
          label={t('supports.kind')}
          options={contributionKinds.codes.map((code) => ({ value: code, label: text(contributionKinds.labels[code]) }))}
          width={160}
        />
        {dateFilter('from')}
        {dateFilter('to')}
      </Flex>
      {totals ? (
        <Typography.Paragraph data-testid="support-totals">
          {t('supports.total', { count: totals.count, value: money(totals.value) })}
          {totals.byKind.map((k) => ` · ${text(contributionKinds.labels[k.kind])} ${k.count}`).join('')}
        </Typography.Paragraph>
      ) : null}
      <Table<SupportView>
        {...table.tableProps}
        rowKey="id"
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('supports.empty')} /> }}
      />
    </>
  );
}
