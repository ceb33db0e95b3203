import { Button, DatePicker, Flex, Form, Input, Switch, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { advisorBody, type AdvisorBody, type AdvisorView } from '../../../contracts/advisors.ts';
import { DivisionTreeSelect } from '../../components/division-tree-select.tsx';
import { zodRules } from '../../components/zod-rules.ts';
import { useAdvisorMessages } from './advisors.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(advisorBody);

export type AdvisorFormValues = {
  divisionCode?: string | null;
  name?: string;
  occupation?: string;
  workplace?: string;
  phone?: string;
  appointedOn?: Dayjs | null;
  active?: boolean;
  note?: string;
};

/** The form's values in the contract's shape. An empty phone on an edit keeps the stored one. */
export function toAdvisorBody(values: AdvisorFormValues, editing: boolean): AdvisorBody {
  const phone = values.phone?.trim();
  return {
    divisionCode: values.divisionCode ?? '',
    name: values.name?.trim() ?? '',
    occupation: values.occupation?.trim() ?? '',
    workplace: values.workplace?.trim() || null,
    ...(phone ? { phone } : editing ? {} : { phone: null }),
    appointedOn: values.appointedOn ? values.appointedOn.format(DATE) : '',
    active: values.active ?? true,
    note: values.note?.trim() || null,
  };
}

export function formValuesOf(advisor: AdvisorView): AdvisorFormValues {
  return {
    divisionCode: advisor.divisionCode,
    name: advisor.name,
    occupation: advisor.occupation,
    workplace: advisor.workplace ?? undefined,
    appointedOn: dayjs(advisor.appointedOn),
    active: advisor.active,
    note: advisor.note ?? undefined,
  };
}

type Props = {
  form: FormInstance<AdvisorFormValues>;
  editing: boolean;
  submitting: boolean;
  onSubmit: (values: AdvisorFormValues) => void;
  onCancel: () => void;
};

export function AdvisorForm({ form, editing, submitting, onSubmit, onCancel }: Props) {
  const t = useAdvisorMessages();
  return (
    <Form<AdvisorFormValues> form={form} layout="vertical" initialValues={{ active: true }} onFinish={onSubmit} style={{ maxWidth: 640 }}>
      <Form.Item name="divisionCode" label={t('form.village')} rules={[{ required: true, message: '请选择顾问所联系的村' }]}>
        <DivisionTreeSelect level="village" placeholder={t('form.villagePlaceholder')} />
      </Form.Item>
      <Form.Item name="name" label={t('column.name')} rules={rules('name')}>
        <Input maxLength={30} placeholder={t('form.namePlaceholder')} data-testid="advisor-name" />
      </Form.Item>
      <Form.Item name="occupation" label={t('column.occupation')} rules={rules('occupation')}>
        <Input maxLength={60} placeholder={t('form.occupationPlaceholder')} data-testid="advisor-occupation" />
      </Form.Item>
      <Form.Item name="workplace" label={t('column.workplace')} rules={rules('workplace')}>
        <Input maxLength={100} placeholder={t('form.workplacePlaceholder')} />
      </Form.Item>
      <Form.Item name="phone" label={t('column.phone')} extra={t('form.phoneHint')} rules={rules('phone')}>
        <Input maxLength={11} inputMode="numeric" data-testid="advisor-phone" />
      </Form.Item>
      <Form.Item name="appointedOn" label={t('column.appointedOn')} rules={[{ required: true, message: '请选择聘请日期' }]}>
        <DatePicker format={DATE} disabledDate={(current) => current.isAfter(dayjs(), 'day')} data-testid="advisor-appointed" />
      </Form.Item>
      <Form.Item name="active" label={t('form.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="note" label={t('column.note')} rules={rules('note')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="advisor-submit">
          {t(editing ? 'form.save' : 'list.new')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
