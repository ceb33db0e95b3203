import { useState } from 'react';
import { Button, Flex, Modal, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { redFlagSteps, type PairingView } from '../../../../contracts/branch-pairings.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText, SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { pairingApi, pairingKey } from '../branch-pairings.api.ts';
import { usePairingMessages } from '../branch-pairings.messages.ts';
import { PairingForm } from '../components/pairing-form.tsx';
import { PairingSummaryBar } from '../components/pairing-summary-bar.tsx';

type PairingFilter = 'divisionCode' | 'unitId' | 'redFlagStep' | 'active' | 'q';
const tableOptions = {
  queryKey: pairingKey,
  url: pairingApi.listUrl,
  filters: ['divisionCode', 'unitId', 'redFlagStep', 'active', 'q'] as const,
  defaultSort: 'startedOn',
  defaultOrder: 'desc' as const,
};

/** /branch-pairings: the pairings the account sees, with the figures of its area above them. */
export function PairingListPage() {
  const t = usePairingMessages();
  const text = useText();
  const navigate = useNavigate();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const table = useTableQuery<PairingView, PairingFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<PairingView> = [
    { key: 'unit', title: t('column.unit'), render: (_: unknown, p) => p.organBranch.unitName },
    { key: 'organ', title: t('column.organ'), render: (_: unknown, p) => <Link to={`/branch-pairings/${p.id}`}>{p.organBranch.name}</Link> },
    { key: 'divisionCode', title: t('column.village'), sorter: true, sortOrder: table.sortOrderOf('divisionCode'), render: (_: unknown, p) => p.villageBranch.villageName },
    { key: 'villageBranch', title: t('column.villageBranch'), render: (_: unknown, p) => p.villageBranch.name },
    { key: 'startedOn', title: t('column.startedOn'), dataIndex: 'startedOn', sorter: true, sortOrder: table.sortOrderOf('startedOn') },
    { key: 'endedOn', title: t('column.endedOn'), dataIndex: 'endedOn', responsive: ['md'] },
    { key: 'activityCount', title: t('column.activityCount'), dataIndex: 'activityCount', align: 'right', sorter: true, sortOrder: table.sortOrderOf('activityCount') },
    {
      key: 'redFlag',
      title: t('column.redFlag'),
      render: (_: unknown, p) => (p.redFlagStep ? <Tag color="red">{text(redFlagSteps.labels[p.redFlagStep])}</Tag> : <Tag>{t('list.none')}</Tag>),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            {can('branch_pairings.export') ? <ExportButton download={() => pairingApi.exportList(table.listFilters)} /> : null}
            {can('branch_pairings.write') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="pairing-new">
                {t('list.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <PairingSummaryBar divisionCode={table.state.filters.divisionCode} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter
          table={table}
          name="redFlagStep"
          placeholder={t('list.step')}
          label={t('column.redFlag')}
          options={[...redFlagSteps.codes.map((s) => ({ value: s, label: text(redFlagSteps.labels[s]) })), { value: 'none', label: t('list.none') }]}
        />
        <SelectFilter
          table={table}
          name="active"
          placeholder={t('list.active')}
          width={130}
          options={[
            { value: 'true', label: t('list.activeTrue') },
            { value: 'false', label: t('list.activeFalse') },
          ]}
        />
        <SearchFilter table={table} name="q" placeholder={t('list.q')} width={220} />
      </Flex>
      <Table<PairingView>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
      <Modal title={t('form.title')} open={creating} footer={null} onCancel={() => setCreating(false)} destroyOnHidden width={680}>
        <PairingForm onSaved={(saved) => navigate(`/branch-pairings/${saved.id}`)} onCancel={() => setCreating(false)} />
      </Modal>
    </>
  );
}
