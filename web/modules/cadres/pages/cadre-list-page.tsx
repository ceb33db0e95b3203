import { useState } from 'react';
import { Button, Empty, Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import {
  genderLabels,
  genders,
  partyStatusLabels,
  partyStatuses,
  specialities,
  specialityLabels,
  type CadreView,
  type GenderCode,
  type PartyStatusCode,
  type SpecialityCode,
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
        <Input.Search
          key={filters.q ?? ''}
          defaultValue={filters.q}
          placeholder={t('list.search')}
          aria-label={t('list.search')}
          allowClear
          onSearch={(value) => table.setFilter('q', value)}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <div style={{ width: 220 }}>
          <UnitSelect mode="scope" value={filters.unitId} onChange={(value) => table.setFilter('unitId', value)} placeholder={t('filter.unit')} aria-label={t('column.unit')} />
        </div>
        <div style={{ width: 220 }}>
          <DivisionTreeSelect value={filters.divisionCode ?? null} onChange={(value) => table.setFilter('divisionCode', (value as string | null) ?? undefined)} placeholder={t('filter.division')} />
        </div>
        <Select<PartyStatusCode>
          value={filters.partyStatus as PartyStatusCode | undefined}
          placeholder={t('filter.partyStatus')}
          aria-label={t('filter.partyStatus')}
          allowClear
          onChange={(value) => table.setFilter('partyStatus', value)}
          options={partyStatuses.map((p) => ({ value: p, label: text(partyStatusLabels[p]) }))}
          style={{ width: 140 }}
        />
        <Select<GenderCode>
          value={filters.gender as GenderCode | undefined}
          placeholder={t('filter.gender')}
          aria-label={t('filter.gender')}
          allowClear
          onChange={(value) => table.setFilter('gender', value)}
          options={genders.map((g) => ({ value: g, label: text(genderLabels[g]) }))}
          style={{ width: 100 }}
        />
        <Select<SpecialityCode>
          value={filters.speciality as SpecialityCode | undefined}
          placeholder={t('filter.speciality')}
          aria-label={t('filter.speciality')}
          allowClear
          onChange={(value) => table.setFilter('speciality', value)}
          options={specialities.map((s) => ({ value: s, label: text(specialityLabels[s]) }))}
          style={{ width: 130 }}
        />
        <Select<'true' | 'false'>
          value={filters.posted as 'true' | 'false' | undefined}
          placeholder={t('filter.posted')}
          aria-label={t('filter.posted')}
          allowClear
          onChange={(value) => table.setFilter('posted', value)}
          options={[
            { value: 'true', label: t('filter.postedYes') },
            { value: 'false', label: t('filter.postedNo') },
          ]}
          style={{ width: 120 }}
        />
      </Flex>
      <Table<CadreView>
        {...table.tableProps}
        columns={columns}
        scroll={{ x: 'max-content' }}
        size="middle"
        locale={{ emptyText: table.query.isPending ? <div style={{ height: 120 }} /> : <Empty description={t('list.empty')} /> }}
      />
      <ImportDialog open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
