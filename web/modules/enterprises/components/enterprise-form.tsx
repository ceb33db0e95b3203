import { App, Button, Checkbox, Flex, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enterpriseCreateBody, type EnterpriseCreateBody, type EnterpriseView } from '../../../../contracts/enterprises.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { enterpriseApi, enterpriseKey } from '../enterprises.api.ts';
import { useEnterpriseMessages } from '../enterprises.messages.ts';

const rules = zodRules(enterpriseCreateBody);

export type EnterpriseFormValues = {
  name?: string;
  creditCode?: string;
  divisionCode?: string | null;
  industry?: string;
  partyOrgName?: string;
  contactName?: string;
  contactPhone?: string;
  clearPhone?: boolean;
  note?: string;
};

/**
 * The form's values in the contract's shape. Empty optional fields clear what is stored; the phone is
 * never shown back, so an empty phone keeps the stored one unless the user asks to clear it.
 */
export function toEnterpriseBody(values: EnterpriseFormValues): EnterpriseCreateBody {
  const trimmed = (v: string | undefined) => v?.trim() || null;
  const phone = values.contactPhone?.trim();
  return {
    name: values.name?.trim() ?? '',
    creditCode: trimmed(values.creditCode)?.toUpperCase() ?? null,
    divisionCode: values.divisionCode ?? '',
    industry: trimmed(values.industry),
    partyOrgName: trimmed(values.partyOrgName),
    contactName: trimmed(values.contactName),
    ...(phone ? { contactPhone: phone } : values.clearPhone ? { contactPhone: null } : {}),
    note: trimmed(values.note),
  };
}

export function enterpriseFormValuesOf(enterprise: EnterpriseView): EnterpriseFormValues {
  return {
    name: enterprise.name,
    creditCode: enterprise.creditCode ?? undefined,
    divisionCode: enterprise.divisionCode,
    industry: enterprise.industry ?? undefined,
    partyOrgName: enterprise.partyOrgName ?? undefined,
    contactName: enterprise.contactName ?? undefined,
    note: enterprise.note ?? undefined,
  };
}

type EnterpriseFormProps = {
  enterprise?: EnterpriseView;
  /** Where a new record is kept unless the user picks another region: the account's own. */
  defaultDivision?: string | null;
  onSaved: (enterprise: EnterpriseView) => void;
  onCancel: () => void;
};

/** 登记结对企业 (or 修改): who the enterprise is, who keeps its record, and how to reach it. */
export function EnterpriseForm({ enterprise, defaultDivision, onSaved, onCancel }: EnterpriseFormProps) {
  const t = useEnterpriseMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const save = useMutation({
    mutationFn: (values: EnterpriseFormValues) => (enterprise ? enterpriseApi.update(enterprise.id, toEnterpriseBody(values)) : enterpriseApi.create(toEnterpriseBody(values))),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: [enterpriseKey] });
      void message.success(t('form.saved'));
      onSaved(saved);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const initialValues: EnterpriseFormValues = enterprise ? enterpriseFormValuesOf(enterprise) : { divisionCode: defaultDivision ?? null };
  return (
    <Form<EnterpriseFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => save.mutate(values)} style={{ maxWidth: 640 }}>
      <Form.Item name="name" label={t('form.name')} rules={rules('name')}>
        <Input maxLength={100} data-testid="enterprise-name" />
      </Form.Item>
      <Form.Item name="creditCode" label={t('form.creditCode')} extra={t('form.creditCodeHint')} rules={rules('creditCode')}>
        <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="enterprise-credit-code" />
      </Form.Item>
      <Form.Item name="divisionCode" label={t('form.division')} extra={t('form.divisionHint')} rules={rules('divisionCode', '请选择登记地区')}>
        <DivisionTreeSelect />
      </Form.Item>
      <Form.Item name="industry" label={t('form.industry')} rules={rules('industry')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="partyOrgName" label={t('form.partyOrg')} rules={rules('partyOrgName')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="contactName" label={t('form.contactName')} rules={rules('contactName')}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={t('form.contactPhone')}
        extra={enterprise?.contactPhone ? `${t('form.contactPhoneHint')}（${enterprise.contactPhone}）` : undefined}
        rules={rules('contactPhone')}
      >
        <Input maxLength={20} inputMode="tel" data-testid="enterprise-phone" />
      </Form.Item>
      {enterprise?.contactPhone ? (
        <Form.Item name="clearPhone" valuePropName="checked">
          <Checkbox>{t('form.clearPhone')}</Checkbox>
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={t('form.note')} rules={rules('note')}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="enterprise-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
