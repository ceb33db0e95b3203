import { Button, Flex, Result, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { archivesApi, archivesKey, publicPageUrl } from '../household-archives.api.ts';
import { useArchiveMessages } from '../household-archives.messages.ts';
import { QrImage } from '../../../components/qr-image.tsx';
import { PrintStyle } from '../components/print-style.tsx';

// An A6 card (105 × 148 mm): small enough to pin by the door, large enough to scan from a step away.
const cardStyle = {
  width: '95mm',
  minHeight: '130mm',
  margin: '0 auto',
  padding: '8mm 6mm',
  border: '1px solid #c8102e',
  borderRadius: 8,
  background: '#fff',
  textAlign: 'center' as const,
};

export function QrCardPage() {
  const t = useArchiveMessages();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: [archivesKey, id, 'links'], queryFn: () => archivesApi.links(id) });
  const back = (
    <Button className="zc-no-print" type="text" icon={<ArrowLeftOutlined />} aria-label={t('card.back')} onClick={() => navigate(-1)} />
  );

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const state = query.data;
  return (
    <>
      <PrintStyle page="A6" margin="5mm" />
      <div className="zc-no-print">
        <PageHeader
          title={t('card.pageTitle')}
          back={back}
          extra={
            state?.active ? (
              <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
                {t('card.print')}
              </Button>
            ) : null
          }
        />
      </div>
      {state && !state.active ? <Result status="info" title={t('card.noLink')} /> : null}
      {state?.active ? (
        <div className="zc-print-area">
          <div style={cardStyle}>
            <Typography.Title level={3} style={{ color: '#c8102e', margin: '0 0 4mm' }}>
              {t('card.title')}
            </Typography.Title>
            <Typography.Paragraph style={{ marginBottom: '2mm' }}>{state.card.village}</Typography.Paragraph>
            <Typography.Paragraph strong style={{ fontSize: 18, marginBottom: '4mm' }}>
              {t('card.householder')}：{state.card.householderName}
            </Typography.Paragraph>
            <Flex justify="center">
              <QrImage text={publicPageUrl(window.location.origin, state.active.token)} size={240} alt={t('card.title')} testId="household-qr" />
            </Flex>
            <Typography.Paragraph type="secondary" style={{ marginTop: '4mm', marginBottom: 0 }}>
              {t('card.scan')}
            </Typography.Paragraph>
          </div>
        </div>
      ) : null}
    </>
  );
}
