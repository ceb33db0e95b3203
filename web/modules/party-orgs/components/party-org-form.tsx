import { Button, DatePicker, Flex, Form, Input, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { partyOrgBody, partyOrgKindLabels, partyOrgKinds, type PartyOrgBody, type PartyOrgDetail } from '../../../../contracts/party-orgs.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { partyOrgsApi, partyOrgsKey } from '../party-orgs.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';

export type PartyOrgFormValues = {
  name?: string;
  kind?: PartyOrgBody['kind'];
  parentId?: string | null;
  divisionCode?: string;
  unitId?: string | null;
  establishedOn?: Dayjs | null;
  note?: string | null;
};

const rules = zodRules(partyOrgBody);

export function formValuesOf(org: PartyOrgDetail): PartyOrgFormValues {
  return {
    name: org.name,
    kind: org.kind,
    parentId: org.parentId,
    divisionCode: org.divisionCode,
    unitId: org.unitId,
    establishedOn: org.establishedOn ? dayjs(org.establishedOn) : null,
    note: org.note,
  };
}

/** The form's values in the contract's shape; the team link is kept as it was (set by the teams pages). */
export function toPartyOrgBody(values: PartyOrgFormValues, existing?: PartyOrgDetail): PartyOrgBody {
  return partyOrgBody.parse({
    name: values.name,
    kind: values.kind,
    parentId: values.parentId ?? null,
    divisionCode: values.divisionCode,
    unitId: values.unitId ?? null,
    teamId: existing?.teamId ?? null,
    establishedOn: values.establishedOn ? values.establishedOn.format('YYYY-MM-DD') : null,
    note: values.note?.trim() ? values.note.trim() : null,
  });
}

type PartyOrgFormProps = {
  form: FormInstance<PartyOrgFormValues>;
  existing?: PartyOrgDetail;
  submitting: boolean;
  onSubmit: (values: PartyOrgFormValues) => void;
  onCancel: () => void;
};

async function searchParents(q: string, self?: string) {
  // Only committees and general branches have organizations under them.
  const [committees, generals] = await Promise.all([
    partyOrgsApi.list({ q, kind: 'committee', pageSize: 20 }),
    partyOrgsApi.list({ q, kind: 'general_branch', pageSize: 20 }),
  ]);
  return [...committees.items, ...generals.items]
    .filter((o) => o.id !== self)
    .map((o) => ({ value: o.id, label: o.divisionName ? `${o.name} · ${o.divisionName}` : o.name }));
}

export function PartyOrgForm({ form, existing, submitting, onSubmit, onCancel }: PartyOrgFormProps) {
  const t = usePartyOrgMessages();
  const text = useText();
  return (
    <Form<PartyOrgFormValues>
      form={form}
      layout="vertical"
      initialValues={existing ? formValuesOf(existing) : { kind: 'branch' }}
      onFinish={onSubmit}
      style={{ maxWidth: 560 }}
    >
      <Form.Item name="name" label={t('field.name')} rules={rules('name')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('field.kind')} rules={rules('kind')}>
        <Select
          options={partyOrgKinds
            // A temporary branch is asked for on its own page and approved; only an existing one keeps its kind here.
            .filter((kind) => kind !== 'temporary_branch' || existing?.kind === 'temporary_branch')
            .map((kind) => ({ value: kind, label: text(partyOrgKindLabels[kind]) }))}
        />
      </Form.Item>
      <Form.Item name="parentId" label={t('field.parentId')} extra={t('field.parentHint')}>
        <RemoteSelect
          queryKey={[partyOrgsKey, 'parents', existing?.id]}
          search={(q) => searchParents(q, existing?.id)}
          known={existing?.parentId ? { value: existing.parentId, label: existing.parentName ?? existing.parentId } : null}
          placeholder={t('field.search')}
        />
      </Form.Item>
      <Form.Item name="divisionCode" label={t('field.divisionCode')} rules={rules('divisionCode', t('field.divisionCodeRequired'))}>
        <DivisionTreeSelect />
      </Form.Item>
      <Form.Item name="unitId" label={t('field.unitId')}>
        <RemoteSelect
          queryKey={[partyOrgsKey, 'units']}
          search={async (q) => (await partyOrgsApi.units(q)).items.map((u) => ({ value: u.id, label: u.divisionName ? `${u.name} · ${u.divisionName}` : u.name }))}
          known={existing?.unitId ? { value: existing.unitId, label: existing.unitName ?? existing.unitId } : null}
          placeholder={t('field.search')}
        />
      </Form.Item>
      <Form.Item name="establishedOn" label={t('field.establishedOn')}>
        <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
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
