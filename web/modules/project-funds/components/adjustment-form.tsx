import { Button, Flex, Form, Input, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { fundSourceKinds, type FundSourceKind } from '../../../../contracts/project-codes.ts';
import { adjustmentSourceBody, budgetAdjustmentBody, formatYuan, moneyText, toCents, type BudgetAdjustmentBody, type LedgerView } from '../../../../contracts/project-funds.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { normalizeAmount } from './money.ts';
import { useFundsMessages } from '../project-funds.messages.ts';

const rules = zodRules(budgetAdjustmentBody);
const sourceRules = zodRules(adjustmentSourceBody);

type SourceValues = { fundSourceId?: string; kind?: FundSourceKind; funder?: string; amount?: string };
type AdjustmentFormValues = { newBudget?: string; reason?: string; sources?: SourceValues[] };

/** The sum as typed so far; an amount not yet valid counts as nothing. */
export function typedSum(sources: SourceValues[] | undefined): number {
  return (sources ?? []).reduce((total, s) => total + (moneyText.safeParse(s?.amount ?? '').success ? toCents(s!.amount!) : 0), 0);
}

type Props = {
  ledger: LedgerView;
  onSubmit: (body: BudgetAdjustmentBody) => Promise<unknown>;
  onCancel: () => void;
  onError: (error: unknown) => void;
};

/** 预算调整: the new budget and the sources as they are to be, which must add up to it. */
export function AdjustmentForm({ ledger, onSubmit, onCancel, onError }: Props) {
  const t = useFundsMessages();
  const text = useText();
  const [form] = Form.useForm<AdjustmentFormValues>();
  const sources = Form.useWatch('sources', form);
  const submit = async (values: AdjustmentFormValues) => {
    try {
      await onSubmit({
        newBudget: values.newBudget?.trim() ?? '',
        reason: values.reason?.trim() ?? '',
        sources: (values.sources ?? []).map((s) => ({
          ...(s.fundSourceId ? { fundSourceId: s.fundSourceId } : {}),
          kind: s.kind ?? 'other',
          funder: s.funder?.trim() ?? '',
          amount: s.amount?.trim() ?? '',
        })),
      });
    } catch (error) {
      if (!applyFieldErrors(form, error)) onError(error);
    }
  };
  const initialValues: AdjustmentFormValues = {
    newBudget: ledger.approvedBudget ?? '',
    reason: '',
    sources: ledger.sources.map((s) => ({ fundSourceId: s.fundSourceId, kind: s.kind, funder: s.funder, amount: s.amount })),
  };
  return (
    <Form<AdjustmentFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={initialValues}>
      <Form.Item name="newBudget" label={t('form.newBudget')} rules={rules('newBudget', '请填写调整后预算')} normalize={normalizeAmount}>
        <Input inputMode="decimal" data-testid="adjustment-budget" />
      </Form.Item>
      <Form.Item name="sources" label={t('form.sources')} extra={t('form.sum', { sum: formatYuan(typedSum(sources)) })}>
        <Form.List name="sources">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item name={[field.name, 'fundSourceId']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} rules={sourceRules('kind', '请选择来源类型')} style={{ width: 140 }}>
                    <Select placeholder={t('form.kind')} options={fundSourceKinds.codes.map((kind) => ({ value: kind, label: text(fundSourceKinds.labels[kind]) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'funder']} rules={sourceRules('funder')} style={{ width: 200 }}>
                    <Input placeholder={t('form.funder')} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'amount']} rules={sourceRules('amount', '请填写金额')} normalize={normalizeAmount} style={{ width: 160 }}>
                    <Input placeholder={t('form.amount')} inputMode="decimal" />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('form.remove')} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'other', funder: '', amount: '' })}>
                {t('form.addSource')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="reason" label={t('form.reason')} rules={rules('reason')}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" data-testid="adjustment-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
