import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contributionKinds, supportBody, valuedKinds, type ContributionKind, type SupportBody } from '../../../../contracts/advisors.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { advisorApi, advisorKey } from '../advisors.api.ts';
import { useAdvisorMessages } from '../advisors.messages.ts';

const rules = zodRules(supportBody);

export type SupportFormValues = { kind?: ContributionKind; value?: string; quantity?: string; unit?: string; givenOn?: Dayjs | null; description?: string };

/** The form's values in the contract's shape; empty optional fields are left out. */
export function toSupportBody(values: SupportFormValues): SupportBody {
  return {
    kind: values.kind ?? 'money',
    ...(values.value?.trim() ? { value: values.value.trim() } : {}),
    ...(values.quantity?.trim() ? { quantity: values.quantity.trim() } : {}),
    ...(values.unit?.trim() ? { unit: values.unit.trim() } : {}),
    givenOn: values.givenOn ? values.givenOn.format('YYYY-MM-DD') : '',
    description: values.description?.trim() ?? '',
  };
}

export function SupportModal({ advisorId, open, onClose }: { advisorId: string; open: boolean; onClose: () => void }) {
  const t = useAdvisorMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<SupportFormValues>();
  const kind = Form.useWatch('kind', form);
  const save = useMutation({
    mutationFn: (values: SupportFormValues) => advisorApi.addSupport(advisorId, toSupportBody(values)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [advisorKey] });
      void message.success(t('supports.saved'));
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Modal title={t('supports.add')} open={open} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <Form<SupportFormValues> form={form} layout="vertical" initialValues={{ kind: 'money' }} onFinish={(values) => save.mutate(values)}>
        <Form.Item name="kind" label={t('supports.kind')} rules={rules('kind', '请选择支持方式')}>
          <Select options={contributionKinds.codes.map((code) => ({ value: code, label: text(contributionKinds.labels[code]) }))} data-testid="support-kind" />
        </Form.Item>
        <Form.Item
          name="value"
          label={t('supports.value')}
          rules={[...(kind && valuedKinds.includes(kind) ? [{ required: true, message: '资金和物资请填写金额（物资按折价）' }] : []), ...rules('value')]}
        >
          <Input inputMode="decimal" placeholder="600000.00" data-testid="support-value" />
        </Form.Item>
        {kind === 'goods' || kind === 'jobs' ? (
          <Form.Item label={t('supports.quantity')} style={{ marginBottom: 0 }}>
            <Form.Item name="quantity" rules={rules('quantity')} style={{ display: 'inline-block', width: 160, marginRight: 8 }}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item name="unit" rules={rules('unit')} style={{ display: 'inline-block', width: 100 }}>
              <Input placeholder={t('supports.unit')} maxLength={10} />
            </Form.Item>
          </Form.Item>
        ) : null}
        <Form.Item name="givenOn" label={t('supports.givenOn')} rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker format="YYYY-MM-DD" disabledDate={(current) => current.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="description" label={t('supports.description')} rules={rules('description')}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('supports.descriptionPlaceholder')} data-testid="support-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
