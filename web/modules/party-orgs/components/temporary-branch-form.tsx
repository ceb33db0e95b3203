import { useState } from 'react';
import { Button, Flex, Form, Input, Select, type FormInstance } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { approvalLevels, type ApprovalLevel } from '../../../../contracts/party-codes.ts';
import { defaultApprovalLevelOf, temporaryBranchBody, type TemporaryBranchBody } from '../../../../contracts/temporary-branches.ts';
import { ApiError } from '../../../platform/api.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { temporaryBranchesApi, temporaryBranchesKey } from '../temporary-branches.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';
import { BranchMemberPicker } from './branch-member-picker.tsx';

export type TemporaryBranchFormValues = {
  name?: string;
  divisionCode?: string;
  approvalLevel?: ApprovalLevel;
  teamIds?: string[];
  members?: string[];
  note?: string | null;
};

const rules = zodRules(temporaryBranchBody);

export function toTemporaryBranchBody(values: TemporaryBranchFormValues): TemporaryBranchBody {
  return temporaryBranchBody.parse({
    name: values.name,
    divisionCode: values.divisionCode,
    ...(values.approvalLevel ? { approvalLevel: values.approvalLevel } : {}),
    teamIds: values.teamIds ?? [],
    members: (values.members ?? []).map((cadreId) => ({ cadreId })),
    note: values.note?.trim() ? values.note.trim() : null,
  });
}

/** The server names one member (`members.2.cadreId`) or a team (`teamIds.0`); the form shows it on the whole field. */
export function toFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields) return error;
  const fields = error.fields.map((f) => ({ ...f, path: f.path.replace(/^(members|teamIds)\..*$/, '$1') }));
  return new ApiError(error.status, error.code, error.message, fields);
}

function TeamsSelect(props: { id?: string; value?: string[]; onChange?: (value: string[]) => void; placeholder: string }) {
  const [q, setQ] = useState('');
  const found = useQuery({ queryKey: [temporaryBranchesKey, 'teams', q], queryFn: () => temporaryBranchesApi.teams(q), staleTime: 30_000 });
  return (
    <Select
      id={props.id}
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={props.value ?? []}
      onChange={props.onChange}
      loading={found.isPending}
      placeholder={props.placeholder}
      options={(found.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
    />
  );
}

type Props = {
  form: FormInstance<TemporaryBranchFormValues>;
  initialValues?: TemporaryBranchFormValues | undefined;
  submitting: boolean;
  onSubmit: (values: TemporaryBranchFormValues) => void;
  onCancel: () => void;
};

/** 申请成立: place, teams, and a roll of at least three formal members; the department follows the place. */
export function TemporaryBranchForm({ form, initialValues, submitting, onSubmit, onCancel }: Props) {
  const t = usePartyOrgMessages();
  const text = useText();
  const divisionCode = Form.useWatch('divisionCode', form);
  const teamIds = Form.useWatch('teamIds', form);
  const byDefault = divisionCode ? defaultApprovalLevelOf(divisionCode) : 'county';
  return (
    <Form<TemporaryBranchFormValues> form={form} layout="vertical" initialValues={{ teamIds: [], members: [], ...initialValues }} onFinish={onSubmit} style={{ maxWidth: 880 }}>
      <Form.Item name="name" label={t('tb.field.name')} rules={rules('name')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="divisionCode" label={t('tb.field.divisionCode')} rules={rules('divisionCode', t('tb.field.divisionRequired'))}>
        <DivisionTreeSelect />
      </Form.Item>
      <Form.Item name="approvalLevel" label={t('tb.field.approvalLevel')} extra={t('tb.field.approvalHint', { level: text(approvalLevels.labels[byDefault]) })}>
        <Select
          allowClear
          placeholder={text(approvalLevels.labels[byDefault])}
          options={approvalLevels.codes.map((code) => ({ value: code, label: text(approvalLevels.labels[code]) }))}
        />
      </Form.Item>
      <Form.Item name="teamIds" label={t('tb.field.teamIds')} rules={[{ required: true, type: 'array', min: 1, message: t('tb.field.teamsRequired') }]}>
        <TeamsSelect placeholder={t('tb.field.teamSearch')} />
      </Form.Item>
      <Form.Item name="members" label={t('tb.field.members')}>
        <BranchMemberPicker divisionCode={divisionCode} teamIds={teamIds} />
      </Form.Item>
      <Form.Item name="note" label={t('tb.field.note')} rules={rules('note')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('tb.form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
