import { App, Button, Flex, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { noticeBody, type NoticeDetail } from '../../../../contracts/notices.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { noticeApi, noticeKey } from '../notices.api.ts';
import { useNoticeMessages } from '../notices.messages.ts';

const rules = zodRules(noticeBody);

type Values = { title?: string; body?: string; divisionCode?: string | null };

/** 起草通知 (or 修改): title, text and the region whose teams will receive it. */
export function NoticeForm({ notice, onSaved, onCancel }: { notice?: NoticeDetail; onSaved: (notice: NoticeDetail) => void; onCancel: () => void }) {
  const t = useNoticeMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { title: values.title ?? '', body: values.body ?? '', divisionCode: values.divisionCode || undefined };
      return notice ? noticeApi.update(notice.id, body) : noticeApi.create(body);
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: [noticeKey] });
      void message.success(t('form.saved'));
      onSaved(saved);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const initialValues: Values = notice ? { title: notice.title, body: notice.body, divisionCode: notice.divisionCode } : {};
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="title" label={t('form.title')} rules={rules('title', '请填写通知标题')}>
        <Input maxLength={100} data-testid="notice-title" />
      </Form.Item>
      <Form.Item name="divisionCode" label={t('form.region')} extra={t('form.regionHint')}>
        <DivisionTreeSelect placeholder={t('form.region')} />
      </Form.Item>
      <Form.Item name="body" label={t('form.body')} rules={rules('body', '请填写通知正文')}>
        <Input.TextArea rows={10} maxLength={20000} data-testid="notice-body" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="notice-save">
          {t('form.save')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
