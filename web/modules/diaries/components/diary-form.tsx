import { App, Button, DatePicker, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { diaryCreateBody } from '../../../../contracts/diaries.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { diariesApi, diariesKey } from '../diaries.api.ts';
import { useDiaryMessages } from '../diaries.messages.ts';
import { toDiaryBody, type DiaryFormValues } from './diary-values.ts';

const rules = zodRules(diaryCreateBody);

/** Today's entry by default; an earlier day may be caught up. A second entry for a day is refused beside the date. */
export function DiaryForm() {
  const t = useDiaryMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [form] = Form.useForm<DiaryFormValues>();
  const save = useMutation({
    mutationFn: (values: DiaryFormValues) => diariesApi.create(toDiaryBody(values)),
    onSuccess: (entry) => {
      void message.success(t('form.created', { day: entry.entryDate }));
      void client.invalidateQueries({ queryKey: [diariesKey] });
      form.setFieldsValue({ content: '' });
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  return (
    <Form<DiaryFormValues> form={form} layout="vertical" initialValues={{ entryDate: dayjs() }} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="entryDate" label={t('form.entryDate')} extra={t('form.entryDateHint')} rules={[{ required: true, message: t('form.entryDateRequired') }]}>
        <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="content" label={t('form.content')} rules={rules('content')}>
        <Input.TextArea rows={6} maxLength={5000} showCount placeholder={t('form.contentPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('form.submit')}
      </Button>
    </Form>
  );
}
