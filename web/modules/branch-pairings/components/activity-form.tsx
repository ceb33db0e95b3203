import { App, Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { activityBody, pairingActivityKinds, type PairingActivityKind } from '../../../../contracts/branch-pairings.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { pairingApi, pairingKey } from '../branch-pairings.api.ts';
import { usePairingMessages } from '../branch-pairings.messages.ts';

const rules = zodRules(activityBody);

type ActivityFormValues = { kind?: PairingActivityKind; happenedOn?: Dayjs; description?: string; quantity?: string; measure?: string; amount?: string };

/** 登记共建事项: what the pair did, on which day, how much of it, at what cost. */
export function ActivityForm({ pairingId, onSaved, onCancel }: { pairingId: string; onSaved: () => void; onCancel: () => void }) {
  const t = usePairingMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityFormValues>();
  const save = useMutation({
    mutationFn: (values: ActivityFormValues) =>
      pairingApi.addActivity(pairingId, {
        kind: values.kind!,
        happenedOn: values.happenedOn!.format('YYYY-MM-DD'),
        description: values.description ?? '',
        quantity: values.quantity || undefined,
        measure: values.measure || undefined,
        amount: values.amount || undefined,
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [pairingKey] });
      void message.success(t('form.saved'));
      onSaved();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  return (
    <Form<ActivityFormValues> form={form} layout="vertical" initialValues={{ happenedOn: dayjs() }} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="kind" label={t('activity.kind')} rules={rules('kind', '请选择共建内容类别')}>
        <Select options={pairingActivityKinds.codes.map((k) => ({ value: k, label: text(pairingActivityKinds.labels[k]) }))} data-testid="activity-kind" />
      </Form.Item>
      <Form.Item name="happenedOn" label={t('activity.happenedOn')} rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker format="YYYY-MM-DD" disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="description" label={t('activity.description')} rules={rules('description')}>
        <Input.TextArea rows={2} maxLength={500} data-testid="activity-description" />
      </Form.Item>
      <Flex gap={8}>
        <Form.Item name="quantity" label={t('activity.quantity')} rules={rules('quantity')} style={{ flex: 1 }}>
          <Input inputMode="decimal" maxLength={16} data-testid="activity-quantity" />
        </Form.Item>
        <Form.Item
          name="measure"
          label={t('activity.measure')}
          extra={t('activity.measureHint')}
          dependencies={['quantity']}
          rules={[
            ...rules('measure'),
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (getFieldValue('quantity') && !value) throw new Error('填写数量时请填写计量单位');
              },
            }),
          ]}
          style={{ flex: 1 }}
        >
          <Input maxLength={10} data-testid="activity-measure" />
        </Form.Item>
      </Flex>
      <Form.Item name="amount" label={t('activity.amount')} rules={rules('amount')}>
        <Input inputMode="decimal" maxLength={16} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="activity-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
