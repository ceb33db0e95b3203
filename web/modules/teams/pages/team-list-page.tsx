import { Button, Empty, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { teamStatusLabels, teamStatuses, type TeamListItem, type TeamStatusCode } from '../../../../contracts/teams.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { teamsApi, teamsKey } from '../teams.api.ts';
import { useTeamMessages } from '../teams.messages.ts';
import { LeadTag, TeamStatusTag, TermText } from '../team-labels.tsx';
import { SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';

type TeamFilter = 'divisionCode' | 'q' | 'status';
// Stable identity: the hook memoizes on it.
const tableOptions = { queryKey: teamsKey, url: teamsApi.listUrl, filters: ['divisionCode', 'q', 'status'] as const, defaultSort: 'createdAt', defaultOrder: 'desc' as const };

/** /teams: the teams of the account's region, filtered by a place inside it, name and status. */
export function TeamListPage() {
  const t = useTeamMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<TeamListItem, TeamFilter>(tableOptions);

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;


  const columns: TableColumnsType<TeamListItem> = [
    {
      key: 'name',
      title: t('column.name'),
      sorter: true,
      sortOrder: table.sortOrderOf('name'),
      render: (_: unknown, team) => <Link to={`/teams/${team.id}`}>{team.name}</Link>,
    },
    {
      key: 'villages',
      title: t('column.villages'),
      render: (_: unknown, team) => team.villages.map((v) => v.name ?? v.code).join('、'),
    },
    {
      key: 'units',
      title: t('column.units'),
      responsive: ['md'],
      render: (_: unknown, team) => (
        <Flex wrap gap={4}>
          {team.units.map((u) => (
            <span key={u.id}>
              {u.name}
              {u.isLead ? <LeadTag /> : null}
            </span>
          ))}
        </Flex>
      ),
    },
    { key: 'leader', dataIndex: 'leaderName', title: t('column.leader'), render: (name: string | null) => name ?? <Tag>—</Tag> },
    { key: 'memberCount', dataIndex: 'memberCount', title: t('column.memberCount'), responsive: ['sm'] },
    {
      key: 'termStart',
      title: t('column.term'),
      sorter: true,
      sortOrder: table.sortOrderOf('termStart'),
      responsive: ['lg'],
      render: (_: unknown, team) => <TermText start={team.termStart} end={team.termEnd} />,
    },
    { key: 'status', dataIndex: 'status', title: t('column.status'), render: (status: TeamStatusCode) => <TeamStatusTag status={status} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            {can('teams.export') ? (
              <ExportButton download={() => teamsApi.exportList(table.listFilters)} />
            ) : null}
            {can('teams.manage') ? (
              <Link to="/teams/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('list.create')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <DivisionTreeSelect
          value={table.state.filters.divisionCode ?? null}
          placeholder={t('list.region')}
          onChange={(value) => table.setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={240} />
        <SelectFilter
          table={table}
          name="status"
          placeholder={t('list.status')}
          label={t('column.status')}
          options={teamStatuses.map((status) => ({ value: status, label: text(teamStatusLabels[status]) }))}
          width={140}
        />
      </Flex>
      <Table<TeamListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('list.empty')} /> }}
      />
    </>
  );
}
