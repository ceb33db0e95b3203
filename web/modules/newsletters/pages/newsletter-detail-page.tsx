import { useState } from 'react';
import { App, Button, Card, Col, Flex, Modal, Row, Skeleton, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, LinkOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newsletterKinds, newsletterStates } from '../../../../contracts/newsletters.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { WorkflowPanel } from '../../../components/workflow-panel.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { newsletterApi, newsletterKey } from '../newsletters.api.ts';
import { useNewsletterMessages } from '../newsletters.messages.ts';
import { NewsletterForm } from '../components/newsletter-form.tsx';
import { NewsletterText } from '../components/newsletter-text.tsx';
import { stateColors } from '../newsletters.view.ts';

/** One newsletter: the text, the review history with the caller's buttons, and its public page once published. */
export function NewsletterDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const t = useNewsletterMessages();
  const text = useText();
  const navigate = useNavigate();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const detail = useQuery({ queryKey: [newsletterKey, 'detail', id], queryFn: () => newsletterApi.get(id) });
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: [newsletterKey] });
    await client.invalidateQueries({ queryKey: ['todos'] });
  };
  const submit = useMutation({
    mutationFn: () => newsletterApi.submit(id),
    onSuccess: async () => {
      await refresh();
      void message.success(t('detail.submitted'));
    },
    onError: notify,
  });
  if (detail.isError) return <LoadFailedResult error={detail.error} onRetry={() => void detail.refetch()} />;
  const newsletter = detail.data;
  if (!newsletter) return <Skeleton active />;

  const act = async (action: string, comment: string | undefined) => {
    if (action === 'publish') await newsletterApi.publish(id);
    else if (action === 'return') await newsletterApi.giveBack(id, { reason: comment ?? '' });
    else await newsletterApi.submit(id);
    await refresh();
    void message.success(t('detail.done'));
  };

  return (
    <>
      <PageHeader
        title={newsletter.title}
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/newsletters')} />}
        extra={
          <>
            {newsletter.abilities.update ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('detail.edit')}
              </Button>
            ) : null}
            {newsletter.abilities.submit && newsletter.state === 'draft' ? (
              <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} onClick={() => submit.mutate()} data-testid="newsletter-submit">
                {t('detail.submit')}
              </Button>
            ) : null}
            {newsletter.publicToken ? (
              <Link to={`/n/${newsletter.publicToken}`} target="_blank">
                <Button icon={<LinkOutlined />}>{t('detail.publicLink')}</Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card size="small">
            <Flex gap={8} wrap style={{ marginBottom: 12 }}>
              <Tag color="red">{text(newsletterKinds.labels[newsletter.kind])}</Tag>
              {newsletter.issueNo ? <Tag>{t('issueNo', { no: newsletter.issueNo })}</Tag> : null}
              <Tag color={stateColors[newsletter.state]}>{text(newsletterStates.labels[newsletter.state])}</Tag>
              {newsletter.placeName ? <Tag>{newsletter.placeName}</Tag> : null}
              {newsletter.authorName ? <Typography.Text type="secondary">{t('detail.author', { name: newsletter.authorName })}</Typography.Text> : null}
              {newsletter.teamName ? <Typography.Text type="secondary">{t('detail.team', { name: newsletter.teamName })}</Typography.Text> : null}
            </Flex>
            <NewsletterText body={newsletter.body} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          {newsletter.workflow ? <WorkflowPanel workflow={newsletter.workflow} onAction={act} title={t('detail.history')} /> : null}
          {!newsletter.workflow && newsletter.state === 'draft' ? <Card size="small">{t('detail.noWorkflow')}</Card> : null}
        </Col>
      </Row>
      <Modal title={t('form.editTitle')} open={editing} footer={null} onCancel={() => setEditing(false)} destroyOnHidden width={760}>
        <NewsletterForm newsletter={newsletter} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Modal>
    </>
  );
}
