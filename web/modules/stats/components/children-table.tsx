import { Card, Table, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { metrics, type Metric } from '../../../../contracts/stats-metrics.ts';
import type { StatsChild } from '../../../../contracts/stats.ts';
import { useLocale, useText } from '../../../platform/i18n.tsx';
import { useStatsMessages } from '../stats.messages.ts';
import { formatFigure, formatRate, withDivision } from '../stats.view.ts';

const shown: Metric[] = ['teams', 'first_secretaries', 'team_members', 'households', 'visits', 'diaries', 'projects', 'project_budget', 'funds_paid', 'road_km', 'donations_value'];

/** The places one level down; each name opens the same page one level further (the URL is the state), down to a village's own. */
export function ChildrenTable({ items }: { items: StatsChild[] }) {
  const t = useStatsMessages();
  const text = useText();
  const locale = useLocale();
  const [params] = useSearchParams();
  const columns: TableColumnsType<StatsChild> = [
    {
      key: 'name',
      title: t('placeColumn'),
      fixed: 'left',
      render: (_: unknown, row) => <Link to={`/stats?${withDivision(params, row.code).toString()}`}>{row.name}</Link>,
    },
    ...shown.map((metric) => ({
      key: metric,
      title: text(metrics[metric].label),
      align: 'right' as const,
      sorter: (a: StatsChild, b: StatsChild) => a.figures[metric] - b.figures[metric],
      render: (_: unknown, row: StatsChild) => formatFigure(metric, row.figures[metric], locale),
    })),
    { key: 'inVillageRate', title: t('inVillageRate'), align: 'right', render: (_: unknown, row) => formatRate(row.rates.inVillageRate) },
    { key: 'visitCoverage', title: t('visitCoverage'), align: 'right', render: (_: unknown, row) => formatRate(row.rates.visitCoverage) },
  ];
  return (
    <Card size="small" title={t('childrenTitle')}>
      <Table<StatsChild>
        rowKey="code"
        columns={columns}
        dataSource={items}
        pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        size="small"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('noChildren') }}
      />
    </Card>
  );
}
