import { useState } from 'react';
import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { SearchFilter, SelectFilter, listEmptyText } from '../../../components/list-filters.tsx';
import {
  genderLabels,
  genders,
  partyStatusLabels,
  partyStatuses,
  specialities,
  specialityLabels,
  type CadreView,
} from '../../../../contracts/cadres.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { SensitiveText } from '../../../components/sensitive-text.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { ImportDialog } from '../components/import-dialog.tsx';
import { UnitSelect } from '../components/unit-select.tsx';
import { cadresApi, cadresKey } from '../cadres.api.ts';
import { useCadreMessages } from '../cadres.messages.ts';

type CadreFilter = 'q' | 'unitId' | 'partyStatus' | 'gender' | 'speciality' | 'posted' | 'divisionCode';
// Stable identity: the hook memoizes on it.
const tableOptions = {
  queryKey: cadresKey,
  url: cadresApi.listUrl,
  filters: ['q', 'unitId', 'partyStatus', 'gender', 'speciality', 'posted', 'divisionCode'] as const,
  defaultSort: 'name',
};

export function CadreListPage() {
  const t = useCadreMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<CadreView, CadreFilter>(tableOptions);
  const [importing, setImporting] = useState(false);
  const { filters } = table.state;

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;


  const columns: TableColumnsType<CadreView> = [
    {
      key: 'name',
      title: t('column.name'),
      sorter: true,
      sortOrder: table.sortOrderOf('name'),
      width: 100,
      render: (_: unknown, cadre) => <Link to={`/cadres/${cadre.id}`} style={{ whiteSpace: 'nowrap' }}>{cadre.name}</Link>,
    },
    { key: 'gender', title: t('column.gender'), width: 70, render: (_: unknown, cadre) => text(genderLabels[cadre.gender]) },
    { key: 'birthDate', dataIndex: 'birthDate', title: t('column.birthDate'), sorter: true, sortOrder: table.sortOrderOf('birthDate'), responsive: ['md'], width: 120 },
    { key: 'partyStatus', title: t('column.partyStatus'), responsive: ['lg'], render: (_: unknown, cadre) => text(partyStatusLabels[cadre.partyStatus]) },
    { key: 'unit', dataIndex: 'unitName', title: t('column.unit'), responsive: ['sm'] },
    { key: 'position', dataIndex: 'position', title: t('column.position'), responsive: ['xl'] },
    {
      key: 'idNumber',
      title: t('column.idNumber'),
      responsive: ['lg'],
      width: 250,
      render: (_: unknown, cadre) => (
        <SensitiveText masked={cadre.idNumber} {...(cadre.abilities.unmask ? { unmaskUrl: cadresApi.unmaskUrl(cadre.id), body: { field: 'idNumber' } } : {})} />
      ),
    },
    { key: 'posted', dataIndex: 'postedDivisionName', title: t('column.posted'), responsive: ['md'] },
    {
      key: 'createdAt',
      title: t('column.createdAt'),
      sorter: true,
      sortOrder: table.sortOrderOf('createdAt'),
      responsive: ['xl'],
      width: 120,
      render: (_: unknown, cadre) => cadre.createdAt.slice(0, 10),
    },
    {
      key: 'actions',
      title: t('column.actions'),
      width: 80,
      render: (_: unknown, cadre) => (cadre.abilities.update ? <Link to={`/cadres/${cadre.id}/edit`}>{t('action.edit')}</Link> : null),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            {can('cadres.export') ? (
              <ExportButton download={() => cadresApi.exportList(table.listFilters)} />
            ) : null}
            {can('cadres.import') ? (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('list.import')}
              </Button>
            ) : null}
            {can('cadres.create') ? (
              <Link to="/cadres/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('list.create')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={240} />
        <div style={{ width: 220 }}>
          <UnitSelect mode="scope" value={filters.unitId} onChange={(value) => table.setFilter('unitId', value)} placeholder={t('filter.unit')} aria-label={t('column.unit')} />
        </div>
        <div style={{ width: 220 }}>
          <DivisionTreeSelect value={filters.divisionCode ?? null} onChange={(value) => table.setFilter('divisionCode', (value as string | null) ?? undefined)} placeholder={t('filter.division')} />
        </div>
        <SelectFilter
          table={table}
          name="partyStatus"
          placeholder={t('filter.partyStatus')}
          options={partyStatuses.map((p) => ({ value: p, label: text(partyStatusLabels[p]) }))}
          width={140}
        />
        <SelectFilter
          table={table}
          name="gender"
          placeholder={t('filter.gender')}
          options={genders.map((g) => ({ value: g, label: text(genderLabels[g]) }))}
          width={100}
        />
        <SelectFilter
          table={table}
          name="speciality"
          placeholder={t('filter.speciality')}
          options={specialities.map((s) => ({ value: s, label: text(specialityLabels[s]) }))}
          width={130}
        />
        <SelectFilter
          table={table}
          name="posted"
          placeholder={t('filter.posted')}
          options={[
            { value: 'true', label: t('filter.postedYes') },
            { value: 'false', label: t('filter.postedNo') },
          ]}
          width={120}
        />
      </Flex>
      <Table<CadreView>
        {...table.tableProps}
        columns={columns}
        scroll={{ x: 'max-content' }}
        size="middle"
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
      <ImportDialog open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
