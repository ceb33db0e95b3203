import { Card, Flex, Select, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { CriticismItem, CriticismList } from '../../../../contracts/inspections.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { listEmptyText } from '../../../components/list-filters.tsx';
import { useSession } from '../../../platform/session.tsx';
import { inspectionsApi, inspectionsKey } from '../inspections.api.ts';
import { useInspectionMessages } from '../inspections.messages.ts';
import { InspectionSections } from '../components/inspection-labels.tsx';

type Filter = 'year' | 'divisionCode' | 'cadreId' | 'teamId';
const tableOptions = { queryKey: inspectionsKey, url: inspectionsApi.criticismsUrl, filters: ['year', 'divisionCode', 'cadreId', 'teamId'] as const };
const thisYear = new Date().getFullYear();
const years = Array.from({ length: 5 }, (_, i) => String(thisYear - i));

/** /inspections/criticisms: the notices, by year and place, with each cadre's count for the year-end assessment. */
export function CriticismListPage() {
  const t = useInspectionMessages();
  const { can } = useSession();
  const table = useTableQuery<CriticismItem, Filter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;
  const perCadre = (table.query.data as CriticismList | undefined)?.perCadre ?? [];

  const columns: TableColumnsType<CriticismItem> = [
    { key: 'issuedOn', dataIndex: 'issuedOn', title: t('column.issuedOn') },
    { key: 'cadre', dataIndex: 'cadreName', title: t('column.cadre') },
    { key: 'team', dataIndex: 'teamName', title: t('column.team'), responsive: ['md'] },
    { key: 'village', title: t('column.village'), responsive: ['lg'], render: (_: unknown, c) => c.villageName ?? c.divisionCode },
    {
      key: 'content',
      title: t('column.content'),
      width: 420,
      render: (_: unknown, c) => <Link to={`/inspections/rectifications/${c.rectificationId}`}>{c.content}</Link>,
    },
  ];

  return (
    <>
      <InspectionSections />
      <PageHeader
        title={t('crit.title')}
        subtitle={t('crit.subtitle')}
        extra={can('inspections.export') ? <ExportButton download={() => inspectionsApi.exportCriticisms(table.listFilters)} /> : null}
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select<string>
          value={table.state.filters.year}
          placeholder={t('crit.allYears')}
          aria-label={t('crit.year')}
          allowClear
          onChange={(value) => table.setFilter('year', value)}
          options={years.map((y) => ({ value: y, label: y }))}
          style={{ width: 140 }}
        />
        <DivisionTreeSelect
          value={table.state.filters.divisionCode ?? null}
          placeholder={t('list.region')}
          onChange={(value) => table.setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 260, maxWidth: '100%' }}
        />
      </Flex>
      <Table<CriticismItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        data-testid="criticism-table"
        locale={{ emptyText: listEmptyText(table.query.isPending, t('crit.empty')) }}
      />
      {perCadre.length > 0 ? (
        <Card size="small" title={t('crit.perCadre')} style={{ marginTop: 16 }}>
          <Flex wrap gap={8}>
            {perCadre.map((p) => (
              <Tag key={p.cadreId}>
                {p.cadreName} × {p.count}
              </Tag>
            ))}
          </Flex>
        </Card>
      ) : null}
    </>
  );
}
