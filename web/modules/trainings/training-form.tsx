import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  trainingLevelLabels,
  trainingLevels,
  trainingOrganizerLevel,
  trainingSessionBody,
  trainingStageLabels,
  trainingStages,
  type TrainingLevelCode,
  type TrainingSessionBody,
  type TrainingStageCode,
  type TrainingView,
} from '../../../contracts/trainings.ts';
import { DivisionTreeSelect } from '../../components/division-tree-select.tsx';
import { zodRules } from '../../components/zod-rules.ts';
import { useText } from '../../platform/i18n.tsx';
import { useTrainingMessages } from './trainings.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(trainingSessionBody);

export type TrainingFormValues = {
  level?: TrainingLevelCode;
  stage?: TrainingStageCode;
  divisionCode?: string | null;
  topic?: string;
  hours?: number | null;
  heldOn?: Dayjs | null;
  place?: string | null;
  note?: string | null;
};

const blankOrTrimmed = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/** The form's values after its rules passed, in the contract's shape. */
export function toSessionBody(values: TrainingFormValues): TrainingSessionBody {
  return {
    level: values.level ?? 'county_org',
    stage: values.stage ?? 'pre_dispatch',
    divisionCode: values.divisionCode ?? '',
    topic: values.topic?.trim() ?? '',
    hours: values.hours ?? 0,
    heldOn: values.heldOn?.format(DATE) ?? '',
    place: blankOrTrimmed(values.place),
    note: blankOrTrimmed(values.note),
  };
}

export function formValuesOf(session: TrainingView): TrainingFormValues {
  return {
    level: session.level,
    stage: session.stage,
    divisionCode: session.divisionCode,
    topic: session.topic,
    hours: session.hours,
    heldOn: dayjs(session.heldOn),
    place: session.place,
    note: session.note,
  };
}

/** A new session starts where the account governs: a county's clerk records the county's, a township's its own. */
export function blankValues(scopeCode: string | null, today: Dayjs = dayjs()): TrainingFormValues {
  const base: TrainingFormValues = { stage: 'in_post', heldOn: today, hours: 2 };
  if (!scopeCode || scopeCode.slice(6) === '000000') {
    const county = scopeCode && scopeCode.slice(4, 6) !== '00' ? scopeCode : null;
    return { ...base, level: 'county_org', divisionCode: county };
  }
  if (scopeCode.slice(9) === '000') return { ...base, level: 'township', divisionCode: scopeCode };
  return { ...base, level: 'village', divisionCode: scopeCode };
}

type TrainingFormProps = {
  form: FormInstance<TrainingFormValues>;
  initialValues: TrainingFormValues;
  submitting: boolean;
  onSubmit: (values: TrainingFormValues) => void;
  onCancel: () => void;
};

export function TrainingForm({ form, initialValues, submitting, onSubmit, onCancel }: TrainingFormProps) {
  const t = useTrainingMessages();
  const text = useText();
  const level = Form.useWatch('level', form) ?? initialValues.level ?? 'county_org';
  return (
    <Form<TrainingFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} style={{ maxWidth: 720 }}>
      <Flex gap={16} wrap>
        <Form.Item name="level" label={t('form.level')} rules={rules('level')} style={{ minWidth: 200 }}>
          <Select
            options={trainingLevels.map((value) => ({ value, label: text(trainingLevelLabels[value]) }))}
            onChange={() => form.setFieldValue('divisionCode', null)}
          />
        </Form.Item>
        <Form.Item name="stage" label={t('form.stage')} rules={rules('stage')} style={{ minWidth: 160 }}>
          <Select options={trainingStages.map((value) => ({ value, label: text(trainingStageLabels[value]) }))} />
        </Form.Item>
      </Flex>
      <Form.Item name="divisionCode" label={t('form.division')} extra={t('form.divisionHint')} rules={rules('divisionCode', t('form.divisionRequired'))}>
        <DivisionTreeSelect key={level} level={trainingOrganizerLevel[level]} />
      </Form.Item>
      <Form.Item name="topic" label={t('form.topic')} rules={rules('topic')}>
        <Input maxLength={200} placeholder={t('form.topicPlaceholder')} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="hours" label={t('form.hours')} rules={rules('hours')}>
          <InputNumber min={0.5} max={500} step={0.5} precision={1} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('form.heldOn')} rules={[{ required: true, message: t('form.dateRequired') }]}>
          <DatePicker />
        </Form.Item>
      </Flex>
      <Form.Item name="place" label={t('form.place')} rules={rules('place')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="note" label={t('form.note')} rules={rules('note')}>
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
