import { Col, Form, Input, InputNumber, Radio, Row, Select, Switch, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { healthStates, labourAbilities, relations, schoolings } from '../../../../contracts/household-codes.ts';
import { idNumberMessages, memberBody, memberUpdateBody, validateIdNumber, type MemberView } from '../../../../contracts/households.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useHouseholdMessages } from '../households.messages.ts';

type NamePath = (string | number)[];

export type MemberFormValues = {
  name?: string;
  relation?: MemberView['relation'];
  idNumber?: string;
  gender?: 'male' | 'female';
  birthDate?: string | null;
  ethnicity?: string | null;
  health?: MemberView['health'];
  disabilityGrade?: number | null;
  labourAbility?: MemberView['labourAbility'];
  schooling?: MemberView['schooling'];
  inSchool?: boolean;
  workingAway?: boolean;
  workPlace?: string | null;
  medicalInsured?: boolean;
  pensionInsured?: boolean;
  phone?: string | null;
};

export const newMemberValues: MemberFormValues = { inSchool: false, workingAway: false, medicalInsured: true, pensionInsured: false, health: 'healthy', ethnicity: '汉族' };

const createRules = zodRules(memberBody);
const updateRules = zodRules(memberUpdateBody);
const blank = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * The member in the contract's shape; the birth date is read from the ID number by the server.
 * Editing, a blank phone is left out so the stored one stays.
 */
export function toMemberBody(values: MemberFormValues, editing = false) {
  return {
    name: values.name,
    relation: values.relation,
    idNumber: blank(values.idNumber),
    gender: values.gender,
    ethnicity: blank(values.ethnicity) ?? null,
    health: values.health,
    disabilityGrade: values.disabilityGrade ?? null,
    labourAbility: values.labourAbility,
    schooling: values.schooling,
    inSchool: values.inSchool ?? false,
    workingAway: values.workingAway ?? false,
    workPlace: values.workingAway ? (blank(values.workPlace) ?? null) : null,
    medicalInsured: values.medicalInsured ?? true,
    pensionInsured: values.pensionInsured ?? false,
    phone: blank(values.phone) ?? (editing ? undefined : null),
  };
}

export function memberValuesOf(member: MemberView): MemberFormValues {
  const { id: _id, age: _age, idNumber: _masked, phone: _phone, ...rest } = member;
  return rest;
}

type MemberFieldsProps = {
  form: FormInstance;
  /** Names relative to the enclosing Form.List item ([field.name]) or [] in a form of its own. */
  name: NamePath;
  /** The absolute path of the member in the form (['members', 2]) or []. */
  path: NamePath;
  /** Editing a stored member: a blank ID keeps the stored one, shown masked. */
  maskedIdNumber?: string;
  /** Editing a stored member with a phone: a blank phone keeps it. */
  maskedPhone?: string | null;
};

/**
 * One member's fields. The ID number is checked here with the same GB 11643 rules as on the server,
 * and the birth date and gender it encodes are filled in.
 */
export function MemberFields({ form, name, path, maskedIdNumber, maskedPhone }: MemberFieldsProps) {
  const t = useHouseholdMessages();
  const text = useText();
  const rules = maskedIdNumber ? updateRules : createRules;
  const at = (field: string): NamePath => [...name, field];
  const absolute = (field: string): NamePath => [...path, field];

  const genderRule: Rule = () => ({
    validator: async (_rule, value: string | undefined) => {
      const id = blank(form.getFieldValue(absolute('idNumber')) as string | undefined);
      const check = id ? validateIdNumber(id) : null;
      if (value && check?.ok && check.facts.gender !== value) throw new Error(idNumberMessages.gender);
    },
  });

  const onIdChange = (value: string) => {
    const check = validateIdNumber(value);
    if (check.ok) {
      form.setFieldValue(absolute('birthDate'), check.facts.birthDate);
      form.setFieldValue(absolute('gender'), check.facts.gender);
    }
  };

  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name={at('name')} label={t('field.name')} rules={rules('name')}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={at('relation')} label={t('field.relation')} rules={rules('relation')}>
          <Select options={relations.codes.map((c) => ({ value: c, label: text(relations.labels[c]) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={at('idNumber')}
          label={t('field.idNumber')}
          rules={rules('idNumber')}
          extra={maskedIdNumber ? t('field.idNumberKeep', { masked: maskedIdNumber }) : undefined}
        >
          <Input maxLength={18} autoComplete="off" placeholder={maskedIdNumber} style={{ fontFamily: 'monospace' }} onChange={(e) => onIdChange(e.target.value)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={at('gender')} label={t('field.gender')} rules={[...rules('gender'), genderRule]} dependencies={[absolute('idNumber')]}>
          <Radio.Group
            options={[
              { value: 'male', label: t('field.male') },
              { value: 'female', label: t('field.female') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={at('birthDate')} label={t('field.birthDate')} extra={t('field.birthDateHint')}>
          <Input disabled />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={at('ethnicity')} label={t('field.ethnicity')} rules={rules('ethnicity')}>
          <Input maxLength={20} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={at('health')} label={t('field.health')} rules={rules('health')}>
          <Select options={healthStates.codes.map((c) => ({ value: c, label: text(healthStates.labels[c]) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={at('disabilityGrade')} label={t('field.disabilityGrade')} rules={rules('disabilityGrade')}>
          <InputNumber min={1} max={4} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={at('labourAbility')} label={t('field.labourAbility')} rules={rules('labourAbility')}>
          <Select options={labourAbilities.codes.map((c) => ({ value: c, label: text(labourAbilities.labels[c]) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={at('schooling')} label={t('field.schooling')} rules={rules('schooling')}>
          <Select options={schoolings.codes.map((c) => ({ value: c, label: text(schoolings.labels[c]) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={at('phone')} label={t('field.phone')} rules={rules('phone')} extra={maskedPhone ? t('field.phoneKeep', { masked: maskedPhone }) : undefined}>
          <Input maxLength={11} inputMode="numeric" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={at('workPlace')} label={t('field.workPlace')} rules={rules('workPlace')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={at('inSchool')} label={t('field.inSchool')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={at('workingAway')} label={t('field.workingAway')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={at('medicalInsured')} label={t('field.medicalInsured')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={at('pensionInsured')} label={t('field.pensionInsured')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
    </Row>
  );
}
