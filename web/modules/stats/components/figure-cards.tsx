import { Card, Col, Row, Statistic } from 'antd';
import { metricGroups, metrics, type MetricGroup } from '../../../../contracts/stats-metrics.ts';
import type { StatsView } from '../../../../contracts/stats.ts';
import { useLocale, useText } from '../../../platform/i18n.tsx';
import { useStatsMessages } from '../stats.messages.ts';
import { formatFigure, formatRate, metricsOf } from '../stats.view.ts';

const groups = Object.keys(metricGroups) as MetricGroup[];

/** The division's figures as cards, one per group of the catalog, with the two rates first. */
export function FigureCards({ stats, large }: { stats: StatsView; large: boolean }) {
  const t = useStatsMessages();
  const text = useText();
  const locale = useLocale();
  const valueStyle = large ? { fontSize: 36 } : { fontSize: 20 };
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      <Col xs={24} md={12} xl={6}>
        <Card size="small">
          <Statistic title={t('inVillageRate')} value={formatRate(stats.rates.inVillageRate)} styles={{ content: valueStyle }} />
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card size="small">
          <Statistic title={t('visitCoverage')} value={formatRate(stats.rates.visitCoverage)} styles={{ content: valueStyle }} />
        </Card>
      </Col>
      {groups.map((group) => (
        <Col key={group} xs={24} md={12} xl={group === 'teams' || group === 'outputs' ? 12 : 6}>
          <Card size="small" title={text(metricGroups[group])} role="region" aria-label={text(metricGroups[group])}>
            <Row gutter={[8, 8]}>
              {metricsOf(group).map((metric) => (
                <Col key={metric} xs={12} lg={8}>
                  <Statistic title={text(metrics[metric].label)} value={formatFigure(metric, stats.figures[metric], locale)} styles={{ content: valueStyle }} />
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
