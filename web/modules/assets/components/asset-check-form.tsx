import { App, Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assetCheckBody, type AssetCheckBody } from '../../../../contracts/assets.ts';
import { assetConditions, type AssetCondition } from '../../../../contracts/project-codes.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { assetApi, assetKey } from '../assets.api.ts';
import { useAssetMessages } from '../assets.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(assetCheckBody);

export type AssetCheckValues = { checkedOn?: Dayjs | null; condition?: AssetCondition; note?: string; checkedBy?: string };

export function toCheckBody(values: AssetCheckValues): AssetCheckBody {
  const note = values.note?.trim();
  return {
    checkedOn: values.checkedOn?.format(DATE) ?? '',
    condition: values.condition ?? 'good',
    ...(note ? { note } : {}),
    checkedBy: values.checkedBy?.trim() ?? '',
  };
}

/** 登记管护检查: each look at the asset is kept; the asset takes the latest one's condition. */
export function AssetCheckForm({ assetId }: { assetId: string }) {
  const t = useAssetMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssetCheckValues>();
  const save = useMutation({
    mutationFn: (values: AssetCheckValues) => assetApi.addCheck(assetId, toCheckBody(values)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [assetKey] });
      form.resetFields(['note']);
      void message.success(t('check.saved'));
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Form<AssetCheckValues> form={form} layout="vertical" initialValues={{ checkedOn: dayjs() }} onFinish={(values) => save.mutate(values)} style={{ maxWidth: 520 }}>
      <Form.Item name="checkedOn" label={t('check.checkedOn')} rules={[{ required: true, message: '请选择检查日期' }]}>
        <DatePicker format={DATE} disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="condition" label={t('check.condition')} extra={t('check.hint')} rules={rules('condition', '请选择资产状况')}>
        <Select options={assetConditions.codes.map((c) => ({ value: c, label: text(assetConditions.labels[c]) }))} data-testid="check-condition" />
      </Form.Item>
      <Form.Item name="checkedBy" label={t('check.checkedBy')} rules={rules('checkedBy')}>
        <Input maxLength={50} data-testid="check-by" />
      </Form.Item>
      <Form.Item name="note" label={t('check.note')} rules={rules('note')}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="check-submit">
        {t('check.submit')}
      </Button>
    </Form>
  );
}
