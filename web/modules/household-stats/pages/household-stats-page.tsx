import { Alert, Breadcrumb, Flex, Select, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { householdStatsColumns, type HouseholdStatsFigures, type HouseholdStatsRow } from '../../../../contracts/household-stats.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { householdStatsApi, householdStatsKey } from '../household-stats.api.ts';
import { useHouseholdStatsMessages } from '../household-stats.messages.ts';
import { breakdownColumns, recentQuarters, statsQueryOf, withQuarter, withRegion, type BreakdownCell, type BreakdownKind } from '../household-stats.view.ts';

type Column = { key: string; title: string; value: (f: HouseholdStatsFigures) => ReactNode };

const breakdownKinds: BreakdownKind[] = ['status', 'cause', 'monitoring', 'indicators'];

/** /household-stats: the registry and field work of a region by its next level, drillable and exportable. */
export function HouseholdStatsPage() {
  const t = useHouseholdStatsMessages();
  const text = useText();
  const [params, setParams] = useSearchParams();
  const query = statsQueryOf(params);
  const stats = useQuery({ queryKey: [householdStatsKey, query], queryFn: () => householdStatsApi.get(query), placeholderData: (previous) => previous });

  if (stats.isError && !stats.data) return <LoadFailedResult error={stats.error} onRetry={() => void stats.refetch()} />;
  const data = stats.data;

  const cell = (c: BreakdownCell) => (c.persons === null ? c.households : t('count', { households: c.households, persons: c.persons }));
  const overview: Column[] = householdStatsColumns.map((c) => ({ key: c.key, title: text(c), value: (f) => f[c.key] ?? '—' }));
  const breakdown = (kind: BreakdownKind): Column[] =>
    breakdownColumns(kind).map((c) => ({ key: c.key, title: text(c.label), value: (f) => cell(c.value(f)) }));

  const table = (columns: Column[]) => {
    const antColumns: TableColumnsType<HouseholdStatsRow> = [
      {
        key: 'name',
        title: t('regionColumn'),
        fixed: 'left',
        render: (_: unknown, row) => (row.drillable ? <Link to={`?${withRegion(query, row.divisionCode).toString()}`}>{row.name}</Link> : row.name),
      },
      ...columns.map((c) => ({ key: c.key, title: c.title, align: 'right' as const, render: (_: unknown, row: HouseholdStatsRow) => c.value(row) })),
    ];
    return (
      <Table<HouseholdStatsRow>
        rowKey={(row) => `${row.own ? 'own:' : ''}${row.divisionCode}`}
        columns={antColumns}
        dataSource={data?.rows ?? []}
        loading={stats.isFetching}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('empty') }}
        summary={() =>
          data ? (
            <Table.Summary fixed>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('total')}</Typography.Text>
                </Table.Summary.Cell>
                {columns.map((c, index) => (
                  <Table.Summary.Cell key={c.key} index={index + 1} align="right">
                    <Typography.Text strong>{c.value(data.total)}</Typography.Text>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    );
  };

  const quarterOptions = recentQuarters(dayjs().format('YYYY-MM-DD'), 8).map((q) => ({ value: q, label: t('quarterOption', { year: q.slice(0, 4), q: q.slice(6) }) }));

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={<ExportButton download={() => householdStatsApi.exportXlsx({ ...query, ...(data ? { quarter: data.quarter } : {}) })} />}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('quarter')}
          value={query.quarter ?? data?.quarter ?? quarterOptions[0]!.value}
          options={quarterOptions}
          onChange={(value: string) => setParams(withQuarter(query, value))}
          style={{ width: 180 }}
        />
        <DivisionTreeSelect
          value={query.divisionCode ?? null}
          placeholder={t('region')}
          onChange={(value) => setParams(withRegion(query, typeof value === 'string' ? value : null))}
          style={{ width: 280, maxWidth: '100%' }}
        />
      </Flex>
      {data && data.path.length > 0 ? (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={data.path.map((place, index) => ({
            key: place.code,
            title: index === data.path.length - 1 ? place.name : <Link to={`?${withRegion(query, place.code).toString()}`}>{place.name}</Link>,
          }))}
        />
      ) : null}
      {data ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('period', { from: data.from, to: data.to })} /> : null}
      <Tabs
        items={[
          { key: 'overview', label: t('tab.overview'), children: table(overview) },
          ...breakdownKinds.map((kind) => ({ key: kind, label: t(`tab.${kind}`), children: table(breakdown(kind)) })),
        ]}
      />
    </>
  );
}
