import { useState } from 'react';
import { Button, Empty, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { AccountBookOutlined, FileSyncOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { AdvisorListItem } from '../../../../contracts/advisors.ts';
import { formatMoney, toCents } from '../../../../contracts/money.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { useSession } from '../../../platform/session.tsx';
import { advisorApi, advisorKey } from '../advisors.api.ts';
import { useAdvisorMessages } from '../advisors.messages.ts';
import { BriefingRoundModal } from '../components/briefing-round-modal.tsx';

type AdvisorFilter = 'divisionCode' | 'q' | 'active';
// Stable identity: the hook memoizes on it.
const tableOptions = {
  queryKey: advisorKey,
  url: advisorApi.listUrl,
  filters: ['divisionCode', 'q', 'active'] as const,
  defaultSort: 'appointedOn',
  defaultOrder: 'desc' as const,
};

/** /advisors: the advisors of the caller's villages, with what they gave and when they were last briefed. */
export function AdvisorListPage() {
  const t = useAdvisorMessages();
  const { can } = useSession();
  const [round, setRound] = useState(false);
  const table = useTableQuery<AdvisorListItem, AdvisorFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<AdvisorListItem> = [
    { key: 'name', title: t('column.name'), sorter: true, sortOrder: table.sortOrderOf('name'), render: (_: unknown, r) => <Link to={`/advisors/${r.id}`}>{r.name}</Link> },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName' },
    { key: 'occupation', title: t('column.occupation'), dataIndex: 'occupation', responsive: ['md'] },
    { key: 'phone', title: t('column.phone'), dataIndex: 'phone', responsive: ['lg'] },
    { key: 'appointedOn', title: t('column.appointedOn'), dataIndex: 'appointedOn', sorter: true, sortOrder: table.sortOrderOf('appointedOn') },
    { key: 'supports', title: t('column.supports'), render: (_: unknown, r) => t('supportCount', { count: r.supportCount }), responsive: ['lg'] },
    { key: 'supportValue', title: t('column.supportValue'), align: 'right', render: (_: unknown, r) => formatMoney(toCents(r.supportValue)) },
    { key: 'lastPeriod', title: t('column.lastPeriod'), dataIndex: 'lastPeriod', responsive: ['md'] },
    { key: 'active', title: t('column.active'), render: (_: unknown, r) => <Tag color={r.active ? 'green' : undefined}>{t(r.active ? 'active.true' : 'active.false')}</Tag> },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <Link to="/advisors/supports">
              <Button icon={<AccountBookOutlined />}>{t('list.supports')}</Button>
            </Link>
            {can('advisors.export') ? <ExportButton download={() => advisorApi.exportList(table.listFilters)} /> : null}
            {can('advisors.brief') ? (
              <Button icon={<FileSyncOutlined />} onClick={() => setRound(true)} data-testid="advisor-round">
                {t('list.round')}
              </Button>
            ) : null}
            {can('advisors.write') ? (
              <Link to="/advisors/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="advisor-new">
                  {t('list.new')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={240} />
        <SelectFilter
          table={table}
          name="active"
          placeholder={t('list.active')}
          label={t('column.active')}
          options={[
            { value: 'true', label: t('active.true') },
            { value: 'false', label: t('active.false') },
          ]}
          width={120}
        />
      </Flex>
      <Table<AdvisorListItem>
        {...table.tableProps}
        rowKey="id"
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('list.empty')} /> }}
      />
      <BriefingRoundModal open={round} onClose={() => setRound(false)} />
    </>
  );
}
