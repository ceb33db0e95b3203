import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { slotCreateBody, type SlotView } from '../../../../contracts/selection.ts';
import { teamRoleLabels, teamRoles } from '../../../../contracts/teams.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { selectionApi, selectionKey } from '../selection.api.ts';
import { useSelectionMessages } from '../selection.messages.ts';
import { TeamPicker, UnitPicker } from './pickers.tsx';
import { toSlotBody, type SlotFormValues } from './slot-form.ts';

const rules = zodRules(slotCreateBody);

/** The county asks a unit for a candidate for one of its villages (选派岗位). */
export function SlotCreateModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (slot: SlotView) => void }) {
  const t = useSelectionMessages();
  const text = useText();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [form] = Form.useForm<SlotFormValues>();
  const save = useMutation({
    mutationFn: (values: SlotFormValues) => selectionApi.createSlot(toSlotBody(values)),
    onSuccess: (slot) => {
      // The next page loads its own data; the lists behind it refresh meanwhile.
      void client.invalidateQueries({ queryKey: [selectionKey] });
      void message.success(t('form.saved'));
      onCreated(slot);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Modal title={t('slots.create')} open={open} onOk={() => form.submit()} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden width={640}>
      <Form<SlotFormValues> form={form} layout="vertical" preserve={false} initialValues={{ role: 'first_secretary' }} onFinish={(values) => save.mutate(values)}>
        <Form.Item name="villageCode" label={t('form.village')} rules={rules('villageCode', t('form.required.village'))}>
          <DivisionTreeSelect level="village" placeholder={t('form.villagePlaceholder')} />
        </Form.Item>
        <Form.Item name="unitId" label={t('form.unit')} rules={rules('unitId', t('form.required.unit'))}>
          <UnitPicker placeholder={t('form.unitPlaceholder')} />
        </Form.Item>
        <Form.Item name="role" label={t('form.role')} rules={rules('role')}>
          <Select options={teamRoles.map((role) => ({ value: role, label: text(teamRoleLabels[role]) }))} />
        </Form.Item>
        <Form.Item name="teamId" label={t('form.team')}>
          <TeamPicker placeholder={t('form.teamPlaceholder')} />
        </Form.Item>
        <Form.Item name="needs" label={t('form.needs')} rules={rules('needs')}>
          <Input.TextArea rows={3} maxLength={1000} placeholder={t('form.needsPlaceholder')} />
        </Form.Item>
        <Form.Item name="nominateBy" label={t('form.nominateBy')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="termStart" label={t('form.termStart')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="termEnd" label={t('form.termEnd')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
