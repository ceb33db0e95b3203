import { Button, DatePicker, Flex, Form, Input, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { demandCategories, demandCreateBody, type DemandCategory, type DemandCreateBody } from '../../../../contracts/demands.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { RemoteSelect, type RemoteOption } from '../../../components/remote-select.tsx';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { demandsApi } from '../demands.api.ts';
import { useDemandsMessages } from '../demands.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(demandCreateBody);

export type DemandFormValues = {
  raisedBy?: string;
  householdId?: string;
  divisionCode?: string | null;
  raisedOn?: Dayjs | null;
  category?: DemandCategory;
  content?: string;
};

/** The form's values in the contract's shape: a household decides the village, so the village is sent only without one. */
export function toDemandBody(values: DemandFormValues): DemandCreateBody {
  return {
    raisedBy: values.raisedBy?.trim() ?? '',
    ...(values.householdId ? { householdId: values.householdId } : values.divisionCode ? { divisionCode: values.divisionCode } : {}),
    raisedOn: values.raisedOn?.format(DATE) ?? '',
    category: values.category ?? 'other',
    content: values.content?.trim() ?? '',
  };
}

export async function searchHouseholds(q: string): Promise<RemoteOption[]> {
  const { items } = await demandsApi.searchHouseholds(q);
  return items.map((h) => ({ value: h.id, label: `${h.householderName}（${h.villageName ?? h.code}）` }));
}

type DemandFormProps = {
  form: FormInstance<DemandFormValues>;
  initialValues: DemandFormValues;
  /** The household the form was opened from, shown before any search. */
  knownHousehold: RemoteOption | null;
  /** An account serving one village needs no village picker. */
  askVillage: boolean;
  submitting: boolean;
  onSubmit: (values: DemandFormValues) => void;
  onCancel: () => void;
};

export function DemandForm({ form, initialValues, knownHousehold, askVillage, submitting, onSubmit, onCancel }: DemandFormProps) {
  const t = useDemandsMessages();
  const text = useText();
  const householdId = Form.useWatch('householdId', form);
  return (
    <Form<DemandFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} style={{ maxWidth: 640 }}>
      <Form.Item name="raisedBy" label={t('form.raisedBy')} rules={rules('raisedBy')}>
        <Input maxLength={50} data-testid="demand-raised-by" />
      </Form.Item>
      <Form.Item name="householdId" label={t('form.household')}>
        <RemoteSelect queryKey={['demands', 'households']} search={searchHouseholds} known={knownHousehold} placeholder={t('form.householdPlaceholder')} />
      </Form.Item>
      {askVillage && !householdId ? (
        <Form.Item name="divisionCode" label={t('form.village')} rules={[{ required: true, message: '请选择诉求所属的村' }]}>
          <DivisionTreeSelect level="village" />
        </Form.Item>
      ) : null}
      <Form.Item name="raisedOn" label={t('form.raisedOn')} rules={[{ required: true, message: '请选择提出日期' }]}>
        <DatePicker format={DATE} style={{ width: '100%' }} data-testid="demand-raised-on" />
      </Form.Item>
      <Form.Item name="category" label={t('form.category')} rules={rules('category', '请选择诉求类别')}>
        <Select options={demandCategories.codes.map((code) => ({ value: code, label: text(demandCategories.labels[code]) }))} data-testid="demand-category" />
      </Form.Item>
      <Form.Item name="content" label={t('form.content')} rules={rules('content')}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="demand-content" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="demand-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
