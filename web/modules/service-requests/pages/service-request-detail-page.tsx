import { useState } from 'react';
import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { ArrowLeftOutlined, CheckOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { serviceRequestKinds } from '../../../../contracts/service-requests.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { WorkflowPanel } from '../../../components/workflow-panel.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { serviceRequestApi, serviceRequestKey } from '../service-requests.api.ts';
import { useServiceRequestMessages } from '../service-requests.messages.ts';
import { ServiceRequestStateTag } from '../service-request-labels.tsx';
import { CompleteModal } from '../components/complete-modal.tsx';

/** /service-requests/:id: the request, its history, the station's steps; 办结 asks for the result. */
export function ServiceRequestDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useServiceRequestMessages();
  const text = useText();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [completing, setCompleting] = useState(false);
  const query = useQuery({ queryKey: [serviceRequestKey, 'detail', id], queryFn: () => serviceRequestApi.get(id!) });
  const request = query.data;

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/service-requests')} />;
  if (!request) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);

  const act = async (action: string, comment: string | undefined) => {
    await serviceRequestApi.act(request.id, action, comment);
    await client.invalidateQueries({ queryKey: [serviceRequestKey] });
  };
  const canComplete = request.workflow?.actions.some((a) => a.action === 'complete') ?? false;
  // 办结 has its own dialog that asks for the result rather than a reason.
  const workflow = request.workflow ? { ...request.workflow, actions: request.workflow.actions.filter((a) => a.action !== 'complete') } : null;

  return (
    <>
      <PageHeader
        title={request.title}
        subtitle={<ServiceRequestStateTag state={request.state} overdue={request.overdue} />}
        back={back}
        extra={
          canComplete ? (
            <Button type="primary" icon={<CheckOutlined />} onClick={() => setCompleting(true)} data-testid="service-request-complete">
              {t('complete.button')}
            </Button>
          ) : null
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card>
            <Descriptions column={1} size="small" data-testid="service-request-detail">
              <Descriptions.Item label={t('column.village')}>{request.villageName ?? request.divisionCode}</Descriptions.Item>
              <Descriptions.Item label={t('column.kind')}>{text(serviceRequestKinds.labels[request.kind])}</Descriptions.Item>
              <Descriptions.Item label={t('column.requester')}>{request.requesterName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('column.createdOn')}>{dayjs(request.createdAt).format('YYYY-MM-DD')}</Descriptions.Item>
              <Descriptions.Item label={t('column.dueOn')}>
                <Space size={4}>
                  {request.dueOn}
                  {request.overdue ? <Tag color="red">{t('overdue')}</Tag> : null}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('column.detail')}>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{request.detail}</Typography.Paragraph>
              </Descriptions.Item>
              {request.acceptedOn ? <Descriptions.Item label={t('column.acceptedOn')}>{request.acceptedOn}</Descriptions.Item> : null}
              {request.doneOn ? <Descriptions.Item label={t('column.doneOn')}>{request.doneOn}</Descriptions.Item> : null}
              {request.result ? (
                <Descriptions.Item label={t('column.result')}>
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="service-request-result-text">
                    {request.result}
                  </Typography.Paragraph>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {workflow ? <WorkflowPanel workflow={workflow} onAction={act} title={t('detail.history')} /> : <Card>{t('detail.noWorkflow')}</Card>}
        </Col>
      </Row>
      <CompleteModal open={completing} onClose={() => setCompleting(false)} onComplete={(result) => act('complete', result)} />
    </>
  );
}
