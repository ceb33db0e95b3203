import { Button, Card, Col, Descriptions, Row, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { transitionKinds } from '../../../../contracts/household-codes.ts';
import { transitionsApi, transitionsKey } from '../household-transitions.api.ts';
import { useTransitionMessages } from '../household-transitions.messages.ts';
import { TransitionFacts } from '../components/transition-facts.tsx';
import { TransitionStateTag } from '../components/transition-labels.tsx';
import { TransitionWorkflow } from '../components/transition-workflow.tsx';

/** /household-transitions/:id: what was asked, the notices and clocks, the history and the step the caller may take. */
export function TransitionDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useTransitionMessages();
  const text = useText();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: [transitionsKey, 'detail', id], queryFn: () => transitionsApi.get(id!) });
  const transition = query.data;

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/household-transitions')} />;
  if (!transition) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);

  return (
    <>
      <PageHeader
        title={t('detail.title', { name: transition.householderName ?? '', kind: text(transitionKinds.labels[transition.kind]) })}
        subtitle={<TransitionStateTag state={transition.state} overdue={transition.verifyOverdue || transition.decideOverdue} />}
        back={back}
        extra={<Link to={`/households/${transition.householdId}`}>{t('detail.household')}</Link>}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('field.village')}>{transition.villageName ?? transition.divisionCode}</Descriptions.Item>
            </Descriptions>
            <TransitionFacts transition={transition} />
            {transition.kind === 'identification' || transition.kind === 'exit' ? (
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {t('notice.rule', { days: transition.noticeDays })}
              </Typography.Paragraph>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {transition.workflow ? <TransitionWorkflow transition={transition} /> : <Card>{t('detail.noWorkflow')}</Card>}
        </Col>
      </Row>
    </>
  );
}
