import { useMemo, useState } from 'react';
import { Card, Col, Row, Select } from 'antd';
import { metrics, type Metric } from '../../../../contracts/stats-metrics.ts';
import type { MonthlyMetric, StatsView } from '../../../../contracts/stats.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useStatsMessages } from '../stats.messages.ts';
import { rankableMetrics, rankChildren } from '../stats.view.ts';
import { EChart } from './echart.tsx';

const trendMetrics: MonthlyMetric[] = ['presence_days', 'visits', 'diaries', 'funds_paid'];

/** The children ranked on a chosen metric, projects and households by state, and the monthly trend. */
export function StatsCharts({ stats, dark, height }: { stats: StatsView; dark: boolean; height: number }) {
  const t = useStatsMessages();
  const text = useText();
  const [metric, setMetric] = useState<Metric>('team_members');
  const ranked = useMemo(() => rankChildren(stats.children, metric), [stats.children, metric]);

  const rankOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: ranked.map((r) => r.name) },
      series: [{ type: 'bar', name: text(metrics[metric].label), data: ranked.map((r) => r.value) }],
    }),
    [ranked, metric, text],
  );

  const f = stats.figures;
  const statusOption = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['30%', '50%'],
          center: ['25%', '45%'],
          data: [
            { name: t('projectsDone'), value: f.projects_completed },
            { name: t('projectsOpen'), value: Math.max(0, f.projects - f.projects_completed) },
          ],
        },
        {
          type: 'pie',
          radius: ['30%', '50%'],
          center: ['75%', '45%'],
          data: [
            { name: t('householdsVisited'), value: f.households_visited },
            { name: t('householdsNotVisited'), value: Math.max(0, f.households - f.households_visited) },
          ],
        },
      ],
    }),
    [f, t],
  );

  const trendOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: stats.monthly.visits.map((p) => p.month) },
      yAxis: [{ type: 'value' }, { type: 'value', position: 'right' }],
      series: trendMetrics.map((m) => ({
        type: 'line',
        name: text(metrics[m].label),
        yAxisIndex: m === 'funds_paid' ? 1 : 0,
        data: stats.monthly[m].map((p) => p.value),
      })),
    }),
    [stats.monthly, text],
  );

  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      {stats.children.length > 0 ? (
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={t('rankTitle')}
            extra={
              <Select<Metric>
                aria-label={t('rankMetric')}
                value={metric}
                onChange={setMetric}
                style={{ width: 200 }}
                showSearch={{ optionFilterProp: 'label' }}
                options={rankableMetrics.map((k) => ({ value: k, label: text(metrics[k].label) }))}
              />
            }
          >
            <EChart option={rankOption} label={t('chartLabel', { name: t('rankTitle') })} height={Math.max(height, ranked.length * 24)} dark={dark} />
          </Card>
        </Col>
      ) : null}
      <Col xs={24} xl={stats.children.length > 0 ? 12 : 8}>
        <Card size="small" title={t('statusTitle')}>
          <EChart option={statusOption} label={t('chartLabel', { name: t('statusTitle') })} height={height} dark={dark} />
        </Card>
      </Col>
      <Col xs={24} xl={stats.children.length > 0 ? 24 : 16}>
        <Card size="small" title={t('trendTitle')}>
          <EChart option={trendOption} label={t('chartLabel', { name: t('trendTitle') })} height={height} dark={dark} />
        </Card>
      </Col>
    </Row>
  );
}
