import { Button, Card, Col, Divider, Flex, Form, Input, Row, Select, Switch, Typography, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { householdAttributes, housingGrades, povertyCauses } from '../../../../contracts/household-codes.ts';
import { householdCreateBody, householdMessages, householdUpdateBody, type HouseholdView } from '../../../../contracts/households.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useHouseholdMessages } from '../households.messages.ts';
import { MemberFields, newMemberValues, toMemberBody, type MemberFormValues } from './member-fields.tsx';

export type HouseholdFormValues = {
  divisionCode?: string | null;
  code?: string;
  address?: string | null;
  group?: string | null;
  attribute?: HouseholdView['attribute'];
  mainCause?: HouseholdView['mainCause'];
  secondaryCauses?: HouseholdView['secondaryCauses'];
  housingGrade?: HouseholdView['housingGrade'];
  relocated?: boolean;
  relocationSite?: string | null;
  phone?: string | null;
  note?: string | null;
  members?: MemberFormValues[];
};

const createRules = zodRules(householdCreateBody);

const householderRule = {
  validator: async (_rule: unknown, members: MemberFormValues[] | undefined) => {
    if ((members ?? []).filter((m) => m?.relation === 'householder').length !== 1) throw new Error(householdMessages.oneHouseholder);
  },
};
const updateRules = zodRules(householdUpdateBody);
const blank = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/** The household's own fields; editing, a blank phone is left out so the stored one stays. */
export function toHouseholdFields(values: HouseholdFormValues, editing = false) {
  return {
    code: blank(values.code),
    address: blank(values.address) ?? null,
    group: blank(values.group) ?? null,
    attribute: values.attribute,
    mainCause: values.mainCause ?? null,
    secondaryCauses: values.secondaryCauses ?? [],
    housingGrade: values.housingGrade ?? null,
    relocated: values.relocated ?? false,
    relocationSite: values.relocated ? (blank(values.relocationSite) ?? null) : null,
    phone: blank(values.phone) ?? (editing ? undefined : null),
    note: blank(values.note) ?? null,
  };
}

export function toHouseholdCreateBody(values: HouseholdFormValues) {
  return { ...toHouseholdFields(values), divisionCode: values.divisionCode ?? undefined, members: (values.members ?? []).map((m) => toMemberBody(m)) };
}

export function householdValuesOf(household: HouseholdView): HouseholdFormValues {
  return {
    code: household.code,
    address: household.address,
    group: household.group,
    attribute: household.attribute,
    mainCause: household.mainCause,
    secondaryCauses: household.secondaryCauses,
    housingGrade: household.housingGrade,
    relocated: household.relocated,
    relocationSite: household.relocationSite,
    note: household.note,
  };
}

type HouseholdFormProps = {
  form: FormInstance<HouseholdFormValues>;
  existing?: HouseholdView;
  /** The village preselected for a team whose region is one village. */
  defaultDivisionCode?: string | null;
  submitting: boolean;
  onSubmit: (values: HouseholdFormValues) => void;
  onCancel: () => void;
};

/** Registration with the members (new household), or the household's own fields (edit). */
export function HouseholdForm({ form, existing, defaultDivisionCode, submitting, onSubmit, onCancel }: HouseholdFormProps) {
  const t = useHouseholdMessages();
  const text = useText();
  const rules = existing ? updateRules : createRules;
  const relocated = Form.useWatch('relocated', form);
  const codeOptions = <K extends string>(list: { codes: readonly K[]; labels: Record<K, { zh: string; en: string }> }) =>
    list.codes.map((c) => ({ value: c, label: text(list.labels[c]) }));

  const initialValues: HouseholdFormValues = existing
    ? householdValuesOf(existing)
    : {
        divisionCode: defaultDivisionCode ?? null,
        attribute: 'general',
        secondaryCauses: [],
        relocated: false,
        members: [{ ...newMemberValues, relation: 'householder' }],
      };

  return (
    <Form<HouseholdFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} scrollToFirstError>
      <Typography.Title level={5}>{t('form.household')}</Typography.Title>
      <Row gutter={16}>
        {existing ? null : (
          <Col xs={24} md={8}>
            <Form.Item name="divisionCode" label={t('field.divisionCode')} rules={[{ required: true, message: t('form.divisionRequired') }]}>
              <DivisionTreeSelect level="village" placeholder={t('form.divisionRequired')} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Form.Item name="code" label={t('field.code')} rules={rules('code')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="group" label={t('field.group')} rules={rules('group')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="attribute" label={t('field.attribute')} rules={rules('attribute')}>
            <Select options={codeOptions(householdAttributes)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="mainCause" label={t('field.mainCause')} rules={rules('mainCause')}>
            <Select allowClear options={codeOptions(povertyCauses)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="secondaryCauses" label={t('field.secondaryCauses')} rules={rules('secondaryCauses')}>
            <Select mode="multiple" allowClear options={codeOptions(povertyCauses)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="housingGrade" label={t('field.housingGrade')} rules={rules('housingGrade')}>
            <Select allowClear options={codeOptions(housingGrades)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="address" label={t('field.address')} rules={rules('address')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="phone" label={t('field.phone')} rules={rules('phone')} extra={existing?.phone ? t('field.phoneKeep', { masked: existing.phone }) : undefined}>
            <Input maxLength={11} inputMode="numeric" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="relocated" label={t('field.relocated')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        {relocated ? (
          <Col xs={12} md={8}>
            <Form.Item name="relocationSite" label={t('field.relocationSite')} rules={rules('relocationSite')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24}>
          <Form.Item name="note" label={t('field.note')} rules={rules('note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      {existing ? null : (
        <>
          <Divider />
          <Typography.Title level={5}>{t('form.members')}</Typography.Title>
          <Form.List name="members" rules={[householderRule]}>
            {(fields, { add, remove }, { errors }) => (
              <Flex vertical gap={12}>
                {fields.map((field, index) => (
                  <Card
                    key={field.key}
                    size="small"
                    title={t('form.memberNo', { n: index + 1 })}
                    extra={
                      fields.length > 1 ? (
                        <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                          {t('form.removeMember')}
                        </Button>
                      ) : null
                    }
                  >
                    <MemberFields form={form} name={[field.name]} path={['members', field.name]} />
                  </Card>
                ))}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...newMemberValues })}>
                  {t('form.addMember')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </>
      )}
      <Flex gap={8} style={{ marginTop: 24 }}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('action.save')}
        </Button>
        <Button onClick={onCancel}>{t('action.cancel')}</Button>
      </Flex>
    </Form>
  );
}
