import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useServiceRequestMessages } from '../service-requests.messages.ts';

type Props = {
  open: boolean;
  onClose: () => void;
  /** Completes the request on the server with the result text. */
  onComplete: (result: string) => Promise<unknown>;
};

/** 办结: the station writes the result the village reads (licence number, reply, next step). */
export function CompleteModal({ open, onClose, onComplete }: Props) {
  const t = useServiceRequestMessages();
  const [form] = Form.useForm<{ comment?: string }>();
  const [busy, setBusy] = useState(false);
  const notify = useErrorNotice();
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      await onComplete(values.comment?.trim() ?? '');
      form.resetFields();
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) notify(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('complete.title')}
      okText={t('complete.confirm')}
      cancelText={t('form.cancel')}
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="comment" label={t('complete.result')} rules={[{ required: true, whitespace: true, message: t('complete.required') }]}>
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('complete.placeholder')} data-testid="service-request-result" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
