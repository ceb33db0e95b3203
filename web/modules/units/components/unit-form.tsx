import { Button, Flex, Form, Input, Select, type FormInstance } from 'antd';
import { unitBody, unitTypeLabels, unitTypes, type UnitBody } from '../../../../contracts/units.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useUnitMessages } from '../units.messages.ts';

export type UnitFormValues = {
  name?: string;
  shortName?: string | null;
  type?: UnitBody['type'];
  divisionCode?: string;
  contactName?: string | null;
  note?: string | null;
};

const rules = zodRules(unitBody);

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The form's values after its rules passed, in the contract's shape. */
export function toUnitBody(values: UnitFormValues): UnitBody {
  return unitBody.parse({
    name: values.name,
    shortName: blankToNull(values.shortName),
    type: values.type,
    divisionCode: values.divisionCode?.trim(),
    contactName: blankToNull(values.contactName),
    note: blankToNull(values.note),
  });
}

type UnitFormProps = {
  form: FormInstance<UnitFormValues>;
  initialValues?: UnitFormValues;
  submitting: boolean;
  onSubmit: (body: UnitBody) => void;
  onCancel: () => void;
};

export function UnitForm({ form, initialValues, submitting, onSubmit, onCancel }: UnitFormProps) {
  const t = useUnitMessages();
  const text = useText();
  return (
    <Form<UnitFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => onSubmit(toUnitBody(values))}
      style={{ maxWidth: 560 }}
    >
      <Form.Item name="name" label={t('field.name')} rules={rules('name')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="shortName" label={t('field.shortName')} rules={rules('shortName')}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="type" label={t('field.type')} rules={rules('type')}>
        <Select options={unitTypes.map((type) => ({ value: type, label: text(unitTypeLabels[type]) }))} />
      </Form.Item>
      <Form.Item name="divisionCode" label={t('field.divisionCode')} rules={rules('divisionCode', t('field.divisionCodeRequired'))}>
        <DivisionTreeSelect />
      </Form.Item>
      <Form.Item name="contactName" label={t('field.contactName')} rules={rules('contactName')}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="note" label={t('field.note')} rules={rules('note')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
