import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { approvalLevels, branchStatuses, type ApprovalLevel, type BranchStatus } from '../../../../contracts/party-codes.ts';
import type { TemporaryBranchView } from '../../../../contracts/temporary-branches.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, SearchFilter, SelectFilter, listEmptyText } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { BranchStatusTag } from '../components/branch-tags.tsx';
import { temporaryBranchesApi, temporaryBranchesKey } from '../temporary-branches.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';

type BranchFilter = 'q' | 'status' | 'divisionCode';
const tableOptions = { queryKey: temporaryBranchesKey, url: temporaryBranchesApi.listUrl, filters: ['q', 'status', 'divisionCode'] as const, defaultSort: 'createdAt', defaultOrder: 'desc' as const };

export function TemporaryBranchListPage() {
  const t = usePartyOrgMessages();
  const text = useText();
  const { can } = useSession();
  const navigate = useNavigate();
  const table = useTableQuery<TemporaryBranchView, BranchFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<TemporaryBranchView> = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('tb.column.name'),
      sorter: true,
      sortOrder: table.sortOrderOf('name'),
      render: (name: string, b) => <Link to={`/temporary-branches/${b.id}`}>{name}</Link>,
    },
    { key: 'status', dataIndex: 'status', title: t('tb.column.status'), render: (status: BranchStatus) => <BranchStatusTag status={status} /> },
    {
      key: 'level',
      dataIndex: 'approvalLevel',
      title: t('tb.column.level'),
      responsive: ['md'],
      render: (level: ApprovalLevel | null) => (level ? text(approvalLevels.labels[level]) : t('detail.none')),
    },
    { key: 'division', dataIndex: 'divisionName', title: t('tb.column.division'), responsive: ['sm'] },
    {
      key: 'establishedOn',
      dataIndex: 'establishedOn',
      title: t('tb.column.established'),
      sorter: true,
      sortOrder: table.sortOrderOf('establishedOn'),
      render: (day: string | null) => day ?? t('detail.none'),
    },
    { key: 'members', dataIndex: 'memberCount', title: t('tb.column.members') },
  ];

  return (
    <>
      <PageHeader
        title={t('tb.list.title')}
        subtitle={t('tb.list.subtitle')}
        extra={
          <>
            {can('party_orgs.export') ? <ExportButton download={() => temporaryBranchesApi.exportList(table.listFilters)} /> : null}
            {can('party_orgs.request_branch') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/temporary-branches/new')}>
                {t('tb.list.request')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <SearchFilter table={table} name="q" placeholder={t('tb.list.search')} width={240} />
        <SelectFilter
          table={table}
          name="status"
          placeholder={t('tb.list.status')}
          label={t('tb.column.status')}
          options={branchStatuses.codes.map((code) => ({ value: code, label: text(branchStatuses.labels[code]) }))}
          width={140}
        />
        <DivisionFilter table={table} placeholder={t('tb.list.region')} />
      </Flex>
      <Table<TemporaryBranchView> {...table.tableProps} columns={columns} size="middle" locale={{ emptyText: listEmptyText(table.query.isPending, t('tb.list.empty')) }} />
    </>
  );
}
