import { App, Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assetCreateBody, type AssetCreateBody, type AssetView } from '../../../../contracts/assets.ts';
import { assetConditions, assetKinds, type AssetCondition, type AssetKind } from '../../../../contracts/project-codes.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { assetApi, assetKey } from '../assets.api.ts';
import { useAssetMessages } from '../assets.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(assetCreateBody);

export type AssetFormValues = {
  divisionCode?: string | null;
  name?: string;
  kind?: AssetKind;
  owner?: string;
  maintainer?: string;
  value?: string;
  quantity?: string;
  handedOverOn?: Dayjs | null;
  condition?: AssetCondition;
};

/** The form's values in the contract's shape; the project comes from where the form is opened. */
export function toAssetBody(values: AssetFormValues, projectId: string | undefined): AssetCreateBody {
  const quantity = values.quantity?.trim();
  return {
    ...(projectId ? { projectId } : {}),
    divisionCode: values.divisionCode ?? '',
    name: values.name?.trim() ?? '',
    kind: values.kind ?? 'other',
    owner: values.owner?.trim() ?? '',
    maintainer: values.maintainer?.trim() ?? '',
    value: values.value?.trim() ?? '',
    ...(quantity ? { quantity } : {}),
    handedOverOn: values.handedOverOn?.format(DATE) ?? '',
    condition: values.condition ?? 'good',
  };
}

export function assetFormValuesOf(asset: AssetView): AssetFormValues {
  return {
    divisionCode: asset.divisionCode,
    name: asset.name,
    kind: asset.kind,
    owner: asset.owner,
    maintainer: asset.maintainer,
    value: asset.value,
    quantity: asset.quantity ?? undefined,
    handedOverOn: dayjs(asset.handedOverOn),
    condition: asset.condition,
  };
}

type AssetFormProps = {
  projectId?: string;
  divisionCode?: string;
  /** Editing keeps the condition out of the form: it follows the checks. */
  asset?: AssetView;
  onSaved: (asset: AssetView) => void;
  onCancel: () => void;
};

/** 登记资产 (or 修改): what a project left behind, who owns it and who keeps it. */
export function AssetForm({ projectId, divisionCode, asset, onSaved, onCancel }: AssetFormProps) {
  const t = useAssetMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssetFormValues>();
  const save = useMutation({
    mutationFn: (values: AssetFormValues) => {
      if (!asset) return assetApi.create(toAssetBody(values, projectId));
      const { condition: _condition, ...changes } = toAssetBody(values, asset.projectId ?? undefined);
      return assetApi.update(asset.id, changes);
    },
    onSuccess: async (asset) => {
      await client.invalidateQueries({ queryKey: [assetKey] });
      void message.success(t('form.saved'));
      onSaved(asset);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const initialValues: AssetFormValues = asset ? assetFormValuesOf(asset) : { divisionCode: divisionCode ?? null, owner: '村集体', condition: 'good', handedOverOn: dayjs() };
  return (
    <Form<AssetFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => save.mutate(values)} style={{ maxWidth: 640 }}>
      <Form.Item name="divisionCode" label={t('form.village')} rules={rules('divisionCode', '请选择所在村')}>
        <DivisionTreeSelect level="village" placeholder={t('form.villagePlaceholder')} />
      </Form.Item>
      <Form.Item name="name" label={t('form.name')} rules={rules('name')}>
        <Input maxLength={100} data-testid="asset-name" />
      </Form.Item>
      <Form.Item name="kind" label={t('form.kind')} rules={rules('kind', '请选择资产类别')}>
        <Select options={assetKinds.codes.map((k) => ({ value: k, label: text(assetKinds.labels[k]) }))} data-testid="asset-kind" />
      </Form.Item>
      <Form.Item name="owner" label={t('form.owner')} extra={t('form.ownerHint')} rules={rules('owner')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="maintainer" label={t('form.maintainer')} rules={rules('maintainer')}>
        <Input maxLength={50} data-testid="asset-maintainer" />
      </Form.Item>
      <Form.Item name="value" label={t('form.value')} rules={rules('value')}>
        <Input inputMode="decimal" maxLength={16} data-testid="asset-value" />
      </Form.Item>
      <Form.Item name="quantity" label={t('form.quantity')} rules={rules('quantity')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="handedOverOn" label={t('form.handedOverOn')} rules={[{ required: true, message: '请选择移交日期' }]}>
        <DatePicker format={DATE} disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      {asset ? null : (
        <Form.Item name="condition" label={t('form.condition')} rules={rules('condition', '请选择资产状况')}>
          <Select options={assetConditions.codes.map((c) => ({ value: c, label: text(assetConditions.labels[c]) }))} />
        </Form.Item>
      )}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="asset-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
