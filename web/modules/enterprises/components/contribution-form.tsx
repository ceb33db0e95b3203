import { App, Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contributionBody, type ContributionBody, type PairingView } from '../../../../contracts/enterprises.ts';
import { contributionKinds, type ContributionKind } from '../../../../contracts/social-codes.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { enterpriseApi, enterpriseKey } from '../enterprises.api.ts';
import { useEnterpriseMessages } from '../enterprises.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(contributionBody);
const valued: readonly ContributionKind[] = ['money', 'goods', 'purchases'];

export type ContributionValues = {
  pairingId?: string;
  kind?: ContributionKind;
  value?: string;
  quantity?: string;
  unit?: string;
  givenOn?: Dayjs | null;
  description?: string;
  projectId?: string;
};

/** The form's values in the contract's shape: a value only for kinds counted in money, people only for jobs. */
export function toContributionBody(values: ContributionValues): ContributionBody {
  const kind = values.kind ?? 'money';
  const value = values.value?.trim();
  const quantity = values.quantity?.trim();
  const unit = values.unit?.trim();
  return {
    pairingId: values.pairingId ?? '',
    kind,
    ...(valued.includes(kind) && value ? { value } : {}),
    ...((kind === 'jobs' || kind === 'goods') && quantity ? { quantity } : {}),
    ...(kind === 'goods' && unit ? { unit } : {}),
    givenOn: values.givenOn?.format(DATE) ?? '',
    description: values.description?.trim() ?? '',
    ...(values.projectId ? { projectId: values.projectId } : {}),
  };
}

type ContributionFormProps = { enterpriseId: string; pairings: PairingView[]; onDone: () => void };

/** 登记帮扶: what the enterprise gave one of its paired villages of the account's area. */
export function ContributionForm({ enterpriseId, pairings, onDone }: ContributionFormProps) {
  const t = useEnterpriseMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContributionValues>();
  const kind = Form.useWatch('kind', form) ?? 'money';
  const pairingId = Form.useWatch('pairingId', form);
  const since = pairings.find((p) => p.id === pairingId)?.since;
  const save = useMutation({
    mutationFn: (values: ContributionValues) => enterpriseApi.contribute(enterpriseId, toContributionBody(values)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [enterpriseKey] });
      void message.success(t('contribution.saved'));
      onDone();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const open = pairings.filter((p) => !p.until);
  return (
    <Form<ContributionValues>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'money', givenOn: dayjs(), ...(open.length === 1 ? { pairingId: open[0]!.id } : {}) }}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item name="pairingId" label={t('contribution.pairing')} rules={rules('pairingId', '请选择结对村')}>
        <Select options={open.map((p) => ({ value: p.id, label: p.villageName ?? p.divisionCode }))} data-testid="contribution-pairing" />
      </Form.Item>
      <Form.Item name="kind" label={t('contribution.kind')} rules={rules('kind', '请选择帮扶方式')}>
        <Select options={contributionKinds.codes.map((k) => ({ value: k, label: text(contributionKinds.labels[k]) }))} data-testid="contribution-kind" />
      </Form.Item>
      {valued.includes(kind) ? (
        <Form.Item name="value" label={t('contribution.value')} extra={t('contribution.valueHint')} rules={[...rules('value'), { required: true, message: '请填写金额（元）' }]}>
          <Input inputMode="decimal" maxLength={16} data-testid="contribution-value" />
        </Form.Item>
      ) : null}
      {kind === 'jobs' ? (
        <Form.Item name="quantity" label={t('contribution.people')} rules={[...rules('quantity'), { required: true, message: '请填写安置就业人数（正整数）' }]}>
          <Input inputMode="numeric" maxLength={6} data-testid="contribution-quantity" />
        </Form.Item>
      ) : null}
      {kind === 'goods' ? (
        <>
          <Form.Item name="quantity" label={t('contribution.quantity')} rules={rules('quantity')}>
            <Input inputMode="decimal" maxLength={12} />
          </Form.Item>
          <Form.Item name="unit" label={t('contribution.unit')} rules={rules('unit')}>
            <Input maxLength={10} />
          </Form.Item>
        </>
      ) : null}
      <Form.Item name="givenOn" label={t('contribution.givenOn')} rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker
          format={DATE}
          disabledDate={(day) => day.isAfter(dayjs(), 'day') || (since ? day.isBefore(dayjs(since), 'day') : false)}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="description" label={t('contribution.description')} extra={t('contribution.descriptionHint')} rules={rules('description')}>
        <Input.TextArea maxLength={300} rows={2} data-testid="contribution-description" />
      </Form.Item>
      <Form.Item name="projectId" label={t('contribution.project')}>
        <RemoteSelect queryKey={['enterprise-projects']} search={enterpriseApi.searchProjects} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="contribution-submit">
        {t('form.submit')}
      </Button>
    </Form>
  );
}
