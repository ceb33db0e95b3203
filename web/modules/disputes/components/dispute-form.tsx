import { Button, DatePicker, Flex, Form, Input, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { disputeCategories, disputeFieldsSchema, type DisputeCategory, type DisputeCreateBody, type DisputeView } from '../../../../contracts/disputes.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useDisputesMessages } from '../disputes.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(disputeFieldsSchema);

export type DisputeFormValues = {
  divisionCode?: string | null;
  title?: string;
  category?: DisputeCategory;
  parties?: string;
  description?: string;
  startedOn?: Dayjs | null;
  reportedOn?: Dayjs | null;
};

/** The form's values in the contract's shape; an empty start date is left out, not sent blank. */
export function toDisputeBody(values: DisputeFormValues): DisputeCreateBody {
  return {
    ...(values.divisionCode ? { divisionCode: values.divisionCode } : {}),
    title: values.title?.trim() ?? '',
    category: values.category ?? 'other',
    parties: values.parties?.trim() ?? '',
    description: values.description?.trim() ?? '',
    ...(values.startedOn ? { startedOn: values.startedOn.format(DATE) } : {}),
    reportedOn: values.reportedOn?.format(DATE) ?? '',
  };
}

export function disputeFormValuesOf(dispute: DisputeView): DisputeFormValues {
  return {
    title: dispute.title,
    category: dispute.category,
    parties: dispute.parties,
    description: dispute.description,
    startedOn: dispute.startedOn ? dayjs(dispute.startedOn) : null,
    reportedOn: dayjs(dispute.reportedOn),
  };
}

type DisputeFormProps = {
  form: FormInstance<DisputeFormValues>;
  initialValues: DisputeFormValues;
  /** Asked only when creating, and only of an account above one village. */
  askVillage: boolean;
  submitting: boolean;
  onSubmit: (values: DisputeFormValues) => void;
  onCancel: () => void;
};

export function DisputeForm({ form, initialValues, askVillage, submitting, onSubmit, onCancel }: DisputeFormProps) {
  const t = useDisputesMessages();
  const text = useText();
  return (
    <Form<DisputeFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} style={{ maxWidth: 640 }}>
      {askVillage ? (
        <Form.Item name="divisionCode" label={t('form.village')} rules={[{ required: true, message: '请选择纠纷所在的村' }]}>
          <DivisionTreeSelect level="village" />
        </Form.Item>
      ) : null}
      <Form.Item name="title" label={t('form.name')} rules={rules('title')}>
        <Input maxLength={100} data-testid="dispute-title" />
      </Form.Item>
      <Form.Item name="category" label={t('form.category')} rules={rules('category', '请选择纠纷类别')}>
        <Select options={disputeCategories.codes.map((code) => ({ value: code, label: text(disputeCategories.labels[code]) }))} data-testid="dispute-category" />
      </Form.Item>
      <Form.Item name="parties" label={t('form.parties')} rules={rules('parties')}>
        <Input maxLength={500} data-testid="dispute-parties" />
      </Form.Item>
      <Form.Item name="description" label={t('form.description')} rules={rules('description')}>
        <Input.TextArea rows={4} maxLength={4000} showCount data-testid="dispute-description" />
      </Form.Item>
      <Form.Item
        name="startedOn"
        label={t('form.startedOn')}
        dependencies={['reportedOn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: Dayjs | null | undefined) => {
              const reported = getFieldValue('reportedOn') as Dayjs | null | undefined;
              if (value && reported && value.isAfter(reported, 'day')) throw new Error('纠纷发生日期不能晚于登记日期');
            },
          }),
        ]}
      >
        <DatePicker format={DATE} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reportedOn" label={t('form.reportedOn')} rules={[{ required: true, message: '请选择登记日期' }]}>
        <DatePicker format={DATE} style={{ width: '100%' }} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="dispute-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
