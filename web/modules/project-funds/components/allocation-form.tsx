import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { fundSourceKinds } from '../../../../contracts/project-codes.ts';
import { allocationBody, type AllocationBody, type LedgerView } from '../../../../contracts/project-funds.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { normalizeAmount } from './money.ts';
import { useFundsMessages } from '../project-funds.messages.ts';

const rules = zodRules(allocationBody);

type AllocationFormValues = { fundSourceId?: string; allocatedOn?: Dayjs | null; amount?: string; document?: string };

type Props = {
  sources: LedgerView['sources'];
  onSubmit: (body: AllocationBody) => Promise<unknown>;
  onCancel: () => void;
  onError: (error: unknown) => void;
};

/** 资金下达: money of one source reaching the project's account. */
export function AllocationForm({ sources, onSubmit, onCancel, onError }: Props) {
  const t = useFundsMessages();
  const text = useText();
  const [form] = Form.useForm<AllocationFormValues>();
  const submit = async (values: AllocationFormValues) => {
    try {
      await onSubmit({
        fundSourceId: values.fundSourceId ?? '',
        allocatedOn: values.allocatedOn?.format('YYYY-MM-DD') ?? '',
        amount: values.amount?.trim() ?? '',
        ...(values.document?.trim() ? { document: values.document.trim() } : {}),
      });
      form.resetFields();
    } catch (error) {
      if (!applyFieldErrors(form, error)) onError(error);
    }
  };
  return (
    <Form<AllocationFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ fundSourceId: undefined, allocatedOn: null, amount: '', document: '' }}>
      <Form.Item name="fundSourceId" label={t('form.source')} rules={rules('fundSourceId', '请选择资金来源')}>
        <Select options={sources.map((s) => ({ value: s.fundSourceId, label: `${text(fundSourceKinds.labels[s.kind])} · ${s.funder}` }))} />
      </Form.Item>
      <Form.Item name="allocatedOn" label={t('form.allocatedOn')} rules={[{ required: true, message: '请选择下达日期' }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="amount" label={t('form.amount')} rules={rules('amount', '请填写金额')} normalize={normalizeAmount}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="document" label={t('form.document')} rules={rules('document')}>
        <Input maxLength={200} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
