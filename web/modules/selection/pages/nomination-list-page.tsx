import { Empty, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { nominationStateLabels, nominationStates, type NominationListItem, type NominationStateCode } from '../../../../contracts/selection.ts';
import type { TeamRoleCode } from '../../../../contracts/teams.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { selectionApi, selectionKey } from '../selection.api.ts';
import { useSelectionMessages } from '../selection.messages.ts';
import { NominationStateTag, RoleText } from '../components/selection-labels.tsx';
import { SelectionNav } from '../components/selection-nav.tsx';

type NominationFilter = 'divisionCode' | 'state';
const tableOptions = {
  queryKey: `${selectionKey}-nominations`,
  url: selectionApi.nominationsUrl,
  filters: ['divisionCode', 'state'] as const,
  defaultSort: 'createdAt',
  defaultOrder: 'desc' as const,
};

/** /selection/nominations: every candidate of the region (or of the unit), by place and state. */
export function NominationListPage() {
  const t = useSelectionMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<NominationListItem, NominationFilter>(tableOptions);

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<NominationListItem> = [
    {
      key: 'cadre',
      title: t('column.cadre'),
      render: (_: unknown, n) => (
        <>
          <Link to={`/selection/nominations/${n.id}`}>{n.cadreName ?? '—'}</Link>
          {n.replacesId ? <Tag style={{ marginLeft: 8 }}>{t('replacement')}</Tag> : null}
        </>
      ),
    },
    { key: 'unit', dataIndex: 'unitName', title: t('column.unit') },
    { key: 'village', title: t('column.village'), render: (_: unknown, n) => <Link to={`/selection/slots/${n.slotId}`}>{n.villageName ?? n.divisionCode}</Link> },
    { key: 'role', dataIndex: 'role', title: t('column.role'), responsive: ['md'], render: (role: TeamRoleCode) => <RoleText role={role} /> },
    { key: 'state', dataIndex: 'state', title: t('column.status'), render: (state: NominationStateCode) => <NominationStateTag state={state} /> },
    { key: 'effectiveDate', dataIndex: 'effectiveDate', title: t('column.effectiveDate'), sorter: true, sortOrder: table.sortOrderOf('effectiveDate'), responsive: ['lg'] },
    { key: 'reason', dataIndex: 'reason', title: t('column.reason'), responsive: ['lg'] },
    { key: 'createdAt', title: t('column.createdAt'), sorter: true, sortOrder: table.sortOrderOf('createdAt'), render: (_: unknown, n) => n.createdAt.slice(0, 10) },
  ];

  return (
    <>
      <PageHeader
        title={t('nominations.title')}
        subtitle={t('slots.subtitle')}
        extra={can('selection.export') ? <ExportButton download={() => selectionApi.exportNominations(table.listFilters)} /> : null}
      />
      <SelectionNav />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <DivisionTreeSelect
          value={table.state.filters.divisionCode ?? null}
          placeholder={t('slots.region')}
          onChange={(value) => table.setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <SelectFilter
          table={table}
          name="state"
          placeholder={t('nominations.state')}
          label={t('column.status')}
          options={nominationStates.filter((s) => s !== 'in_post').map((state) => ({ value: state, label: text(nominationStateLabels[state]) }))}
          width={160}
        />
      </Flex>
      <Table<NominationListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('nominations.empty')} /> }}
      />
    </>
  );
}
