import { useState } from 'react';
import { Button, Flex, Modal, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { liaisonGroupKinds, liaisonPlatforms, type LiaisonGroupView } from '../../../../contracts/liaison-groups.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText, SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { liaisonGroupApi, liaisonGroupKey } from '../liaison-groups.api.ts';
import { useLiaisonGroupMessages } from '../liaison-groups.messages.ts';
import { StatusTag } from '../liaison-groups.view.tsx';
import { LiaisonGroupForm } from '../components/liaison-group-form.tsx';

type LiaisonGroupFilter = 'kind' | 'active' | 'divisionCode' | 'q';
// Stable identity: the hook memoizes on it.
const tableOptions = {
  queryKey: liaisonGroupKey,
  url: liaisonGroupApi.listUrl,
  filters: ['kind', 'active', 'divisionCode', 'q'] as const,
  defaultSort: 'establishedOn',
  defaultOrder: 'desc' as const,
};

/** /liaison-groups: the working groups and chat groups of the account's region. */
export function LiaisonGroupListPage() {
  const t = useLiaisonGroupMessages();
  const text = useText();
  const navigate = useNavigate();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const table = useTableQuery<LiaisonGroupView, LiaisonGroupFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<LiaisonGroupView> = [
    { key: 'name', title: t('column.name'), sorter: true, sortOrder: table.sortOrderOf('name'), render: (_: unknown, g) => <Link to={`/liaison-groups/${g.id}`}>{g.name}</Link> },
    { key: 'kind', title: t('column.kind'), render: (_: unknown, g) => <Tag>{text(liaisonGroupKinds.labels[g.kind])}</Tag> },
    { key: 'platform', title: t('column.platform'), responsive: ['md'], render: (_: unknown, g) => (g.platform ? text(liaisonPlatforms.labels[g.platform]) : '—') },
    { key: 'region', title: t('column.region'), responsive: ['md'], render: (_: unknown, g) => g.regionName ?? g.divisionCode },
    { key: 'establishedOn', dataIndex: 'establishedOn', title: t('column.establishedOn'), sorter: true, sortOrder: table.sortOrderOf('establishedOn'), width: 120 },
    { key: 'status', title: t('column.status'), render: (_: unknown, g) => <StatusTag dissolvedOn={g.dissolvedOn} /> },
    { key: 'leader', title: t('column.leader'), responsive: ['lg'], render: (_: unknown, g) => g.leaderTeamName ?? '—' },
    { key: 'members', title: t('column.members'), dataIndex: 'memberCount', align: 'right', responsive: ['sm'] },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <ExportButton download={() => liaisonGroupApi.exportList(table.listFilters)} />
            {can('liaison_groups.write') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="liaison-new">
                {t('list.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter table={table} name="kind" placeholder={t('list.kind')} label={t('column.kind')} options={liaisonGroupKinds.codes.map((k) => ({ value: k, label: text(liaisonGroupKinds.labels[k]) }))} />
        <SelectFilter
          table={table}
          name="active"
          placeholder={t('list.active')}
          label={t('column.status')}
          options={[
            { value: 'true', label: t('status.active') },
            { value: 'false', label: t('status.dissolved') },
          ]}
        />
        <SearchFilter table={table} name="q" placeholder={t('list.q')} width={220} />
      </Flex>
      <Table<LiaisonGroupView>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
      <Modal title={t('form.newTitle')} open={creating} footer={null} onCancel={() => setCreating(false)} destroyOnHidden width={860}>
        <LiaisonGroupForm onSaved={(saved) => navigate(`/liaison-groups/${saved.id}`)} onCancel={() => setCreating(false)} />
      </Modal>
    </>
  );
}
