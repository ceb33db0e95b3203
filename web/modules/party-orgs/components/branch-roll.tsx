import { useState } from 'react';
import { DatePicker, Form, Modal, Table, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { BranchMemberView } from '../../../../contracts/temporary-branches.ts';
import { partyRoleLabels } from '../../../../contracts/party-orgs.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { ApiError } from '../../../platform/api.ts';
import { useText } from '../../../platform/i18n.tsx';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';
import { PartyStatusTag } from './branch-tags.tsx';

type Props = {
  members: BranchMemberView[];
  mayKeep: boolean;
  onLeave: (membershipId: string, leftOn: string) => Promise<unknown>;
};

/** The roll with each member's formal relation beside him: his relation stays in his own unit [004]. */
export function BranchRoll({ members, mayKeep, onLeave }: Props) {
  const t = usePartyOrgMessages();
  const text = useText();
  const [leaving, setLeaving] = useState<BranchMemberView | null>(null);
  const [form] = Form.useForm<{ leftOn?: Dayjs }>();

  const confirm = async () => {
    const values = await form.validateFields();
    try {
      await onLeave(leaving!.membershipId, values.leftOn!.format('YYYY-MM-DD'));
      setLeaving(null);
    } catch (error) {
      // The three-member refusal names the roll (`members`); in this dialog it belongs under the date.
      const shown = error instanceof ApiError && error.fields ? new ApiError(error.status, error.code, error.message, error.fields.map((f) => ({ ...f, path: 'leftOn' }))) : error;
      if (!applyFieldErrors(form, shown)) throw error;
    }
  };

  const columns: TableColumnsType<BranchMemberView> = [
    { key: 'name', dataIndex: 'name', title: t('member.name') },
    { key: 'party', dataIndex: 'partyStatus', title: t('member.partyStatus'), render: (s: BranchMemberView['partyStatus']) => <PartyStatusTag status={s} /> },
    { key: 'role', dataIndex: 'role', title: t('member.role'), render: (role: BranchMemberView['role']) => text(partyRoleLabels[role]) },
    { key: 'formalOrg', title: t('tb.member.formalOrg'), render: (_: unknown, m) => m.formalOrg?.name ?? t('detail.none') },
    { key: 'joinedOn', dataIndex: 'joinedOn', title: t('member.joinedOn'), responsive: ['md'] },
    { key: 'leftOn', dataIndex: 'leftOn', title: t('member.leftOn'), responsive: ['md'], render: (day: string | null) => day ?? t('detail.none') },
    {
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, m) => (mayKeep && !m.leftOn ? <Typography.Link onClick={() => setLeaving(m)}>{t('tb.detail.leave')}</Typography.Link> : null),
    },
  ];

  return (
    <>
      <Table<BranchMemberView> rowKey="membershipId" size="small" dataSource={members} columns={columns} pagination={false} />
      <Modal open={!!leaving} title={leaving ? t('tb.detail.leaveTitle', { name: leaving.name }) : ''} onCancel={() => setLeaving(null)} onOk={() => void confirm()} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ leftOn: dayjs() }}>
          <Form.Item name="leftOn" label={t('tb.detail.leftOn')} rules={[{ required: true, message: t('tb.detail.leftOnRequired') }]}>
            <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
