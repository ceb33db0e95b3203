import { Button, DatePicker, Flex, Form, Input, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { serviceRequestBody, serviceRequestKinds, type ServiceRequestBody, type ServiceRequestKind } from '../../../contracts/service-requests.ts';
import { DivisionTreeSelect } from '../../components/division-tree-select.tsx';
import { zodRules } from '../../components/zod-rules.ts';
import { useText } from '../../platform/i18n.tsx';
import { useServiceRequestMessages } from './service-requests.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(serviceRequestBody);

export type ServiceRequestFormValues = {
  divisionCode?: string | null;
  kind?: ServiceRequestKind;
  title?: string;
  detail?: string;
  dueOn?: Dayjs | null;
};

/** A leader whose scope is one village asks for it; a wider one names the village. */
export function needsVillage(scopeCode: string | null): boolean {
  return !scopeCode || /0{3}$/.test(scopeCode);
}

/** The form's values in the contract's shape; empty optional fields are left out. */
export function toServiceRequestBody(values: ServiceRequestFormValues): ServiceRequestBody {
  return {
    kind: values.kind ?? 'other',
    title: values.title?.trim() ?? '',
    detail: values.detail?.trim() ?? '',
    ...(values.dueOn ? { dueOn: values.dueOn.format(DATE) } : {}),
    ...(values.divisionCode ? { divisionCode: values.divisionCode } : {}),
  };
}

type Props = {
  form: FormInstance<ServiceRequestFormValues>;
  pickVillage: boolean;
  submitting: boolean;
  onSubmit: (values: ServiceRequestFormValues) => void;
  onCancel: () => void;
};

export function ServiceRequestForm({ form, pickVillage, submitting, onSubmit, onCancel }: Props) {
  const t = useServiceRequestMessages();
  const text = useText();
  return (
    <Form<ServiceRequestFormValues> form={form} layout="vertical" initialValues={{ kind: 'project_application' }} onFinish={onSubmit} style={{ maxWidth: 640 }}>
      {pickVillage ? (
        <Form.Item name="divisionCode" label={t('form.village')} rules={[{ required: true, message: '请选择申请代办的村' }]}>
          <DivisionTreeSelect level="village" placeholder={t('form.villagePlaceholder')} />
        </Form.Item>
      ) : null}
      <Form.Item name="kind" label={t('form.kind')} rules={rules('kind', '请选择代办事项类型')}>
        <Select
          options={serviceRequestKinds.codes.map((kind) => ({ value: kind, label: text(serviceRequestKinds.labels[kind]) }))}
          data-testid="service-request-kind"
        />
      </Form.Item>
      <Form.Item name="title" label={t('form.titleField')} rules={rules('title')}>
        <Input maxLength={100} placeholder={t('form.titlePlaceholder')} data-testid="service-request-title" />
      </Form.Item>
      <Form.Item name="detail" label={t('form.detail')} rules={rules('detail')}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('form.detailPlaceholder')} data-testid="service-request-detail" />
      </Form.Item>
      <Form.Item name="dueOn" label={t('form.dueOn')} extra={t('form.dueOnHint')}>
        <DatePicker format={DATE} disabledDate={(current) => current.isBefore(dayjs(), 'day')} data-testid="service-request-due" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="service-request-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
