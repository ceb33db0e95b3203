import { Card, Col, Row, Statistic } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { demandsApi, demandsKey } from '../demands.api.ts';
import { useDemandsMessages } from '../demands.messages.ts';

/** 受理、解决、办理中、逾期、平均办结天数 for the region the list is filtered to. */
export function DemandSummaryCards({ divisionCode }: { divisionCode: string | undefined }) {
  const t = useDemandsMessages();
  const summary = useQuery({ queryKey: [demandsKey, 'summary', divisionCode ?? ''], queryFn: () => demandsApi.summary(divisionCode) });
  const s = summary.data;
  const cells = [
    { key: 'raised', title: t('summary.raised'), value: s?.raised },
    { key: 'solved', title: t('summary.solved'), value: s?.solved },
    { key: 'open', title: t('summary.open'), value: s?.open },
    { key: 'overdue', title: t('summary.overdue'), value: s?.overdue, danger: (s?.overdue ?? 0) > 0 },
    { key: 'average', title: t('summary.average'), value: s?.averageDaysToSolve ?? '—' },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="demand-summary">
      {cells.map((cell) => (
        <Col key={cell.key} xs={12} sm={8} lg={4}>
          <Card size="small" loading={summary.isPending}>
            <Statistic title={cell.title} value={cell.value ?? 0} valueStyle={cell.danger ? { color: '#cf1322' } : undefined} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
