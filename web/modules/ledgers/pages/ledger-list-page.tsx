import { Flex, InputNumber, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { LedgerEntry } from '../../../../contracts/ledgers.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText } from '../../../components/list-filters.tsx';
import { useSession } from '../../../platform/session.tsx';
import { ledgerApi, ledgerKey } from '../ledgers.api.ts';
import { useLedgerMessages } from '../ledgers.messages.ts';

const tableOptions = { queryKey: ledgerKey, url: ledgerApi.listUrl, filters: ['divisionCode', 'year'] as const };
const thisYear = new Date().getFullYear();

/** /ledgers: the first secretaries who served in the year, with how their commitments stand. */
export function LedgerListPage() {
  const t = useLedgerMessages();
  const { can } = useSession();
  const table = useTableQuery<LedgerEntry, 'divisionCode' | 'year'>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;
  const year = Number(table.state.filters.year ?? thisYear);

  const columns: TableColumnsType<LedgerEntry> = [
    { key: 'village', title: t('column.village'), dataIndex: 'villageName' },
    { key: 'team', title: t('column.team'), dataIndex: 'teamName' },
    { key: 'cadre', title: t('column.cadre'), render: (_: unknown, r) => <Link to={`/ledgers/${r.cadreId}?year=${year}`}>{r.cadreName}</Link> },
    { key: 'commitments', title: t('column.commitments'), dataIndex: 'commitments', align: 'right' },
    { key: 'kept', title: t('column.kept'), dataIndex: 'kept', align: 'right' },
    { key: 'overdue', title: t('column.overdue'), dataIndex: 'overdue', align: 'right' },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={can('ledgers.export') ? <ExportButton download={() => ledgerApi.exportCommitments({ divisionCode: table.state.filters.divisionCode })}>{t('list.exportCommitments')}</ExportButton> : null}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <InputNumber
          aria-label={t('list.year')}
          addonBefore={t('list.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(value) => table.setFilters({ year: value ? String(value) : undefined })}
        />
      </Flex>
      <Table<LedgerEntry> {...table.tableProps} columns={columns} size="middle" scroll={{ x: 'max-content' }} locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }} />
    </>
  );
}
