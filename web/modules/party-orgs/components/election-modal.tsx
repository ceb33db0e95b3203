import { Button, DatePicker, Form, Modal, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { officerRoles, type OfficerRole, type TemporaryBranchDetail } from '../../../../contracts/temporary-branches.ts';
import { partyRoleLabels } from '../../../../contracts/party-orgs.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useText } from '../../../platform/i18n.tsx';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';

type Values = { electedOn?: Dayjs; officers?: { cadreId?: string; role?: OfficerRole }[] };

type Props = {
  branch: TemporaryBranchDetail;
  open: boolean;
  onClose: () => void;
  onSave: (body: { electedOn: string; officers: { cadreId: string; role: OfficerRole }[] }) => Promise<unknown>;
};

/** 记录选举结果: the day and who holds each post; only formal members on the roll can be chosen. */
export function ElectionModal({ branch, open, onClose, onSave }: Props) {
  const t = usePartyOrgMessages();
  const text = useText();
  const [form] = Form.useForm<Values>();
  const current = branch.members.filter((m) => !m.leftOn);
  const eligible = current.filter((m) => m.partyStatus === 'formal').map((m) => ({ value: m.cadreId, label: m.name }));
  const initial: Values = {
    electedOn: branch.electedOn ? dayjs(branch.electedOn) : undefined,
    officers: branch.election.officers.length > 0 ? branch.election.officers.map((o) => ({ cadreId: o.cadreId, role: o.role })) : [{ role: 'secretary' }],
  };

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await onSave({
        electedOn: values.electedOn!.format('YYYY-MM-DD'),
        officers: (values.officers ?? []).map((o) => ({ cadreId: o.cadreId!, role: o.role! })),
      });
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) throw error;
    }
  };

  return (
    <Modal open={open} title={t('tb.election.record')} onCancel={onClose} onOk={() => void submit()} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('tb.election.hint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Form.Item name="electedOn" label={t('tb.election.electedOn')} rules={[{ required: true, message: t('tb.common.required') }]}>
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="officers" label={t('tb.election.title')} style={{ marginBottom: 0 }}>
          <Form.List name="officers">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('tb.common.required') }]}>
                      <Select aria-label={t('tb.election.role')} style={{ width: 140 }} options={officerRoles.map((role) => ({ value: role, label: text(partyRoleLabels[role]) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'cadreId']} rules={[{ required: true, message: t('tb.common.required') }]}>
                      <Select aria-label={t('tb.election.officer')} style={{ width: 180 }} options={eligible} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={t('tb.election.remove')} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'organization_member' })}>
                  {t('tb.election.addOfficer')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
