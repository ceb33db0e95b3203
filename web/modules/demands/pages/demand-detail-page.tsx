import { useState } from 'react';
import { Button, Card, Col, Descriptions, Row, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { demandsApi, demandsKey } from '../demands.api.ts';
import { useDemandsMessages } from '../demands.messages.ts';
import { DemandCategoryText, DemandStateTag } from '../components/demand-labels.tsx';
import { DemandActionModal, type DemandActionKind } from '../components/demand-action-modal.tsx';
import { DemandHistory } from '../components/demand-history.tsx';

/** /demands/:id: the demand, who handles it by when, its result, the history, and the caller's next steps. */
export function DemandDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useDemandsMessages();
  const navigate = useNavigate();
  const [acting, setActing] = useState<DemandActionKind | null>(null);
  const query = useQuery({ queryKey: [demandsKey, 'detail', id], queryFn: () => demandsApi.get(id!) });
  const demand = query.data;

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/demands')} />;
  if (!demand) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);

  const extra = (
    <>
      {demand.abilities.assign ? (
        <Button onClick={() => setActing('assign')} data-testid="demand-assign">
          {t(demand.state === 'assigned' ? 'action.reassign' : 'action.assign')}
        </Button>
      ) : null}
      {demand.abilities.solve ? (
        <Button type="primary" onClick={() => setActing('solve')} data-testid="demand-solve">
          {t('action.solve')}
        </Button>
      ) : null}
      {demand.abilities.close ? (
        <Button danger onClick={() => setActing('close')} data-testid="demand-close">
          {t('action.close')}
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader title={t('detail.title', { name: demand.raisedBy })} subtitle={<DemandStateTag state={demand.state} overdue={demand.overdue} />} back={back} extra={extra} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card>
            <Descriptions column={1} size="small" data-testid="demand-detail">
              <Descriptions.Item label={t('column.raisedOn')}>{demand.raisedOn}</Descriptions.Item>
              <Descriptions.Item label={t('column.village')}>{demand.villageName ?? demand.divisionCode}</Descriptions.Item>
              <Descriptions.Item label={t('column.household')}>
                {demand.householdId ? <Link to={`/households/${demand.householdId}`}>{demand.householderName ?? '—'}</Link> : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('column.category')}>
                <DemandCategoryText category={demand.category} />
              </Descriptions.Item>
              <Descriptions.Item label={t('column.content')}>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{demand.content}</Typography.Paragraph>
              </Descriptions.Item>
              <Descriptions.Item label={t('column.cadre')}>{demand.assignedCadreName ?? '—'}</Descriptions.Item>
              {demand.assignedOn ? <Descriptions.Item label={t('detail.assignedOn')}>{demand.assignedOn}</Descriptions.Item> : null}
              {demand.dueOn ? <Descriptions.Item label={t('column.dueOn')}>{demand.dueOn}</Descriptions.Item> : null}
              {demand.solvedOn ? (
                <Descriptions.Item label={t('detail.solvedOn')}>
                  {demand.solvedOn}（{t('column.days')} {t('days', { days: demand.daysToSolve ?? 0 })}）
                </Descriptions.Item>
              ) : null}
              {demand.solution ? <Descriptions.Item label={t('detail.solution')}>{demand.solution}</Descriptions.Item> : null}
              {demand.closedReason ? <Descriptions.Item label={t('detail.closedReason')}>{demand.closedReason}</Descriptions.Item> : null}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <DemandHistory history={demand.history} />
        </Col>
      </Row>
      <DemandActionModal demand={demand} kind={acting} onClose={() => setActing(null)} />
    </>
  );
}
