import { Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { partyOrgKindLabels, partyOrgKinds, type PartyOrgKindCode, type PartyOrgView } from '../../../../contracts/party-orgs.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { PartyOrgKindTag } from '../components/kind-tag.tsx';
import { partyOrgsApi, partyOrgsKey } from '../party-orgs.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';
import { SearchFilter, SelectFilter, listEmptyText } from '../../../components/list-filters.tsx';

type PartyOrgFilter = 'q' | 'kind' | 'parent';
const tableOptions = { queryKey: partyOrgsKey, url: partyOrgsApi.listUrl, filters: ['q', 'kind', 'parent'] as const };

/** The organizations in scope; "下级 N" walks down the tree, the parent's name walks up. */
export function PartyOrgListPage() {
  const t = usePartyOrgMessages();
  const text = useText();
  const { can } = useSession();
  const navigate = useNavigate();
  const table = useTableQuery<PartyOrgView, PartyOrgFilter>(tableOptions);
  const parentId = table.state.filters.parent;
  const parent = useQuery({ queryKey: [partyOrgsKey, 'detail', parentId], queryFn: () => partyOrgsApi.get(parentId!), enabled: Boolean(parentId) });

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<PartyOrgView> = [
    { key: 'name', dataIndex: 'name', title: t('column.name'), render: (name: string, o) => <Link to={`/party-orgs/${o.id}`}>{name}</Link> },
    {
      key: 'kind',
      dataIndex: 'kind',
      title: t('column.kind'),
      render: (kind: PartyOrgKindCode) => <PartyOrgKindTag kind={kind} />,
    },
    {
      key: 'parent',
      title: t('column.parent'),
      responsive: ['md'],
      render: (_: unknown, o) => (o.parentId && o.parentName ? <Link to={`/party-orgs/${o.parentId}`}>{o.parentName}</Link> : t('detail.none')),
    },
    { key: 'division', dataIndex: 'divisionName', title: t('column.division'), responsive: ['sm'] },
    { key: 'unit', dataIndex: 'unitName', title: t('column.unit'), responsive: ['lg'] },
    {
      key: 'children',
      dataIndex: 'childCount',
      title: t('column.children'),
      render: (count: number, o) => (count > 0 ? <a onClick={() => table.setFilters({ parent: o.id, q: undefined, kind: undefined })}>{count}</a> : 0),
    },
    { key: 'members', dataIndex: 'memberCount', title: t('column.members') },
    {
      key: 'actions',
      title: t('column.actions'),
      width: 80,
      render: (_: unknown, o) => (o.abilities.update ? <Link to={`/party-orgs/${o.id}/edit`}>{t('action.edit')}</Link> : null),
    },
  ];

  return (
    <>
      <PageHeader
        title={parentId && parent.data ? t('list.childrenOf', { name: parent.data.name }) : t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            {can('party_orgs.export') ? <ExportButton download={() => partyOrgsApi.exportList(table.listFilters)} /> : null}
            {can('party_orgs.manage') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/party-orgs/new')}>
                {t('list.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={260} />
        <SelectFilter
          table={table}
          name="kind"
          placeholder={t('list.kindFilter')}
          label={t('column.kind')}
          options={partyOrgKinds.map((kind) => ({ value: kind, label: text(partyOrgKindLabels[kind]) }))}
          width={160}
        />
        {parentId ? (
          <Typography.Link onClick={() => table.setFilter('parent', undefined)}>{t('list.showAll')}</Typography.Link>
        ) : null}
      </Flex>
      <Table<PartyOrgView>
        {...table.tableProps}
        columns={columns}
        size="middle"
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
