import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Form, InputNumber, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { codesBody, type CodeBatchView } from '../../../../contracts/mass-ratings.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { ApiError } from '../../../platform/api.ts';
import { ratingApi, ratingPageUrl } from '../mass-ratings.api.ts';
import { useRatingMessages } from '../mass-ratings.messages.ts';
import { qrDataUrl } from '../../../components/qr-image.tsx';

const countRules = zodRules(codesBody);

const printCss = `
@media print {
  @page { size: A4; margin: 8mm; }
  body * { visibility: hidden; }
  .zc-print-area, .zc-print-area * { visibility: visible; }
  .zc-print-area { position: absolute; left: 0; top: 0; width: 100%; }
  .zc-no-print { display: none !important; }
  .zc-slip { page-break-inside: avoid; }
}`;

// Three slips across an A4 row, cut along the dashed lines.
const slipStyle = { width: '62mm', padding: '4mm', border: '1px dashed #999', textAlign: 'center' as const, boxSizing: 'border-box' as const };

function Slips({ batch }: { batch: CodeBatchView }) {
  const t = useRatingMessages();
  const url = ratingPageUrl(window.location.origin, batch.token);
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    void qrDataUrl(url).then(setQr);
  }, [url]);
  return (
    <div className="zc-print-area" style={{ display: 'flex', flexWrap: 'wrap' }} data-testid="rating-slips">
      {batch.codes.map((code) => (
        <div key={code} className="zc-slip" style={slipStyle}>
          <div style={{ fontWeight: 600, color: '#c8102e' }}>{t('slips.heading')}</div>
          <div style={{ fontSize: 12 }}>{batch.villageName}</div>
          {qr ? <img src={qr} alt={t('slips.scan')} style={{ width: '28mm', height: '28mm' }} /> : null}
          <div style={{ fontSize: 11 }}>{t('slips.scan')}</div>
          <div style={{ fontSize: 12 }}>{t('slips.code')}</div>
          <div style={{ fontFamily: 'monospace', fontSize: 22, letterSpacing: 3, fontWeight: 700 }}>{code}</div>
          <div style={{ fontSize: 10, color: '#666' }}>{t('slips.once')}</div>
        </div>
      ))}
    </div>
  );
}

/**
 * /mass-ratings/teams/:teamId/slips: generates a batch and lays it out as cut-out slips. The codes
 * live only in this page's memory: the server keeps hashes, so a reload cannot show them again.
 */
export function SlipsPage() {
  const t = useRatingMessages();
  const navigate = useNavigate();
  const { teamId = '' } = useParams();
  const [form] = Form.useForm<{ count?: number }>();
  const [batch, setBatch] = useState<CodeBatchView | null>(null);
  const issue = useMutation({
    mutationFn: (values: { count?: number }) => ratingApi.issueCodes(teamId, values.count ? { count: values.count } : {}),
    onSuccess: setBatch,
    onError: (error) => applyFieldErrors(form, error),
  });
  const failure = issue.error instanceof ApiError && !issue.error.fields?.length ? issue.error.message : null;
  const back = <Button className="zc-no-print" type="text" icon={<ArrowLeftOutlined />} aria-label={t('slips.back')} onClick={() => navigate('/mass-ratings')} />;

  return (
    <>
      <style>{printCss}</style>
      <div className="zc-no-print">
        <PageHeader
          title={batch ? `${t('slips.pageTitle')} · ${batch.teamName}` : t('slips.pageTitle')}
          back={back}
          extra={
            batch ? (
              <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
                {t('slips.print')}
              </Button>
            ) : null
          }
        />
        <Alert type="warning" showIcon message={t('slips.intro')} style={{ marginBottom: 16 }} />
        {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} /> : null}
        {batch ? (
          <Typography.Paragraph>{t('slips.generated', { count: batch.codes.length })}</Typography.Paragraph>
        ) : (
          <Form form={form} layout="inline" onFinish={(values) => issue.mutate(values)}>
            <Form.Item name="count" label={t('slips.count')} extra={t('slips.countHint')} rules={countRules('count')}>
              <InputNumber min={1} max={2000} precision={0} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={issue.isPending}>
                {t('slips.generate')}
              </Button>
            </Form.Item>
          </Form>
        )}
      </div>
      {batch ? (
        <Flex vertical>
          <Slips batch={batch} />
        </Flex>
      ) : null}
    </>
  );
}
