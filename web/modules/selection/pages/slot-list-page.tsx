import { useState } from 'react';
import { Button, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { slotStatuses, slotStatusLabels, type SlotListItem, type SlotStatusCode } from '../../../../contracts/selection.ts';
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
import { RoleText, SlotStatusTag } from '../components/selection-labels.tsx';
import { SlotCreateModal } from '../components/slot-create-modal.tsx';
import { UnitPicker } from '../components/pickers.tsx';
import { SelectionNav } from '../components/selection-nav.tsx';

type SlotFilter = 'divisionCode' | 'unitId' | 'status';
const tableOptions = {
  queryKey: `${selectionKey}-slots`,
  url: selectionApi.slotsUrl,
  filters: ['divisionCode', 'unitId', 'status'] as const,
  defaultSort: 'createdAt',
  defaultOrder: 'desc' as const,
};

/** /selection: the slots of the account's region (or asked of its unit), by village, unit and status. */
export function SlotListPage() {
  const t = useSelectionMessages();
  const text = useText();
  const navigate = useNavigate();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const table = useTableQuery<SlotListItem, SlotFilter>(tableOptions);

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<SlotListItem> = [
    { key: 'village', title: t('column.village'), render: (_: unknown, s) => <Link to={`/selection/slots/${s.id}`}>{s.villageName ?? s.divisionCode}</Link> },
    { key: 'unit', dataIndex: 'unitName', title: t('column.unit') },
    { key: 'role', dataIndex: 'role', title: t('column.role'), render: (role: TeamRoleCode) => <RoleText role={role} /> },
    { key: 'team', dataIndex: 'teamName', title: t('column.team'), responsive: ['lg'] },
    { key: 'nominateBy', dataIndex: 'nominateBy', title: t('column.nominateBy'), sorter: true, sortOrder: table.sortOrderOf('nominateBy'), responsive: ['md'] },
    {
      key: 'term',
      title: t('column.term'),
      responsive: ['lg'],
      render: (_: unknown, s) => (s.termStart ? t('term.range', { start: s.termStart, end: s.termEnd ?? '—' }) : '—'),
    },
    { key: 'status', dataIndex: 'status', title: t('column.status'), render: (status: SlotStatusCode) => <SlotStatusTag status={status} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('slots.title')}
        subtitle={t('slots.subtitle')}
        extra={
          <>
            {can('selection.export') ? <ExportButton download={() => selectionApi.exportSlots(table.listFilters)} /> : null}
            {can('selection.manage') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('slots.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <SelectionNav />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <DivisionTreeSelect
          value={table.state.filters.divisionCode ?? null}
          placeholder={t('slots.region')}
          onChange={(value) => table.setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 260, maxWidth: '100%' }}
        />
        {can('selection.manage') ? (
          <UnitPicker
            value={table.state.filters.unitId}
            placeholder={t('slots.unit')}
            aria-label={t('column.unit')}
            style={{ width: 240 }}
            onChange={(value) => table.setFilter('unitId', value)}
          />
        ) : null}
        <SelectFilter
          table={table}
          name="status"
          placeholder={t('slots.status')}
          label={t('column.status')}
          options={slotStatuses.map((status) => ({ value: status, label: text(slotStatusLabels[status]) }))}
          width={140}
        />
      </Flex>
      <Table<SlotListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('slots.empty')} /> }}
      />
      <SlotCreateModal open={creating} onClose={() => setCreating(false)} onCreated={(slot) => void navigate(`/selection/slots/${slot.id}`)} />
    </>
  );
}
