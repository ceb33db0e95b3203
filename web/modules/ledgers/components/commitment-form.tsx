import { App, Button, DatePicker, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commitmentUpdateBody, type CommitmentView } from '../../../../contracts/ledgers.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { ledgerApi, ledgerKey } from '../ledgers.api.ts';
import { useLedgerMessages } from '../ledgers.messages.ts';

const rules = zodRules(commitmentUpdateBody);
type Values = { content?: string; promisedOn?: Dayjs; dueOn?: Dayjs };

/** 登记或修改承诺事项: the content, the day promised and the day it is due. */
export function CommitmentForm({ cadreId, editing, onDone }: { cadreId: string; editing: CommitmentView | null; onDone: () => void }) {
  const t = useLedgerMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { content: values.content ?? '', promisedOn: values.promisedOn!.format('YYYY-MM-DD'), dueOn: values.dueOn!.format('YYYY-MM-DD') };
      return editing ? ledgerApi.update(editing.id, body) : ledgerApi.create({ ...body, cadreId });
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [ledgerKey] });
      void message.success(t('form.saved'));
      onDone();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const initial = editing ? { content: editing.content, promisedOn: dayjs(editing.promisedOn), dueOn: dayjs(editing.dueOn) } : { promisedOn: dayjs() };
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="content" label={t('commitment.content')} rules={rules('content')}>
        <Input.TextArea rows={3} maxLength={500} data-testid="commitment-content" />
      </Form.Item>
      <Flex gap={8}>
        <Form.Item name="promisedOn" label={t('commitment.promisedOn')} rules={[{ required: true, message: '请选择承诺日期' }]} style={{ flex: 1 }}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('commitment.dueOn')}
          dependencies={['promisedOn']}
          style={{ flex: 1 }}
          rules={[
            { required: true, message: '请选择兑现期限' },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: Dayjs | undefined) => {
                const promised = getFieldValue('promisedOn') as Dayjs | undefined;
                if (value && promised && value.isBefore(promised, 'day')) throw new Error('兑现期限不能早于承诺日期');
              },
            }),
          ]}
        >
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} data-testid="commitment-due" />
        </Form.Item>
      </Flex>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="commitment-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onDone}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
