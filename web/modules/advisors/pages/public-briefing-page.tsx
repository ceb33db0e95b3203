import { Button, Card, Result, Skeleton, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ApiError } from '../../../platform/api.ts';
import { advisorApi } from '../advisors.api.ts';
import { useAdvisorMessages } from '../advisors.messages.ts';
import { BriefingSections } from '../components/briefing-sections.tsx';

const printCss = '@media print { @page { size: A4; margin: 15mm; } .zc-no-print { display: none !important; } }';

/** /b/:token: what the advisor opens from the link he was sent; no sign-in, printable on A4. */
export function PublicBriefingPage() {
  const t = useAdvisorMessages();
  const { token = '' } = useParams();
  const query = useQuery({ queryKey: ['public-briefing', token], queryFn: () => advisorApi.publicBriefing(token), retry: false });
  const briefing = query.data;
  return (
    <div style={{ maxWidth: 760, margin: '0 auto', padding: 12, minHeight: '100vh' }}>
      <style>{printCss}</style>
      <Typography.Title level={4} style={{ textAlign: 'center', color: '#c8102e', margin: '8px 0 12px' }}>
        {t('public.title')}
      </Typography.Title>
      {query.isPending ? <Skeleton active /> : null}
      {query.isError ? (
        query.error instanceof ApiError && query.error.status === 404 ? (
          <Result status="warning" title={t('public.revokedTitle')} subTitle={t('public.revokedHint')} />
        ) : (
          <Result status="error" title={t('public.loadFailed')} />
        )
      ) : null}
      {briefing ? (
        <Card>
          <BriefingSections content={briefing.content} />
          <Typography.Paragraph style={{ textAlign: 'center', marginTop: 16 }}>{t('public.thanks')}</Typography.Paragraph>
          <div className="zc-no-print" style={{ textAlign: 'center' }}>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('briefings.print')}
            </Button>
          </div>
        </Card>
      ) : null}
    </div>
  );
}
