import { Button, Col, Flex, Form, Input, Radio, Row, Select, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import {
  cadreCreateBody,
  cadreUpdateBody,
  educationLabels,
  educations,
  ethnicities,
  genderLabels,
  genders,
  idNumberMessages,
  partyStatusLabels,
  partyStatuses,
  rankLabels,
  ranks,
  specialities,
  specialityLabels,
  validateIdNumber,
  type CadreCreateBody,
  type CadreUpdateBody,
  type CadreView,
} from '../../../../contracts/cadres.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { useCadreMessages } from '../cadres.messages.ts';
import { UnitSelect } from './unit-select.tsx';

export type CadreFormValues = {
  name?: string;
  idNumber?: string;
  gender?: CadreCreateBody['gender'];
  birthDate?: string | null;
  ethnicity?: string;
  partyStatus?: CadreCreateBody['partyStatus'];
  education?: CadreCreateBody['education'];
  unitId?: string;
  position?: string | null;
  rank?: CadreCreateBody['rank'];
  specialities?: CadreCreateBody['specialities'];
  phone?: string | null;
};

const createRules = zodRules(cadreCreateBody);
const updateRules = zodRules(cadreUpdateBody);

const blank = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/** The form's values after its rules passed, in the contract's shape; on edit a blank ID or phone means "keep". */
export function toCadreBody(values: CadreFormValues, editing: boolean): CadreCreateBody | CadreUpdateBody {
  const common = {
    name: values.name,
    gender: values.gender,
    birthDate: values.birthDate ?? null,
    ethnicity: values.ethnicity,
    partyStatus: values.partyStatus,
    education: values.education ?? null,
    unitId: values.unitId,
    position: blank(values.position) ?? null,
    rank: values.rank ?? null,
    specialities: values.specialities ?? [],
  };
  if (editing) return cadreUpdateBody.parse({ ...common, idNumber: blank(values.idNumber), phone: blank(values.phone) });
  return cadreCreateBody.parse({ ...common, idNumber: blank(values.idNumber), phone: blank(values.phone) ?? null });
}

export function initialValuesOf(cadre: CadreView): CadreFormValues {
  return {
    name: cadre.name,
    gender: cadre.gender,
    birthDate: cadre.birthDate,
    ethnicity: cadre.ethnicity,
    partyStatus: cadre.partyStatus,
    education: cadre.education,
    unitId: cadre.unitId,
    position: cadre.position,
    rank: cadre.rank,
    specialities: cadre.specialities,
  };
}

type CadreFormProps = {
  form: FormInstance<CadreFormValues>;
  existing?: CadreView;
  submitting: boolean;
  onSubmit: (body: CadreCreateBody | CadreUpdateBody) => void;
  onCancel: () => void;
};

export function CadreForm({ form, existing, submitting, onSubmit, onCancel }: CadreFormProps) {
  const t = useCadreMessages();
  const text = useText();
  const { can } = useSession();
  const editing = Boolean(existing);
  const rules = editing ? updateRules : createRules;

  // GB 11643: the ID fixes gender (17th digit) and birth date; a gender chosen against it is refused here and on the server.
  const genderRule: Rule = ({ getFieldValue }) => ({
    validator: async (_rule, value: string | undefined) => {
      const id = blank(getFieldValue('idNumber') as string | undefined);
      const check = id ? validateIdNumber(id) : null;
      if (value && check?.ok && check.facts.gender !== value) throw new Error(idNumberMessages.gender);
    },
  });

  return (
    <Form<CadreFormValues>
      form={form}
      layout="vertical"
      initialValues={existing ? initialValuesOf(existing) : { specialities: [], ethnicity: '汉族' }}
      onFinish={(values) => onSubmit(toCadreBody(values, editing))}
      onValuesChange={(changed: CadreFormValues) => {
        if (changed.idNumber === undefined) return;
        const check = validateIdNumber(changed.idNumber);
        if (check.ok) form.setFieldsValue({ birthDate: check.facts.birthDate, gender: check.facts.gender });
        else if (!editing) form.setFieldsValue({ birthDate: null });
      }}
      style={{ maxWidth: 760 }}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('field.name')} rules={rules('name')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="idNumber"
            label={t('field.idNumber')}
            rules={rules('idNumber')}
            extra={existing ? t('field.idNumberKeep', { masked: existing.idNumber }) : undefined}
          >
            <Input maxLength={18} autoComplete="off" placeholder={existing?.idNumber} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="gender" label={t('field.gender')} rules={[...rules('gender'), genderRule]} dependencies={['idNumber']}>
            <Radio.Group options={genders.map((g) => ({ value: g, label: text(genderLabels[g]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="birthDate" label={t('field.birthDate')} extra={t('field.birthDateHint')}>
            <Input disabled />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="ethnicity" label={t('field.ethnicity')} rules={rules('ethnicity')}>
            <Select showSearch options={ethnicities.map((e) => ({ value: e, label: e }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="partyStatus" label={t('field.partyStatus')} rules={rules('partyStatus')}>
            <Select options={partyStatuses.map((p) => ({ value: p, label: text(partyStatusLabels[p]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="unitId" label={t('field.unit')} rules={rules('unitId', t('field.unitRequired'))}>
            <UnitSelect
              mode={can('units.pick') ? 'pick' : 'scope'}
              known={existing ? { value: existing.unitId, label: existing.unitName ?? existing.unitId } : null}
              placeholder={t('field.unitSearch')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="position" label={t('field.position')} rules={rules('position')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="rank" label={t('field.rank')} rules={rules('rank')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={ranks.map((r) => ({ value: r, label: text(rankLabels[r]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="education" label={t('field.education')} rules={rules('education')}>
            <Select allowClear options={educations.map((e) => ({ value: e, label: text(educationLabels[e]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="specialities" label={t('field.specialities')} rules={rules('specialities')}>
            <Select mode="multiple" allowClear options={specialities.map((s) => ({ value: s, label: text(specialityLabels[s]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="phone"
            label={t('field.phone')}
            rules={rules('phone')}
            extra={existing?.phone ? t('field.phoneKeep', { masked: existing.phone }) : undefined}
          >
            <Input maxLength={11} autoComplete="off" inputMode="numeric" placeholder={existing?.phone ?? undefined} />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
