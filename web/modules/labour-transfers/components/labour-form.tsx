import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import {
  labourChannelLabels,
  labourChannels,
  labourFieldsSchema,
  type LabourChannel,
  type LabourCreateBody,
  type LabourPerson,
  type LabourView,
} from '../../../../contracts/labour-transfers.ts';
import { relations } from '../../../../contracts/household-codes.ts';
import { RemoteSelect, type RemoteOption } from '../../../components/remote-select.tsx';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { labourApi, labourKey } from '../labour-transfers.api.ts';
import { useLabourMessages } from '../labour-transfers.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(labourFieldsSchema);

export type LabourFormValues = {
  householdId?: string;
  personId?: string;
  destination?: string;
  employer?: string;
  job?: string;
  organized?: LabourChannel;
  startedOn?: Dayjs | null;
  endedOn?: Dayjs | null;
  monthlyIncome?: number | null;
};

/** The form's values in the contract's shape; the household only leads to the person and is not sent. */
export function toLabourBody(values: LabourFormValues): LabourCreateBody {
  const job = values.job?.trim();
  return {
    personId: values.personId ?? '',
    destination: values.destination?.trim() ?? '',
    employer: values.employer?.trim() ?? '',
    ...(job ? { job } : {}),
    organized: values.organized ?? 'self',
    startedOn: values.startedOn?.format(DATE) ?? '',
    ...(values.endedOn ? { endedOn: values.endedOn.format(DATE) } : {}),
    monthlyIncome: values.monthlyIncome ?? Number.NaN,
  };
}

export function labourFormValuesOf(record: LabourView): LabourFormValues {
  return {
    householdId: record.householdId,
    personId: record.personId,
    destination: record.destination,
    employer: record.employer,
    job: record.job ?? undefined,
    organized: record.organized,
    startedOn: dayjs(record.startedOn),
    endedOn: record.endedOn ? dayjs(record.endedOn) : null,
    monthlyIncome: record.monthlyIncome,
  };
}

/** 杨小军（子女，5303**********1234）: enough to tell two members of one family apart. */
export function personLabel(person: LabourPerson, text: (label: { zh: string; en: string }) => string): string {
  return `${person.name}（${text(relations.labels[person.relation])}，${person.idNumberMasked}）`;
}

export async function searchHouseholds(q: string): Promise<RemoteOption[]> {
  const { items } = await labourApi.searchHouseholds(q);
  return items.map((h) => ({ value: h.id, label: `${h.householderName}（${h.villageName ?? h.code}）` }));
}

type LabourFormProps = {
  form: FormInstance<LabourFormValues>;
  initialValues: LabourFormValues;
  knownHousehold: RemoteOption | null;
  /** The person of the record being edited, shown as chosen. */
  knownPerson: RemoteOption | null;
  /** Editing keeps the person; only where, for whom and for how much change. */
  editing: boolean;
  submitting: boolean;
  onSubmit: (values: LabourFormValues) => void;
  onCancel: () => void;
};

export function LabourForm({ form, initialValues, knownHousehold, knownPerson, editing, submitting, onSubmit, onCancel }: LabourFormProps) {
  const t = useLabourMessages();
  const text = useText();
  const householdId = Form.useWatch('householdId', form);
  const persons = useQuery({ queryKey: [labourKey, 'persons', householdId], queryFn: () => labourApi.persons(householdId!), enabled: Boolean(householdId) && !editing });
  const personOptions = (persons.data?.items ?? []).map((p) => ({ value: p.id, label: personLabel(p, text) }));
  return (
    <Form<LabourFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} style={{ maxWidth: 640 }}>
      <Form.Item name="householdId" label={t('form.household')} rules={editing ? [] : [{ required: true, message: '请选择农户' }]}>
        <RemoteSelect
          queryKey={['labour', 'households']}
          search={searchHouseholds}
          known={knownHousehold}
          placeholder={t('form.householdPlaceholder')}
          disabled={editing}
          onChange={(value) => form.setFieldsValue({ householdId: value, personId: undefined })}
        />
      </Form.Item>
      <Form.Item name="personId" label={t('form.person')} rules={editing ? [] : rules('personId', '请选择外出务工人员')}>
        <Select
          options={editing ? (knownPerson ? [knownPerson] : []) : personOptions}
          placeholder={t('form.personPlaceholder')}
          disabled={editing || !householdId}
          loading={persons.isFetching}
          data-testid="labour-person"
        />
      </Form.Item>
      <Form.Item name="destination" label={t('form.destination')} extra={t('form.destinationHint')} rules={rules('destination')}>
        <Input maxLength={100} data-testid="labour-destination" />
      </Form.Item>
      <Form.Item name="employer" label={t('form.employer')} rules={rules('employer')}>
        <Input maxLength={100} data-testid="labour-employer" />
      </Form.Item>
      <Form.Item name="job" label={t('form.job')} rules={rules('job')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="organized" label={t('form.channel')} rules={rules('organized', '请选择输出方式')}>
        <Select options={labourChannels.map((c) => ({ value: c, label: text(labourChannelLabels[c]) }))} data-testid="labour-channel" />
      </Form.Item>
      <Form.Item name="startedOn" label={t('form.startedOn')} rules={[{ required: true, message: '请选择外出日期' }]}>
        <DatePicker format={DATE} disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="endedOn"
        label={t('form.endedOn')}
        dependencies={['startedOn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: Dayjs | null | undefined) => {
              const started = getFieldValue('startedOn') as Dayjs | null | undefined;
              if (value && started && value.isBefore(started, 'day')) throw new Error('返乡日期不能早于外出日期');
            },
          }),
        ]}
      >
        <DatePicker format={DATE} disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="monthlyIncome" label={t('form.income')} rules={rules('monthlyIncome')}>
        <InputNumber min={0} step={100} precision={2} style={{ width: '100%' }} data-testid="labour-income" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="labour-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
