import { useState } from 'react';
import { Button, Card, Col, Empty, Flex, Row, Skeleton, Space } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { TransitionKind } from '../../../../contracts/household-codes.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTransitionMessages } from '../household-transitions.messages.ts';
import { transitionsApi, transitionsKey } from '../household-transitions.api.ts';
import { TransitionFacts } from './transition-facts.tsx';
import { TransitionKindText, TransitionStateTag } from './transition-labels.tsx';
import { TransitionWorkflow } from './transition-workflow.tsx';
import { RequestTransitionModal } from './request-transition-modal.tsx';

type Props = { householdId: string; divisionCode: string };

const kinds: TransitionKind[] = ['identification', 'exit', 'monitoring', 'risk_removal'];

/** The household page's 识别退出与监测 tab: every transition with its steps, notices and clocks, and the request buttons. */
export function HouseholdTransitionsTab({ householdId }: Props) {
  const t = useTransitionMessages();
  const [asking, setAsking] = useState<TransitionKind | null>(null);
  const query = useQuery({ queryKey: [transitionsKey, 'household', householdId], queryFn: () => transitionsApi.ofHousehold(householdId) });
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const view = query.data;
  if (!view) return <Skeleton active />;

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="household-transitions-tab">
      {view.requestable.length > 0 ? (
        <Flex gap={8} wrap>
          {kinds.filter((kind) => view.requestable.includes(kind)).map((kind) => (
            <Button key={kind} onClick={() => setAsking(kind)} data-testid={`transition-request-${kind}`}>
              {t(`request.${kind}`)}
            </Button>
          ))}
        </Flex>
      ) : null}
      {view.items.length === 0 ? <Empty description={t('tab.empty')} /> : null}
      {view.items.map((item) => (
        <Card
          key={item.id}
          size="small"
          data-testid="transition-card"
          title={
            <Space>
              <TransitionKindText kind={item.kind} />
              <TransitionStateTag state={item.state} overdue={item.verifyOverdue || item.decideOverdue} />
            </Space>
          }
          extra={<Link to={`/household-transitions/${item.id}`}>{t('tab.open')}</Link>}
        >
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <TransitionFacts transition={item} />
            </Col>
            <Col xs={24} lg={12}>
              <TransitionWorkflow transition={item} />
            </Col>
          </Row>
        </Card>
      ))}
      <RequestTransitionModal
        householdId={householdId}
        kind={asking}
        hasLabour={view.hasLabour}
        riskRemovalFrom={view.riskRemovalFrom}
        onClose={() => setAsking(null)}
      />
    </Space>
  );
}
