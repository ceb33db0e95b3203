import { useState } from 'react';
import { Button, DatePicker, Flex } from 'antd';
import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import type { VisitView } from '../../../../contracts/visits.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RemoteSelect, type RemoteOption } from '../../../components/remote-select.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useSession } from '../../../platform/session.tsx';
import { visitsApi, visitsKey } from '../visits.api.ts';
import { useVisitMessages } from '../visits.messages.ts';
import { VisitFormModal } from '../components/visit-form-modal.tsx';
import { VisitTable } from '../components/visit-table.tsx';
import { cadreChoiceOf } from '../components/visit-values.ts';
import { dayOfQuarter, quarterOfDay } from '../components/quarters.ts';

type VisitFilter = 'divisionCode' | 'quarter' | 'from' | 'to' | 'householdId' | 'cadreId';
const tableOptions = {
  queryKey: visitsKey,
  url: visitsApi.listUrl,
  filters: ['divisionCode', 'quarter', 'from', 'to', 'householdId', 'cadreId'] as const,
  defaultSort: 'visitedOn',
  defaultOrder: 'desc' as const,
};

async function householdOptions(q: string): Promise<RemoteOption[]> {
  const { items } = await visitsApi.searchHouseholds(q);
  return items.map((h) => ({ value: h.id, label: `${h.householderName}（${h.villageName ?? h.divisionCode}）` }));
}

async function cadreOptions(q: string): Promise<RemoteOption[]> {
  const { items } = await visitsApi.searchCadres(q);
  return items.map((c) => ({ value: c.id, label: c.name }));
}

/** /visits: the visits of the account's region, newest first, with filters, export and "记录走访". */
export function VisitListPage() {
  const t = useVisitMessages();
  const { me, can } = useSession();
  const table = useTableQuery<VisitView, VisitFilter>(tableOptions);
  const filters = table.state.filters;
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<VisitView | null>(null);
  const first = table.query.data?.items[0];

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <Link to="/visits/coverage">
              <Button icon={<BarChartOutlined />}>{t('list.coverage')}</Button>
            </Link>
            <ExportButton download={() => visitsApi.exportList(table.listFilters)} />
            {can('visits.write') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('list.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionTreeSelect
          value={filters.divisionCode ?? null}
          placeholder={t('list.region')}
          onChange={(value) => table.setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 220, maxWidth: '100%' }}
        />
        <DatePicker
          picker="quarter"
          placeholder={t('list.quarter')}
          aria-label={t('list.quarter')}
          value={dayOfQuarter(filters.quarter)}
          onChange={(value) => table.setFilter('quarter', value ? quarterOfDay(value) : undefined)}
        />
        <DatePicker.RangePicker
          placeholder={[t('list.from'), t('list.to')]}
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            table.setFilters({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
          }
        />
        <RemoteSelect
          queryKey={['visits', 'filter-households']}
          search={householdOptions}
          value={filters.householdId ?? null}
          known={filters.householdId && first?.householdId === filters.householdId ? { value: first.householdId, label: first.householderName } : null}
          onChange={(value) => table.setFilter('householdId', value)}
          placeholder={t('list.household')}
          aria-label={t('list.household')}
          style={{ width: 200 }}
        />
        <RemoteSelect
          queryKey={['visits', 'filter-cadres']}
          search={cadreOptions}
          value={filters.cadreId ?? null}
          known={filters.cadreId && first?.cadreId === filters.cadreId ? { value: first.cadreId, label: first.cadreName } : null}
          onChange={(value) => table.setFilter('cadreId', value)}
          placeholder={t('column.cadre')}
          aria-label={t('column.cadre')}
          style={{ width: 160 }}
        />
      </Flex>
      <VisitTable
        {...table.tableProps}
        pending={table.query.isPending}
        emptyText={t('list.empty')}
        sortOrderOf={table.sortOrderOf}
        showHousehold
        onEdit={setEditing}
      />
      <VisitFormModal
        open={creating || editing !== null}
        visit={editing}
        cadreChoice={cadreChoiceOf(me)}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
      />
    </>
  );
}
