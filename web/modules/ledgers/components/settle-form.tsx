import { App, Button, DatePicker, Flex, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commitmentStates, settleBody, type CommitmentView } from '../../../../contracts/ledgers.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { ledgerApi, ledgerKey } from '../ledgers.api.ts';
import { useLedgerMessages } from '../ledgers.messages.ts';

const rules = zodRules(settleBody);
type Values = { state?: 'kept' | 'not_kept'; settledOn?: Dayjs; outcome?: string };

/** The township or the county records whether the commitment was kept, and how. */
export function SettleForm({ commitment, onDone }: { commitment: CommitmentView; onDone: () => void }) {
  const t = useLedgerMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) => ledgerApi.settle(commitment.id, { state: values.state!, settledOn: values.settledOn!.format('YYYY-MM-DD'), outcome: values.outcome ?? '' }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [ledgerKey] });
      void message.success(t('form.saved'));
      onDone();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ settledOn: dayjs() }} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="state" label={t('settle.state')} rules={rules('state', '请选择已兑现或未兑现')}>
        <Radio.Group options={(['kept', 'not_kept'] as const).map((s) => ({ value: s, label: text(commitmentStates.labels[s]) }))} />
      </Form.Item>
      <Form.Item name="settledOn" label={t('settle.settledOn')} rules={[{ required: true, message: '请选择认定日期' }]}>
        <DatePicker format="YYYY-MM-DD" disabledDate={(day) => day.isAfter(dayjs(), 'day') || day.isBefore(dayjs(commitment.promisedOn), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="outcome" label={t('commitment.outcome')} rules={rules('outcome')}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('form.submit')}
        </Button>
        <Button onClick={onDone}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
