import { Card, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ApiError } from '../../../platform/api.ts';
import { newsletterApi } from '../newsletters.api.ts';
import { useNewsletterMessages } from '../newsletters.messages.ts';
import { NewsletterText } from '../components/newsletter-text.tsx';

/** /n/:token — one published issue, readable on a phone without an account. */
export function PublicNewsletterPage() {
  const t = useNewsletterMessages();
  const { token = '' } = useParams();
  const query = useQuery({ queryKey: ['public-newsletter', token], queryFn: () => newsletterApi.publicOne(token), retry: false });
  const issue = query.data;
  return (
    <div style={{ maxWidth: 720, margin: '0 auto', padding: 12, minHeight: '100vh', background: '#f5f5f5' }}>
      {query.isPending ? <Skeleton active /> : null}
      {query.isError ? (
        query.error instanceof ApiError && query.error.status === 404 ? <Result status="warning" title={t('public.notFound')} /> : <Result status="error" title={t('public.loadFailed')} />
      ) : null}
      {issue ? (
        <Card>
          <Typography.Title level={3} style={{ textAlign: 'center', color: '#c8102e', marginBottom: 4 }}>
            {issue.kindLabel}
          </Typography.Title>
          <Space wrap style={{ width: '100%', justifyContent: 'center', marginBottom: 16 }}>
            {issue.issueNo ? <Tag>{t('issueNo', { no: issue.issueNo })}</Tag> : null}
            {issue.issuerName ? <Typography.Text type="secondary">{t('public.issuer', { issuer: issue.issuerName })}</Typography.Text> : null}
            <Typography.Text type="secondary">{issue.publishedOn}</Typography.Text>
          </Space>
          <Typography.Title level={4} style={{ textAlign: 'center' }}>
            {issue.title}
          </Typography.Title>
          <NewsletterText body={issue.body} />
        </Card>
      ) : null}
    </div>
  );
}
