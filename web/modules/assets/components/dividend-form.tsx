import { App, Button, DatePicker, Flex, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dividendBody, type DividendBody } from '../../../../contracts/assets.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { shareApi, shareKey } from '../assets.api.ts';
import { useAssetMessages } from '../assets.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(dividendBody);

export type DividendValues = { year?: number | null; amount?: string; paidOn?: Dayjs | null };

export function toDividendBody(values: DividendValues): DividendBody {
  return { year: values.year ?? Number.NaN, amount: values.amount?.trim() ?? '', paidOn: values.paidOn?.format(DATE) ?? '' };
}

type DividendFormProps = { shareId: string; onSaved: () => void; onCancel: () => void };

/** 登记分红: one per share per year; a second for the same year comes back as a message beside the year. */
export function DividendForm({ shareId, onSaved, onCancel }: DividendFormProps) {
  const t = useAssetMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<DividendValues>();
  const save = useMutation({
    mutationFn: (values: DividendValues) => shareApi.recordDividend(shareId, toDividendBody(values)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [shareKey] });
      void message.success(t('dividend.saved'));
      onSaved();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const initialValues: DividendValues = { year: dayjs().year() - 1, paidOn: dayjs() };
  return (
    <Form<DividendValues> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="year" label={t('dividend.year')} rules={rules('year', '请填写分红年度')}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} data-testid="dividend-year" />
      </Form.Item>
      <Form.Item name="amount" label={t('dividend.amount')} rules={rules('amount')}>
        <Input inputMode="decimal" maxLength={16} data-testid="dividend-amount" />
      </Form.Item>
      <Form.Item name="paidOn" label={t('dividend.paidOn')} rules={[{ required: true, message: '请选择发放日期' }]}>
        <DatePicker format={DATE} disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="dividend-submit">
          {t('dividend.record')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
