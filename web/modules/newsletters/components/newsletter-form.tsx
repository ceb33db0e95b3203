import { App, Button, Flex, Form, Input, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { newsletterBody, newsletterKinds, type NewsletterDetail, type NewsletterKind } from '../../../../contracts/newsletters.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { newsletterApi, newsletterKey } from '../newsletters.api.ts';
import { useNewsletterMessages } from '../newsletters.messages.ts';

const rules = zodRules(newsletterBody);

type Values = { kind?: NewsletterKind; title?: string; body?: string };

/** 撰写简报 (or 修改): which publication, the title and the text; the place is the author's team or region. */
export function NewsletterForm({ newsletter, onSaved, onCancel }: { newsletter?: NewsletterDetail; onSaved: (saved: NewsletterDetail) => void; onCancel: () => void }) {
  const t = useNewsletterMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { kind: values.kind!, title: values.title ?? '', body: values.body ?? '' };
      return newsletter ? newsletterApi.update(newsletter.id, body) : newsletterApi.create(body);
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: [newsletterKey] });
      void message.success(t('form.saved'));
      onSaved(saved);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const initialValues: Values = newsletter ? { kind: newsletter.kind, title: newsletter.title, body: newsletter.body } : { kind: 'first_secretary' };
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="kind" label={t('form.kind')} rules={rules('kind', '请选择刊物')}>
        <Select options={newsletterKinds.codes.map((k) => ({ value: k, label: text(newsletterKinds.labels[k]) }))} aria-label={t('form.kind')} />
      </Form.Item>
      <Form.Item name="title" label={t('form.title')} rules={rules('title', '请填写标题')}>
        <Input maxLength={100} data-testid="newsletter-title" />
      </Form.Item>
      <Form.Item name="body" label={t('form.body')} extra={t('form.bodyHint')} rules={rules('body', '请填写正文')}>
        <Input.TextArea rows={14} maxLength={30000} data-testid="newsletter-body" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="newsletter-save">
          {t('form.save')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
