import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Radio, Result, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { publicRatingBody, type PublicRatingBody, type PublicRatingReceipt, type PublicRatingView } from '../../../../contracts/mass-ratings.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { ApiError } from '../../../platform/api.ts';
import { PublicPageShell } from '../../../components/public-page-shell.tsx';
import { ratingApi } from '../mass-ratings.api.ts';
import { useRatingMessages } from '../mass-ratings.messages.ts';

const rules = zodRules(publicRatingBody);
// Large enough for a thumb: each choice a full-width row of at least 48 px.
const choiceStyle = { display: 'flex', alignItems: 'center', minHeight: 48, fontSize: 18, padding: '0 12px', border: '1px solid #d9d9d9', borderRadius: 8, background: '#fff' };

function Results({ page }: { page: PublicRatingView }) {
  const t = useRatingMessages();
  const s = page.summary;
  if (!s.shown) return <Typography.Text type="secondary">{t('public.resultsHidden', { min: page.minCount })}</Typography.Text>;
  const rows: [string, number | null][] = [
    [page.questionnaire.satisfactions[0]!.label, s.satisfied],
    [page.questionnaire.satisfactions[1]!.label, s.fairlySatisfied],
    [page.questionnaire.satisfactions[2]!.label, s.dissatisfied],
    [page.questionnaire.keepOrAdjust[0]!.label, s.keep],
    [page.questionnaire.keepOrAdjust[1]!.label, s.adjust],
  ];
  return (
    <Card size="small" title={t('public.results', { count: s.count })}>
      {rows.map(([label, value]) => (
        <Flex key={label} justify="space-between">
          <span>{label}</span>
          <span>{value ?? 0}</span>
        </Flex>
      ))}
    </Card>
  );
}

function RatingForm({ page, token, onDone }: { page: PublicRatingView; token: string; onDone: (receipt: PublicRatingReceipt) => void }) {
  const t = useRatingMessages();
  const [form] = Form.useForm<PublicRatingBody>();
  const submit = useMutation({
    mutationFn: (values: PublicRatingBody) => ratingApi.submit(token, values),
    onSuccess: onDone,
    onError: (error) => applyFieldErrors(form, error),
  });
  const error = submit.error instanceof ApiError ? submit.error : null;
  const general = error && !error.fields?.length ? (error.status === 429 ? t('public.tooMany') : error.message) : null;
  const choices = (options: { code: string; label: string }[]) => (
    <Radio.Group style={{ width: '100%' }}>
      <Flex vertical gap={8}>
        {options.map((o) => (
          <Radio key={o.code} value={o.code} style={choiceStyle}>
            {o.label}
          </Radio>
        ))}
      </Flex>
    </Radio.Group>
  );
  return (
    <Form form={form} layout="vertical" size="large" onFinish={(values) => submit.mutate(values)} requiredMark={false}>
      <Form.Item name="code" label={t('public.code')} rules={rules('code')}>
        <Input placeholder={t('public.codePlaceholder')} autoComplete="off" autoCapitalize="characters" maxLength={12} style={{ fontSize: 22, letterSpacing: 2 }} />
      </Form.Item>
      <Form.Item name="satisfaction" label={t('public.satisfaction')} rules={rules('satisfaction', t('public.required'))}>
        {choices(page.questionnaire.satisfactions)}
      </Form.Item>
      <Form.Item name="keepOrAdjust" label={t('public.keepOrAdjust')} rules={rules('keepOrAdjust', t('public.required'))}>
        {choices(page.questionnaire.keepOrAdjust)}
      </Form.Item>
      <Form.Item name="comment" label={t('public.comment')} rules={rules('comment')}>
        <Input.TextArea rows={3} maxLength={page.questionnaire.commentMax} showCount />
      </Form.Item>
      {general ? <Alert type="error" showIcon message={general} style={{ marginBottom: 12 }} /> : null}
      <Button type="primary" htmlType="submit" block loading={submit.isPending} style={{ height: 52, fontSize: 18 }}>
        {t('public.submit')}
      </Button>
    </Form>
  );
}

/** What a slip's QR code opens: no sign-in, phone-sized, one voice per code. */
export function PublicRatingPage() {
  const t = useRatingMessages();
  const { token = '' } = useParams();
  const [receipt, setReceipt] = useState<PublicRatingReceipt | null>(null);
  const query = useQuery({ queryKey: ['public-rating', token], queryFn: () => ratingApi.publicPage(token), retry: false });

  return (
    <PublicPageShell title={t('public.title')} query={query} gone={{ title: t('public.closedTitle'), hint: t('public.closedHint') }} loadFailed={t('public.loadFailed')}>
      {(page) => (
        <Flex vertical gap={12}>
          <Card size="small">
            <Typography.Title level={5} style={{ margin: 0 }}>
              {page.villageName}
            </Typography.Title>
            <Typography.Text>{page.teamName}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{t('public.quarter', { year: page.year, quarter: page.quarter })}</Typography.Text>
          </Card>
          {receipt ? (
            <Result status="success" title={t('public.thanks')} subTitle={t('public.thanksHint', { year: receipt.year, quarter: receipt.quarter })} />
          ) : (
            <Card size="small">
              <Typography.Paragraph type="secondary">{t('public.privacy')}</Typography.Paragraph>
              <RatingForm page={page} token={token} onDone={setReceipt} />
            </Card>
          )}
          <Results page={page} />
        </Flex>
      )}
    </PublicPageShell>
  );
}
