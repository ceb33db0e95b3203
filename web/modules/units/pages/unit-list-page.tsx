import { Button, Empty, Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import dayjs from 'dayjs';
import { unitTypeLabels, unitTypes, type UnitTypeCode, type UnitView } from '../../../../contracts/units.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { unitsApi, unitsKey } from '../units.api.ts';
import { useUnitMessages } from '../units.messages.ts';

type UnitFilter = 'q' | 'type';
// Stable identity: the hook memoizes on it.
const tableOptions = { queryKey: unitsKey, url: unitsApi.listUrl, filters: ['q', 'type'] as const, defaultSort: 'name' };

export function UnitListPage() {
  const t = useUnitMessages();
  const text = useText();
  const { can } = useSession();
  const navigate = useNavigate();
  const table = useTableQuery<UnitView, UnitFilter>(tableOptions);

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<UnitView> = [
    { key: 'name', dataIndex: 'name', title: t('column.name'), sorter: true, sortOrder: table.sortOrderOf('name') },
    { key: 'shortName', dataIndex: 'shortName', title: t('column.shortName'), responsive: ['md'] },
    {
      key: 'type',
      dataIndex: 'type',
      title: t('column.type'),
      sorter: true,
      sortOrder: table.sortOrderOf('type'),
      render: (type: UnitTypeCode) => <span style={{ whiteSpace: 'nowrap' }}>{text(unitTypeLabels[type])}</span>,
    },
    { key: 'division', dataIndex: 'divisionName', title: t('column.division'), responsive: ['sm'] },
    { key: 'contactName', dataIndex: 'contactName', title: t('column.contactName'), responsive: ['lg'] },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('column.createdAt'),
      sorter: true,
      sortOrder: table.sortOrderOf('createdAt'),
      responsive: ['md'],
      render: (value: string) => dayjs(value).format('YYYY-MM-DD'),
    },
    {
      key: 'actions',
      title: t('column.actions'),
      width: 80,
      render: (_: unknown, unit) =>
        unit.abilities.update ? <Link to={`/units/${unit.id}/edit`}>{t('action.edit')}</Link> : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            {can('units.export') ? <ExportButton download={() => unitsApi.exportList(table.listFilters)} /> : null}
            {can('units.create') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/units/new')}>
                {t('list.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          key={table.state.filters.q ?? ''}
          defaultValue={table.state.filters.q}
          placeholder={t('list.search')}
          aria-label={t('list.search')}
          allowClear
          onSearch={(value) => table.setFilter('q', value)}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Select<UnitTypeCode>
          value={table.state.filters.type as UnitTypeCode | undefined}
          placeholder={t('list.typeFilter')}
          aria-label={t('column.type')}
          allowClear
          onChange={(value) => table.setFilter('type', value)}
          options={unitTypes.map((type) => ({ value: type, label: text(unitTypeLabels[type]) }))}
          style={{ width: 160 }}
        />
      </Flex>
      <Table<UnitView>
        {...table.tableProps}
        columns={columns}
        size="middle"
        // Until the first answer arrives the spinner speaks; "no units match" would be a lie.
        locale={{ emptyText: table.query.isPending ? <div style={{ height: 120 }} /> : <Empty description={t('list.empty')} /> }}
      />
    </>
  );
}
