import { App, Button, DatePicker, Flex, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { shareCreateBody, type ShareCreateBody } from '../../../../contracts/assets.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { RemoteSelect, type RemoteOption } from '../../../components/remote-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { shareApi, shareKey } from '../assets.api.ts';
import { useAssetMessages } from '../assets.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(shareCreateBody);

export type ShareValues = { householdId?: string; cooperative?: string; amount?: string; units?: number | null; since?: Dayjs | null };

export function toShareBody(values: ShareValues): ShareCreateBody {
  return {
    householdId: values.householdId ?? '',
    cooperative: values.cooperative?.trim() ?? '',
    amount: values.amount?.trim() ?? '',
    ...(values.units ? { units: values.units } : {}),
    since: values.since?.format(DATE) ?? '',
  };
}

async function searchHouseholds(q: string): Promise<RemoteOption[]> {
  const { items } = await shareApi.searchHouseholds(q);
  return items.map((h) => ({ value: h.id, label: `${h.householderName}（${h.villageName ?? h.code}）` }));
}

type ShareFormProps = { cooperative?: string; onSaved: () => void; onCancel: () => void };

/** 登记入股: a household's assistance funds turned into a share of a cooperative. */
export function ShareForm({ cooperative, onSaved, onCancel }: ShareFormProps) {
  const t = useAssetMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ShareValues>();
  const save = useMutation({
    mutationFn: (values: ShareValues) => shareApi.create(toShareBody(values)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [shareKey] });
      void message.success(t('share.saved'));
      onSaved();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Form<ShareValues> form={form} layout="vertical" initialValues={{ cooperative, units: 1, since: dayjs() }} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="householdId" label={t('share.household')} rules={rules('householdId', '请选择农户')}>
        <RemoteSelect queryKey={[shareKey, 'households']} search={searchHouseholds} placeholder={t('share.householdPlaceholder')} />
      </Form.Item>
      <Form.Item name="cooperative" label={t('share.cooperative')} rules={rules('cooperative')}>
        <Input maxLength={100} data-testid="share-cooperative" />
      </Form.Item>
      <Form.Item name="amount" label={t('share.amount')} rules={rules('amount')}>
        <Input inputMode="decimal" maxLength={16} data-testid="share-amount" />
      </Form.Item>
      <Form.Item name="units" label={t('share.units')} rules={rules('units')}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="since" label={t('share.since')} rules={[{ required: true, message: '请选择入股日期' }]}>
        <DatePicker format={DATE} disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="share-submit">
          {t('share.new')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
