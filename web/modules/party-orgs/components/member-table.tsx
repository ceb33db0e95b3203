import { useState } from 'react';
import { App, DatePicker, Form, Modal, Select, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { membershipKindLabels, partyRoleLabels, partyRoles, type MembershipView, type PartyOrgDetail, type PartyRoleCode } from '../../../../contracts/party-orgs.ts';
import { partyStatusLabels } from '../../../../contracts/cadres.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { partyOrgsApi, partyOrgsKey } from '../party-orgs.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';

/** The roll of one organization: office-holders first; the keeper changes posts and records leaving. */
export function MemberTable({ org }: { org: PartyOrgDetail }) {
  const t = usePartyOrgMessages();
  const text = useText();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [showEnded, setShowEnded] = useState(false);
  const [ending, setEnding] = useState<MembershipView | null>(null);
  const [form] = Form.useForm<{ leftOn: Dayjs }>();
  const manage = org.abilities.manageMembers;

  const change = useMutation({
    mutationFn: (input: { member: MembershipView; role?: PartyRoleCode; leftOn?: string }) =>
      partyOrgsApi.changeMember(org.id, input.member.id, { role: input.role, leftOn: input.leftOn }),
    onSuccess: async (_view, input) => {
      await client.invalidateQueries({ queryKey: [partyOrgsKey] });
      void message.success(t(input.leftOn ? 'member.ended' : 'member.roleChanged'));
      if (input.leftOn) {
        setEnding(null);
        form.resetFields();
      }
    },
    onError: (error) => {
      if (!(ending && applyFieldErrors(form, error))) notify(error);
    },
  });

  const rows = org.members.filter((m) => showEnded || !m.leftOn);
  const columns: TableColumnsType<MembershipView> = [
    {
      key: 'name',
      title: t('member.name'),
      render: (_: unknown, m) => <Link to={`/party-orgs/relations/${m.cadreId}`}>{m.cadre?.name ?? m.cadreId}</Link>,
    },
    { key: 'idNumber', title: t('member.idNumber'), responsive: ['lg'], render: (_: unknown, m) => m.cadre?.idNumber ?? '' },
    {
      key: 'partyStatus',
      title: t('member.partyStatus'),
      responsive: ['md'],
      render: (_: unknown, m) => (m.cadre ? text(partyStatusLabels[m.cadre.partyStatus]) : ''),
    },
    { key: 'kind', dataIndex: 'kind', title: t('member.kind'), render: (kind: MembershipView['kind']) => <Tag>{text(membershipKindLabels[kind])}</Tag> },
    {
      key: 'role',
      dataIndex: 'role',
      title: t('member.role'),
      render: (role: PartyRoleCode, m) =>
        manage && !m.leftOn ? (
          <Select<PartyRoleCode>
            size="small"
            value={role}
            aria-label={t('member.role')}
            onChange={(next) => change.mutate({ member: m, role: next })}
            options={partyRoles.map((r) => ({ value: r, label: text(partyRoleLabels[r]) }))}
            style={{ width: 120 }}
          />
        ) : (
          text(partyRoleLabels[role])
        ),
    },
    { key: 'joinedOn', dataIndex: 'joinedOn', title: t('member.joinedOn'), responsive: ['md'] },
    { key: 'leftOn', dataIndex: 'leftOn', title: t('member.leftOn'), responsive: ['md'] },
    {
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, m) => (manage && !m.leftOn ? <Typography.Link onClick={() => setEnding(m)}>{t('member.end')}</Typography.Link> : null),
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Switch size="small" checked={showEnded} onChange={setShowEnded} aria-label={t('detail.showEnded')} />
        <Typography.Text>{t('detail.showEnded')}</Typography.Text>
      </Space>
      <Table<MembershipView> rowKey="id" dataSource={rows} columns={columns} size="small" pagination={false} />
      <Modal
        open={Boolean(ending)}
        title={ending ? t('member.endTitle', { name: ending.cadre?.name ?? '' }) : null}
        okText={t('form.submit')}
        cancelText={t('form.cancel')}
        confirmLoading={change.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEnding(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('member.endHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(values) => ending && change.mutate({ member: ending, leftOn: values.leftOn.format('YYYY-MM-DD') })}>
          <Form.Item name="leftOn" label={t('member.leftOn')} rules={[{ required: true, message: t('member.leftOnRequired') }]}>
            <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
