import { DatePicker, Flex, Table, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { fundSourceKinds } from '../../../../contracts/project-codes.ts';
import type { PaymentView } from '../../../../contracts/project-funds.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { SelectFilter, listEmptyText, DivisionFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { fundsApi, fundsKey } from '../project-funds.api.ts';
import { useFundsMessages } from '../project-funds.messages.ts';
import { yuan } from '../components/money.ts';

// projectId comes from a project's page, not from a control here.
type FundFilter = 'divisionCode' | 'projectId' | 'sourceKind' | 'from' | 'to';
const tableOptions = {
  queryKey: fundsKey,
  url: fundsApi.listUrl,
  filters: ['divisionCode', 'projectId', 'sourceKind', 'from', 'to'] as const,
  defaultSort: 'paidOn',
  defaultOrder: 'desc' as const,
};

/** /funds: every payment of the projects in the caller's region, filtered and exported. */
export function FundsListPage() {
  const t = useFundsMessages();
  const text = useText();
  const table = useTableQuery<PaymentView, FundFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;
  const { from, to } = table.state.filters;

  const columns: TableColumnsType<PaymentView> = [
    { key: 'paidOn', title: t('column.paidOn'), dataIndex: 'paidOn', sorter: true, sortOrder: table.sortOrderOf('paidOn') },
    { key: 'project', title: t('column.project'), render: (_: unknown, p) => <Link to={`/projects/${p.projectId}`}>{p.projectName}</Link> },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    { key: 'kind', title: t('column.kind'), render: (_: unknown, p) => text(fundSourceKinds.labels[p.sourceKind]) },
    { key: 'funder', title: t('column.funder'), dataIndex: 'funder', responsive: ['lg'] },
    { key: 'amount', title: t('column.amount'), align: 'right', sorter: true, sortOrder: table.sortOrderOf('amount'), render: (_: unknown, p) => yuan(p.amount) },
    { key: 'payee', title: t('column.payee'), dataIndex: 'payee' },
    { key: 'purpose', title: t('column.purpose'), dataIndex: 'purpose', ellipsis: true, responsive: ['lg'] },
    { key: 'voucher', title: t('column.voucher'), dataIndex: 'voucherNo', responsive: ['xl'] },
  ];

  return (
    <>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} extra={<ExportButton download={() => fundsApi.exportList(table.listFilters)} />} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter
          table={table}
          name="sourceKind"
          placeholder={t('list.kind')}
          label={t('column.kind')}
          options={fundSourceKinds.codes.map((kind) => ({ value: kind, label: text(fundSourceKinds.labels[kind]) }))}
          width={160}
        />
        <DatePicker.RangePicker
          aria-label={t('list.from')}
          placeholder={[t('list.from'), t('list.to')]}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          allowEmpty={[true, true]}
          onChange={(range) => table.setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        />
      </Flex>
      <Table<PaymentView>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
