import { App, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { materialIssueBody, materialKindLabels, materialKinds, teamLevelKinds, type MaterialIssueBody, type MaterialKindCode } from '../../../contracts/trainings.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { useErrorNotice } from '../../components/use-error-notice.ts';
import { zodRules } from '../../components/zod-rules.ts';
import { useText } from '../../platform/i18n.tsx';
import { trainingsApi, trainingsKey } from './trainings.api.ts';
import { useTrainingMessages } from './trainings.messages.ts';
import { TeamPicker } from './pickers.tsx';

const rules = zodRules(materialIssueBody);

export type IssueValues = { teamId?: string; kind?: MaterialKindCode; cadreId?: string | null; quantity?: number; issuedOn?: Dayjs; note?: string | null };

/** The form's values in the contract's shape: no member means the whole team. */
export function toIssueBody(values: IssueValues): MaterialIssueBody {
  const kind = values.kind ?? 'card';
  return {
    teamId: values.teamId ?? '',
    kind,
    cadreId: teamLevelKinds.includes(kind) ? null : (values.cadreId ?? null),
    quantity: values.quantity ?? 1,
    issuedOn: values.issuedOn?.format('YYYY-MM-DD') ?? '',
    note: values.note?.trim() ? values.note.trim() : null,
  };
}

type IssueModalProps = { open: boolean; onClose: () => void; team?: { id: string; name: string } };

/** Issues one kind of material to a team (chosen here, or the team whose page this is). */
export function IssueModal({ open, onClose, team }: IssueModalProps) {
  const t = useTrainingMessages();
  const text = useText();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [form] = Form.useForm<IssueValues>();
  const teamId = Form.useWatch('teamId', form) ?? team?.id;
  const kind = Form.useWatch('kind', form) ?? 'card';
  const members = useQuery({ queryKey: [trainingsKey, 'team-members', teamId], queryFn: () => trainingsApi.team(teamId!), enabled: open && Boolean(teamId) });
  const save = useMutation({
    mutationFn: (values: IssueValues) => trainingsApi.issue(toIssueBody(values)),
    onSuccess: async (result) => {
      await client.invalidateQueries({ queryKey: [trainingsKey] });
      void message.success(result.skipped > 0 ? t('materials.doneSkipped', result) : t('materials.done', result));
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const memberOptions = (members.data?.members ?? [])
    .filter((m) => m.leftOn === null)
    .map((m) => ({ value: m.cadreId, label: m.cadre?.name ?? m.cadreId }));
  const perTeam = teamLevelKinds.includes(kind);
  return (
    <Modal title={t('materials.issue')} open={open} onOk={() => form.submit()} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden>
      <Form<IssueValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ teamId: team?.id, kind: 'card', quantity: 1, issuedOn: dayjs() }}
        onFinish={(values) => save.mutate({ ...values, teamId: values.teamId ?? team?.id })}
      >
        {team ? (
          team.name ? <Typography.Paragraph strong>{team.name}</Typography.Paragraph> : null
        ) : (
          <Form.Item name="teamId" label={t('materials.team')} rules={[{ required: true, message: t('materials.teamRequired') }]}>
            <TeamPicker placeholder={t('materials.teamSearch')} />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('materials.kindLabel')} rules={rules('kind')} extra={perTeam ? t('materials.plateHint') : undefined}>
          <Select options={materialKinds.map((value) => ({ value, label: text(materialKindLabels[value]) }))} onChange={() => form.setFieldValue('cadreId', null)} />
        </Form.Item>
        {perTeam ? null : (
          <Form.Item name="cadreId" label={t('materials.member')} extra={t('materials.memberHint')}>
            <Select allowClear placeholder={t('materials.allMembers')} options={memberOptions} loading={members.isFetching} />
          </Form.Item>
        )}
        <Form.Item name="quantity" label={t('materials.quantity')} rules={rules('quantity')}>
          <InputNumber min={1} max={100} precision={0} />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('materials.issuedOn')} rules={[{ required: true, message: t('form.dateRequired') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label={t('materials.note')} rules={rules('note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
