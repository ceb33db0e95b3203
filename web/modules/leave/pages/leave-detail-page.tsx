import { useState } from 'react';
import { Button, Card, Col, Descriptions, Row, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { WorkflowPanel } from '../../../components/workflow-panel.tsx';
import { leaveApi, leaveKey } from '../leave.api.ts';
import { useLeaveMessages } from '../leave.messages.ts';
import { ApproverText, LeaveStateTag, LeaveTypeText } from '../leave-labels.tsx';
import { ReportBackModal } from '../components/report-back-modal.tsx';

/** /leave/:id: the request, its approval history with the caller's buttons, and 销假 once approved. */
export function LeaveDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useLeaveMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [reporting, setReporting] = useState(false);
  const query = useQuery({ queryKey: [leaveKey, 'detail', id], queryFn: () => leaveApi.get(id!) });
  const leave = query.data;

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/leave')} />;
  if (!leave) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);

  const act = async (action: string, comment: string | undefined) => {
    await leaveApi.act(leave.id, action, comment);
    await client.invalidateQueries({ queryKey: [leaveKey] });
  };
  const extra = (
    <>
      {leave.abilities.update ? (
        <Link to={`/leave/${leave.id}/edit`}>
          <Button icon={<EditOutlined />}>{t('detail.edit')}</Button>
        </Link>
      ) : null}
      {leave.abilities.reportBack ? (
        <Button type="primary" icon={<RollbackOutlined />} onClick={() => setReporting(true)} data-testid="leave-report-back">
          {t('reportBack.button')}
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader
        title={t('detail.title', { name: leave.cadreName ?? '' })}
        subtitle={<LeaveStateTag state={leave.state} overdue={leave.overdueReportBack} />}
        back={back}
        extra={extra}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card>
            <Descriptions column={1} size="small" data-testid="leave-detail">
              <Descriptions.Item label={t('column.team')}>{leave.teamName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('column.village')}>{leave.villageName ?? leave.divisionCode}</Descriptions.Item>
              <Descriptions.Item label={t('column.type')}>
                <LeaveTypeText type={leave.type} />
              </Descriptions.Item>
              <Descriptions.Item label={t('column.period')}>
                {t('period', { start: leave.startDate, end: leave.endDate })}（{t('days', { days: leave.days })}）
              </Descriptions.Item>
              <Descriptions.Item label={t('form.approval')}>
                <ApproverText role={leave.approverRole} />
              </Descriptions.Item>
              <Descriptions.Item label={t('column.reason')}>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{leave.reason}</Typography.Paragraph>
              </Descriptions.Item>
              {leave.reportedBackOn ? <Descriptions.Item label={t('detail.reportedBack')}>{leave.reportedBackOn}</Descriptions.Item> : null}
              {leave.reportBackNote ? <Descriptions.Item label={t('detail.reportBackNote')}>{leave.reportBackNote}</Descriptions.Item> : null}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {leave.workflow ? <WorkflowPanel workflow={leave.workflow} onAction={act} /> : <Card>{t('detail.noWorkflow')}</Card>}
        </Col>
      </Row>
      <ReportBackModal leave={leave} open={reporting} onClose={() => setReporting(false)} />
    </>
  );
}
