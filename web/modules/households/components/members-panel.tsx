import { useState } from 'react';
import { App, Button, Flex, Form, Modal, Popconfirm, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { healthStates, labourAbilities, relations, schoolings } from '../../../../contracts/household-codes.ts';
import type { HouseholdView, MemberView } from '../../../../contracts/households.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { SensitiveText } from '../../../components/sensitive-text.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { householdsApi, householdsKey } from '../households.api.ts';
import { useHouseholdMessages } from '../households.messages.ts';
import { MemberFields, memberValuesOf, newMemberValues, toMemberBody, type MemberFormValues } from './member-fields.tsx';

type Editing = { member: MemberView | null } | null;

/** 家庭成员: ID numbers masked (shown in clear only with a reason), each member added, corrected or removed on its own. */
export function MembersPanel({ household }: { household: HouseholdView }) {
  const t = useHouseholdMessages();
  const text = useText();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<MemberFormValues>();
  const [editing, setEditing] = useState<Editing>(null);
  const yesNo = (value: boolean) => (value ? t('field.yes') : t('field.no'));

  const refresh = () => client.invalidateQueries({ queryKey: [householdsKey] });
  const save = useMutation({
    mutationFn: (values: MemberFormValues) => {
      const body = toMemberBody(values, Boolean(editing?.member));
      return editing?.member ? householdsApi.updateMember(household.id, editing.member.id, body) : householdsApi.addMember(household.id, body);
    },
    onSuccess: async () => {
      await refresh();
      void message.success(t('members.saved'));
      setEditing(null);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const remove = useMutation({
    mutationFn: (personId: string) => householdsApi.removeMember(household.id, personId),
    onSuccess: async () => {
      await refresh();
      void message.success(t('members.removed'));
    },
    onError: notify,
  });

  const open = (member: MemberView | null) => {
    form.resetFields();
    form.setFieldsValue(member ? memberValuesOf(member) : { ...newMemberValues });
    setEditing({ member });
  };

  const columns: TableColumnsType<MemberView> = [
    { key: 'name', dataIndex: 'name', title: t('field.name'), width: 100 },
    { key: 'relation', title: t('field.relation'), render: (_: unknown, m) => text(relations.labels[m.relation]) },
    { key: 'gender', title: t('field.gender'), render: (_: unknown, m) => t(m.gender === 'male' ? 'field.male' : 'field.female') },
    { key: 'age', dataIndex: 'age', title: t('field.age') },
    {
      key: 'idNumber',
      title: t('field.idNumber'),
      width: 260,
      render: (_: unknown, m) => <SensitiveText masked={m.idNumber} {...(household.abilities.reveal ? { unmaskUrl: householdsApi.revealUrl(household.id, m.id) } : {})} />,
    },
    { key: 'health', title: t('field.health'), render: (_: unknown, m) => text(healthStates.labels[m.health]) },
    { key: 'labour', title: t('field.labourAbility'), responsive: ['md'], render: (_: unknown, m) => text(labourAbilities.labels[m.labourAbility]) },
    { key: 'schooling', title: t('field.schooling'), responsive: ['md'], render: (_: unknown, m) => text(schoolings.labels[m.schooling]) },
    { key: 'inSchool', title: t('field.inSchool'), responsive: ['lg'], render: (_: unknown, m) => yesNo(m.inSchool) },
    { key: 'workingAway', title: t('field.workingAway'), responsive: ['lg'], render: (_: unknown, m) => (m.workingAway ? (m.workPlace ?? t('field.yes')) : t('field.no')) },
    { key: 'medical', title: t('field.medicalInsured'), responsive: ['xl'], render: (_: unknown, m) => yesNo(m.medicalInsured) },
    { key: 'pension', title: t('field.pensionInsured'), responsive: ['xl'], render: (_: unknown, m) => yesNo(m.pensionInsured) },
  ];
  if (household.abilities.write) {
    columns.push({
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, m) => (
        <Flex gap={8}>
          <Button type="link" size="small" onClick={() => open(m)}>
            {t('action.edit')}
          </Button>
          {m.relation === 'householder' ? null : (
            <Popconfirm title={t('action.confirmDelete')} onConfirm={() => remove.mutate(m.id)}>
              <Button type="link" size="small" danger>
                {t('action.delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    });
  }

  return (
    <>
      {household.abilities.write ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => open(null)}>
            {t('members.add')}
          </Button>
        </Flex>
      ) : null}
      <Table<MemberView> rowKey="id" columns={columns} dataSource={household.members} pagination={false} size="middle" scroll={{ x: 'max-content' }} />
      <Modal
        title={editing?.member ? t('members.editTitle', { name: editing.member.name }) : t('members.addTitle')}
        open={editing !== null}
        width={880}
        okText={t('action.save')}
        cancelText={t('action.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form<MemberFormValues> form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
          <MemberFields form={form} name={[]} path={[]} {...(editing?.member ? { maskedIdNumber: editing.member.idNumber, maskedPhone: editing.member.phone } : {})} />
        </Form>
      </Modal>
    </>
  );
}
