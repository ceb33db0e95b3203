import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CooperativeList } from '../../../../contracts/industry.ts';
import type { ServiceRequestList } from '../../../../contracts/service-requests.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { api } from '../../../platform/api.ts';
import { useText } from '../../../platform/i18n.tsx';
import { industryApi, industryKey, type RecordPath } from '../industry.api.ts';
import { useIndustryMessages } from '../industry.messages.ts';
import { DATE, toBody, valuesOf, type FieldSpec, type FormValues } from './record-fields.ts';

type RecordFormProps = {
  path: RecordPath;
  schema: z.ZodObject<z.ZodRawShape>;
  fields: readonly FieldSpec[];
  /** Editing: the record's view; a new record starts from `defaults`. */
  record?: Record<string, unknown> & { id: string };
  defaults?: FormValues;
  onSaved: () => void;
  onCancel: () => void;
};

/** The members in post of the teams the account sees, for a record that names its cadre. */
function useRoster(enabled: boolean) {
  return useQuery({ queryKey: [industryKey, 'summary', 'roster'], queryFn: () => industryApi.summary({}), enabled, staleTime: 60_000 });
}

/** One form for every record kind: the fields come from the kind's spec, the rules from its contract. */
export function RecordForm({ path, schema, fields, record, defaults, onSaved, onCancel }: RecordFormProps) {
  const t = useIndustryMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const rules = zodRules(schema);
  const village = Form.useWatch('divisionCode', form) as string | undefined;
  const roster = useRoster(fields.some((f) => f.kind.type === 'cadre'));
  const save = useMutation({
    mutationFn: (values: FormValues) => (record ? industryApi.update(path, record.id, toBody(fields, values)) : industryApi.create(path, toBody(fields, values))),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [industryKey] });
      void message.success(t('form.saved'));
      onSaved();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  const known = (field: FieldSpec) => {
    const id = record?.[field.name];
    const label = field.knownLabel ? record?.[field.knownLabel] : undefined;
    return typeof id === 'string' && typeof label === 'string' ? { value: id, label } : null;
  };

  const control = (field: FieldSpec) => {
    const kind = field.kind;
    switch (kind.type) {
      case 'text':
        return <Input maxLength={kind.max} />;
      case 'textarea':
        return <Input.TextArea maxLength={kind.max} autoSize={{ minRows: 2, maxRows: 6 }} />;
      case 'count':
        return <InputNumber min={0} precision={0} style={{ width: '100%' }} />;
      case 'decimal':
        return <Input inputMode="decimal" maxLength={16} />;
      case 'date':
        return <DatePicker format={DATE} disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />;
      case 'village':
        return <DivisionTreeSelect level="village" placeholder={t('form.villagePlaceholder')} />;
      case 'select':
        return <Select options={kind.options.map((o) => ({ value: o.value, label: text(o.label) }))} />;
      case 'cadre': {
        const members = new Map<string, string>();
        for (const team of roster.data?.teams ?? []) for (const m of team.roster) if (!kind.partyOnly || m.partyMember) members.set(m.cadreId, `${m.name}（${team.teamName}）`);
        const chosen = known(field);
        if (chosen && !members.has(chosen.value)) members.set(chosen.value, chosen.label);
        return <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={roster.isPending} placeholder={t('form.cadrePlaceholder')} options={[...members].map(([value, label]) => ({ value, label }))} />;
      }
      case 'household':
        return (
          <RemoteSelect
            queryKey={[industryKey, 'households', village]}
            known={known(field)}
            placeholder={t('form.householdPlaceholder')}
            search={async (q) => (await industryApi.searchHouseholds(q, village)).items.map((h) => ({ value: h.id, label: `${h.householderName}（${h.villageName ?? ''}）` }))}
          />
        );
      case 'cooperative':
        return (
          <RemoteSelect
            queryKey={[industryKey, 'cooperatives', village]}
            known={known(field)}
            placeholder={t('form.cooperativePlaceholder')}
            search={async (q) => (await api.get<CooperativeList>(industryApi.listUrl('cooperatives'), { q, divisionCode: village, pageSize: 20 })).items.map((c) => ({ value: c.id, label: c.name }))}
          />
        );
      case 'serviceRequest':
        return (
          <RemoteSelect
            queryKey={[industryKey, 'service-requests', village]}
            known={known(field)}
            placeholder={t('form.requestPlaceholder')}
            search={async (q) =>
              (await api.get<ServiceRequestList>('/api/service-requests', { q, kind: 'cooperative_registration', divisionCode: village, pageSize: 20 })).items.map((r) => ({ value: r.id, label: r.title }))
            }
          />
        );
    }
  };

  const rulesOf = (field: FieldSpec) => {
    const kind = field.kind;
    if (kind.type === 'date') return kind.optional ? [] : [{ required: true, message: `请选择${field.label.zh}` }];
    const typed = kind.type === 'text' || kind.type === 'textarea' || kind.type === 'count' || kind.type === 'decimal';
    return rules(field.name, `${typed ? '请填写' : '请选择'}${field.label.zh}`);
  };

  const initialValues = record ? valuesOf(fields, record) : { ...defaults };
  return (
    <Form<FormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => save.mutate(values)} style={{ maxWidth: 640 }}>
      {fields.map((field) => (
        <Form.Item key={field.name} name={field.name} label={text(field.label)} extra={field.hint ? text(field.hint) : undefined} rules={rulesOf(field)}>
          {control(field)}
        </Form.Item>
      ))}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="industry-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
