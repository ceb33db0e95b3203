import { Button, Flex, Table, type TableColumnsType } from 'antd';
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
import { SearchFilter, SelectFilter, listEmptyText } from '../../../components/list-filters.tsx';

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
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={260} />
        <SelectFilter
          table={table}
          name="type"
          placeholder={t('list.typeFilter')}
          label={t('column.type')}
          options={unitTypes.map((type) => ({ value: type, label: text(unitTypeLabels[type]) }))}
          width={160}
        />
      </Flex>
      <Table<UnitView>
        {...table.tableProps}
        columns={columns}
        size="middle"
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
