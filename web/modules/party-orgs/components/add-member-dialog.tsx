import { App, DatePicker, Form, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  membershipKindLabels,
  membershipKinds,
  partyRoleLabels,
  partyRoles,
  type MembershipBody,
  type PartyOrgDetail,
} from '../../../../contracts/party-orgs.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { partyOrgsApi, partyOrgsKey } from '../party-orgs.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';

type Values = { cadreId?: string; kind?: MembershipBody['kind']; role?: MembershipBody['role']; joinedOn?: Dayjs | null };

/** Adds a party member found by name; a temporary branch takes temporary members only [004]. */
export function AddMemberDialog({ org, open, onClose }: { org: PartyOrgDetail; open: boolean; onClose: () => void }) {
  const t = usePartyOrgMessages();
  const text = useText();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<Values>();
  const temporaryBranch = org.kind === 'temporary_branch';
  const add = useMutation({
    mutationFn: (values: Values) =>
      partyOrgsApi.addMember(org.id, {
        cadreId: values.cadreId!,
        kind: values.kind,
        role: values.role ?? 'member',
        joinedOn: values.joinedOn ? values.joinedOn.format('YYYY-MM-DD') : null,
      }),
    onSuccess: async (member) => {
      await client.invalidateQueries({ queryKey: [partyOrgsKey] });
      void message.success(t('member.added', { name: member.cadre?.name ?? '' }));
      form.resetFields();
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  return (
    <Modal
      open={open}
      title={t('detail.addMember')}
      okText={t('form.submit')}
      cancelText={t('form.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: temporaryBranch ? 'temporary' : 'formal', role: 'member', joinedOn: dayjs() }}
        onFinish={(values) => add.mutate(values)}
      >
        <Form.Item name="cadreId" label={t('member.cadre')} rules={[{ required: true, message: t('member.cadreRequired') }]}>
          <RemoteSelect
            queryKey={[partyOrgsKey, 'candidates', org.id]}
            search={async (q) => (await partyOrgsApi.candidates(org.id, q)).items.map((c) => ({ value: c.id, label: `${c.name} · ${c.idNumber}` }))}
            placeholder={t('member.search')}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('member.kind')}>
          <Radio.Group
            optionType="button"
            options={membershipKinds.map((kind) => ({ value: kind, label: text(membershipKindLabels[kind]), disabled: temporaryBranch && kind === 'formal' }))}
          />
        </Form.Item>
        <Form.Item name="role" label={t('member.role')}>
          <Select options={partyRoles.map((role) => ({ value: role, label: text(partyRoleLabels[role]) }))} />
        </Form.Item>
        <Form.Item name="joinedOn" label={t('member.joinedOn')}>
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
