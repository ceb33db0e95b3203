import { useState } from 'react';
import { Button, Card, Col, Descriptions, Row, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { disputesApi, disputesKey } from '../disputes.api.ts';
import { useDisputesMessages } from '../disputes.messages.ts';
import { DisputeAge, DisputeCategoryText, DisputeStateTag } from '../components/dispute-labels.tsx';
import { MediationRecord } from '../components/mediation-record.tsx';
import { DisputeCloseModal, type DisputeCloseKind } from '../components/dispute-close-modal.tsx';

/** /disputes/:id: the dispute, how long it has lasted, its mediation record, and how it ended. */
export function DisputeDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useDisputesMessages();
  const navigate = useNavigate();
  const [closing, setClosing] = useState<DisputeCloseKind | null>(null);
  const query = useQuery({ queryKey: [disputesKey, 'detail', id], queryFn: () => disputesApi.get(id!) });
  const dispute = query.data;

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/disputes')} />;
  if (!dispute) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);

  const extra = (
    <>
      {dispute.abilities.update ? (
        <Link to={`/disputes/${dispute.id}/edit`}>
          <Button icon={<EditOutlined />}>{t('detail.edit')}</Button>
        </Link>
      ) : null}
      {dispute.abilities.refer ? <Button onClick={() => setClosing('refer')}>{t('action.refer')}</Button> : null}
      {dispute.abilities.resolve ? (
        <Button type="primary" onClick={() => setClosing('resolve')} data-testid="dispute-resolve">
          {t('action.resolve')}
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader title={dispute.title} subtitle={<DisputeStateTag state={dispute.state} />} back={back} extra={extra} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13}>
          <Card>
            <Descriptions column={1} size="small" data-testid="dispute-detail">
              <Descriptions.Item label={t('column.category')}>
                <DisputeCategoryText category={dispute.category} />
              </Descriptions.Item>
              <Descriptions.Item label={t('column.village')}>{dispute.villageName ?? dispute.divisionCode}</Descriptions.Item>
              <Descriptions.Item label={t('column.parties')}>{dispute.parties}</Descriptions.Item>
              <Descriptions.Item label={t('column.startedOn')}>{dispute.startedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('column.reportedOn')}>{dispute.reportedOn}</Descriptions.Item>
              <Descriptions.Item label={t('column.age')}>
                <DisputeAge years={dispute.ageYears} />
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.description')}>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{dispute.description}</Typography.Paragraph>
              </Descriptions.Item>
              {dispute.resolvedOn ? <Descriptions.Item label={t('detail.resolvedOn')}>{dispute.resolvedOn}</Descriptions.Item> : null}
              {dispute.outcome ? (
                <Descriptions.Item label={t(dispute.state === 'referred' ? 'detail.referReason' : 'detail.outcome')}>{dispute.outcome}</Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          <MediationRecord dispute={dispute} />
        </Col>
      </Row>
      <DisputeCloseModal dispute={dispute} kind={closing} onClose={() => setClosing(null)} />
    </>
  );
}
