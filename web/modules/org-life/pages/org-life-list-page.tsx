import { useState } from 'react';
import { Button, DatePicker, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { FlagOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { branchTasks, orgLifeKinds, type OrgLifeListItem } from '../../../../contracts/org-life.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText, SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { orgLifeApi, orgLifeKey } from '../org-life.api.ts';
import { useOrgLifeMessages } from '../org-life.messages.ts';
import { OrgLifeDetail } from '../components/org-life-detail.tsx';

type OrgLifeFilter = 'divisionCode' | 'partyOrgId' | 'kind' | 'task' | 'dateFrom' | 'dateTo';
const tableOptions = {
  queryKey: orgLifeKey,
  url: orgLifeApi.listUrl,
  filters: ['divisionCode', 'partyOrgId', 'kind', 'task', 'dateFrom', 'dateTo'] as const,
  defaultSort: 'heldOn',
  defaultOrder: 'desc' as const,
};

/** /org-life: the meetings of the branches in the account's area. */
export function OrgLifeListPage() {
  const t = useOrgLifeMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<OrgLifeListItem, OrgLifeFilter>(tableOptions);
  const [shown, setShown] = useState<string | null>(null);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;
  const partyOrgId = table.state.filters.partyOrgId;
  // A secretary or committee member records for his branch; the organization departments for those they keep.
  const writer = can('org_life.write') || can('party_orgs.manage');

  const columns: TableColumnsType<OrgLifeListItem> = [
    { key: 'heldOn', title: t('column.heldOn'), dataIndex: 'heldOn', sorter: true, sortOrder: table.sortOrderOf('heldOn') },
    { key: 'branch', title: t('column.branch'), dataIndex: 'partyOrgName', render: (name: string, r) => <Link to={`/six-ones/${r.partyOrgId}`}>{name}</Link> },
    { key: 'kind', title: t('column.kind'), sorter: true, sortOrder: table.sortOrderOf('kind'), render: (_: unknown, r) => text(orgLifeKinds.labels[r.kind]) },
    {
      key: 'topic',
      title: t('column.topic'),
      render: (_: unknown, r) => (
        <Button type="link" size="small" onClick={() => setShown(r.id)} style={{ padding: 0 }}>
          {r.topic}
        </Button>
      ),
    },
    { key: 'tasks', title: t('column.tasks'), render: (_: unknown, r) => r.tasks.map((task) => <Tag key={task}>{text(branchTasks.labels[task])}</Tag>), responsive: ['lg'] },
    { key: 'attendance', title: t('column.attendance'), render: (_: unknown, r) => `${r.attendeeCount}/${r.absenteeCount}` },
  ];
  const dateFilter = (name: 'dateFrom' | 'dateTo', placeholder: string) => (
    <DatePicker
      aria-label={placeholder}
      placeholder={placeholder}
      value={table.state.filters[name] ? dayjs(table.state.filters[name]) : null}
      onChange={(value) => table.setFilter(name, value ? value.format('YYYY-MM-DD') : undefined)}
    />
  );

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <Link to={partyOrgId ? `/six-ones/${partyOrgId}` : '/six-ones'}>
              <Button icon={<FlagOutlined />}>{t('list.sixOnes')}</Button>
            </Link>
            {can('org_life.export') ? <ExportButton download={() => orgLifeApi.exportList(table.listFilters)} /> : null}
            {writer ? (
              <Link to={partyOrgId ? `/org-life/new?partyOrgId=${partyOrgId}` : '/org-life/new'}>
                <Button type="primary" icon={<PlusOutlined />} data-testid="org-life-new">
                  {t('list.new')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter table={table} name="kind" placeholder={t('list.kind')} label={t('column.kind')} options={orgLifeKinds.codes.map((k) => ({ value: k, label: text(orgLifeKinds.labels[k]) }))} />
        <SelectFilter table={table} name="task" placeholder={t('list.task')} label={t('column.tasks')} options={branchTasks.codes.map((k) => ({ value: k, label: text(branchTasks.labels[k]) }))} />
        {dateFilter('dateFrom', t('list.dateFrom'))}
        {dateFilter('dateTo', t('list.dateTo'))}
      </Flex>
      <Table<OrgLifeListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
      <OrgLifeDetail id={shown} onClose={() => setShown(null)} />
    </>
  );
}
