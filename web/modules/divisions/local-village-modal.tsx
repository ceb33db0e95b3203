import { App, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { localVillageBody, type DivisionDetail } from '../../../contracts/divisions.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { useErrorNotice } from '../../components/use-error-notice.ts';
import { zodRules } from '../../components/zod-rules.ts';
import { divisionsApi, divisionsKey } from './divisions.api.ts';
import { useDivisionMessages } from './divisions.messages.ts';

const rules = zodRules(localVillageBody);

type LocalVillageModalProps = { township: DivisionDetail; open: boolean; onClose: () => void; onCreated: (village: DivisionDetail) => void };

/** seed [004]: a county records a village the 2023 code list no longer carries, under one of its townships. */
export function LocalVillageModal({ township, open, onClose, onCreated }: LocalVillageModalProps) {
  const t = useDivisionMessages();
  const [form] = Form.useForm<{ name: string }>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const create = useMutation({
    mutationFn: (name: string) => divisionsApi.addLocalVillage({ townshipCode: township.code, name }),
    onSuccess: async (village) => {
      await client.invalidateQueries({ queryKey: [divisionsKey] });
      void message.success(t('local.created', { name: village.name, code: village.code }));
      form.resetFields();
      onCreated(village);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Modal
      open={open}
      title={t('local.title', { name: township.name })}
      okText={t('form.submit')}
      cancelText={t('form.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => create.mutate(values.name.trim())}>
        <Form.Item name="name" label={t('field.villageName')} extra={t('field.villageNameHint')} rules={rules('name')}>
          <Input maxLength={30} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
