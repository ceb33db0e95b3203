import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { rectificationAnswerBody, type RectificationView } from '../../../../contracts/inspections.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { WorkflowPanel } from '../../../components/workflow-panel.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useInspectionMessages } from '../inspections.messages.ts';
import { inspectionsApi, inspectionsKey } from '../inspections.api.ts';
import { MethodText, RectificationStateTag } from '../components/inspection-labels.tsx';

const rules = zodRules(rectificationAnswerBody);

function AnswerForm({ order, onDone }: { order: RectificationView; onDone: () => Promise<void> }) {
  const t = useInspectionMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<{ response: string }>();
  const answer = useMutation({
    mutationFn: (values: { response: string }) => inspectionsApi.answer(order.id, values.response),
    onSuccess: async () => {
      void message.success(t('rect.answered'));
      form.resetFields();
      await onDone();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Card title={t('rect.answerTitle')} size="small" style={{ marginBottom: 16 }}>
      <Form form={form} layout="vertical" onFinish={(values) => answer.mutate(values)}>
        <Form.Item name="response" rules={rules('response')}>
          <Input.TextArea rows={5} maxLength={2000} showCount placeholder={t('rect.answerPlaceholder')} data-testid="rectification-response" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={answer.isPending} data-testid="rectification-answer">
          {t('rect.answerSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

/** /inspections/rectifications/:id: the order, the team's answer form, and its history with the inspector's decisions. */
export function RectificationDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useInspectionMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const query = useQuery({ queryKey: [inspectionsKey, 'rectification', id], queryFn: () => inspectionsApi.rectification(id!) });
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: [inspectionsKey] });
    await client.invalidateQueries({ queryKey: ['todos'] });
  };
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/inspections/rectifications')} />;
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const order = query.data;
  if (!order) return (<><PageHeader title={t('rect.title')} back={back} /><Skeleton active /></>);

  return (
    <>
      <PageHeader
        title={t('rect.detailTitle', { name: order.cadreName ?? '' })}
        subtitle={<RectificationStateTag state={order.state} overdue={order.overdue} />}
        back={back}
      />
      {order.state === 'overdue' ? <Alert type="error" showIcon message={t('rect.criticised')} style={{ marginBottom: 16 }} data-testid="rectification-criticised" /> : null}
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('column.cadre')}>{order.cadreName}</Descriptions.Item>
              <Descriptions.Item label={t('column.team')}>{order.teamName}</Descriptions.Item>
              <Descriptions.Item label={t('column.village')}>{order.villageName ?? order.divisionCode}</Descriptions.Item>
              <Descriptions.Item label={t('rect.inspection')}>
                <Link to={`/inspections/${order.inspectionId}`}>
                  {order.inspectedOn} <MethodText method={order.method} />
                </Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('rect.requirement')}>{order.requirement}</Descriptions.Item>
              <Descriptions.Item label={t('column.deadline')}>
                <span style={order.overdue ? { color: '#cf1322', fontWeight: 600 } : undefined} data-testid="rectification-deadline">
                  {order.deadline}
                </span>
              </Descriptions.Item>
              {order.response ? <Descriptions.Item label={t('rect.response')}>{order.response}</Descriptions.Item> : null}
              {order.respondedAt ? <Descriptions.Item label={t('rect.respondedAt')}>{new Date(order.respondedAt).toLocaleString()}</Descriptions.Item> : null}
            </Descriptions>
          </Card>
          {order.abilities.answer ? <AnswerForm order={order} onDone={refresh} /> : null}
        </Col>
        <Col xs={24} lg={10}>
          {order.workflow ? (
            <WorkflowPanel
              title={t('rect.workflow')}
              workflow={order.workflow}
              onAction={async (action, comment) => {
                await inspectionsApi.act(order.id, action, comment);
                await refresh();
              }}
            />
          ) : null}
        </Col>
      </Row>
    </>
  );
}
