import { Alert, Breadcrumb, DatePicker, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { dutyStatsColumns, type DutyStatsFigures, type DutyStatsRow } from '../../../../contracts/duty-stats.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { dutyStatsApi, dutyStatsKey } from '../duty-stats.api.ts';
import { useDutyStatsMessages } from '../duty-stats.messages.ts';
import { statsQueryOf, withMonth, withRegion } from '../duty-stats.view.ts';

// Figures worth a second look stand out; they are counts of a region, never a ranking of people.
const warning = new Set<keyof DutyStatsFigures>(['belowMinimum', 'absent', 'rectificationsOverdue', 'reportsMissing']);
const cell = (key: keyof DutyStatsFigures, value: number | null) =>
  value === null ? '—' : warning.has(key) && value > 0 ? <Typography.Text type="danger">{value}</Typography.Text> : value;

/** /duty-stats: the figures of a region by its next level, a month at a time, drillable and exportable. */
export function DutyStatsPage() {
  const t = useDutyStatsMessages();
  const text = useText();
  const [params, setParams] = useSearchParams();
  const query = statsQueryOf(params);
  const stats = useQuery({ queryKey: [dutyStatsKey, query], queryFn: () => dutyStatsApi.get(query), placeholderData: (previous) => previous });

  if (stats.isError && !stats.data) return <LoadFailedResult error={stats.error} onRetry={() => void stats.refetch()} />;
  const data = stats.data;

  const columns: TableColumnsType<DutyStatsRow> = [
    {
      key: 'name',
      title: t('regionColumn'),
      fixed: 'left',
      render: (_: unknown, row) =>
        row.drillable ? <Link to={`?${withRegion(query, row.divisionCode).toString()}`}>{row.name}</Link> : row.name,
    },
    ...dutyStatsColumns.map((c) => ({
      key: c.key,
      title: text(c),
      align: 'right' as const,
      render: (_: unknown, row: DutyStatsRow) => cell(c.key, row[c.key]),
    })),
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={<ExportButton download={() => dutyStatsApi.exportXlsx({ ...query, ...(data ? { month: data.month } : {}) })} />}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('month')}
          value={dayjs(`${query.month ?? data?.month ?? dayjs().format('YYYY-MM')}-01`)}
          onChange={(value) => setParams(withMonth(query, value ? value.format('YYYY-MM') : null))}
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
            key: place.code || 'nation',
            title:
              index === data.path.length - 1 ? (
                place.name
              ) : (
                <Link to={`?${withRegion(query, place.code || null).toString()}`}>{place.name}</Link>
              ),
          }))}
        />
      ) : null}
      {data ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('required', { days: data.requiredDays })} description={t('snapshot')} /> : null}
      <Table<DutyStatsRow>
        rowKey={(row) => `${row.own ? 'own:' : ''}${row.divisionCode}`}
        columns={columns}
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
                {dutyStatsColumns.map((c, index) => (
                  <Table.Summary.Cell key={c.key} index={index + 1} align="right">
                    <Typography.Text strong>{cell(c.key, data.total[c.key])}</Typography.Text>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    </>
  );
}
