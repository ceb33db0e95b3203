import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { fundSourceKinds } from '../../../../contracts/project-codes.ts';
import { paymentBody, type LedgerView, type PaymentBody } from '../../../../contracts/project-funds.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { normalizeAmount } from './money.ts';
import { useFundsMessages } from '../project-funds.messages.ts';

const rules = zodRules(paymentBody);

type PaymentFormValues = { fundSourceId?: string; paidOn?: Dayjs | null; amount?: string; payee?: string; purpose?: string; voucherNo?: string };

type Props = {
  sources: LedgerView['sources'];
  onSubmit: (body: PaymentBody) => Promise<unknown>;
  onCancel: () => void;
  /** Shown when the server refuses without naming a field. */
  onError: (error: unknown) => void;
};

/** 记录拨付: an over-budget refusal lands next to the amount, with what may still be paid. */
export function PaymentForm({ sources, onSubmit, onCancel, onError }: Props) {
  const t = useFundsMessages();
  const text = useText();
  const [form] = Form.useForm<PaymentFormValues>();
  const submit = async (values: PaymentFormValues) => {
    try {
      await onSubmit({
        fundSourceId: values.fundSourceId ?? '',
        paidOn: values.paidOn?.format('YYYY-MM-DD') ?? '',
        amount: values.amount?.trim() ?? '',
        payee: values.payee?.trim() ?? '',
        purpose: values.purpose?.trim() ?? '',
        ...(values.voucherNo?.trim() ? { voucherNo: values.voucherNo.trim() } : {}),
      });
      form.resetFields();
    } catch (error) {
      if (!applyFieldErrors(form, error)) onError(error);
    }
  };
  return (
    <Form<PaymentFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{
        // A project with one source pays from it; the day is today until the clerk says otherwise.
        fundSourceId: sources.length === 1 ? sources[0]!.fundSourceId : undefined,
        paidOn: dayjs(),
        amount: '',
        payee: '',
        purpose: '',
        voucherNo: '',
      }}>
      <Form.Item name="fundSourceId" label={t('form.source')} rules={rules('fundSourceId', '请选择资金来源')}>
        <Select
          data-testid="payment-source"
          options={sources.map((s) => ({ value: s.fundSourceId, label: `${text(fundSourceKinds.labels[s.kind])} · ${s.funder}` }))}
        />
      </Form.Item>
      <Form.Item name="paidOn" label={t('form.paidOn')} rules={[{ required: true, message: '请选择拨付日期' }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} data-testid="payment-date" />
      </Form.Item>
      <Form.Item name="amount" label={t('form.amount')} rules={rules('amount', '请填写金额')} normalize={normalizeAmount}>
        <Input inputMode="decimal" data-testid="payment-amount" />
      </Form.Item>
      <Form.Item name="payee" label={t('form.payee')} rules={rules('payee')}>
        <Input maxLength={200} data-testid="payment-payee" />
      </Form.Item>
      <Form.Item name="purpose" label={t('form.purpose')} rules={rules('purpose')}>
        <Input maxLength={500} data-testid="payment-purpose" />
      </Form.Item>
      <Form.Item name="voucherNo" label={t('form.voucher')} rules={rules('voucherNo')}>
        <Input maxLength={100} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" data-testid="payment-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
