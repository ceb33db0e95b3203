import { useState } from 'react';
import { Button, Form, Input, Modal, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { api } from '../platform/api.ts';
import { applyFieldErrors } from './form-errors.ts';
import { useErrorNotice } from './use-error-notice.ts';
import { useComponentMessages } from './components.messages.ts';

type SensitiveTextProps = {
  /** The masked value the list or detail already carries (e.g. 5303**********1234). */
  masked: string;
  /** Where to ask for the clear value; the server audits the reason. Omit when the caller may not unmask. */
  unmaskUrl?: string;
  /** Extra body fields for the unmask call, such as which field to show. */
  body?: Record<string, unknown>;
};

type UnmaskAnswer = { value: string };

/**
 * A masked ID or phone number with a "显示" button: the clear value is fetched only after the user
 * gives a reason (POST unmaskUrl {reason, ...body} → {value}), and is kept only while the page is open.
 */
export function SensitiveText({ masked, unmaskUrl, body }: SensitiveTextProps) {
  const t = useComponentMessages();
  const notify = useErrorNotice();
  const [form] = Form.useForm<{ reason: string }>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [value, setValue] = useState<string | null>(null);

  async function reveal(values: { reason: string }) {
    if (!unmaskUrl) return;
    setBusy(true);
    try {
      const answer = await api.post<UnmaskAnswer>(unmaskUrl, { ...body, reason: values.reason.trim() });
      setValue(answer.value);
      setOpen(false);
      form.resetFields();
    } catch (error) {
      if (!applyFieldErrors(form, error)) notify(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space size={4} style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text copyable={value ? { text: value } : false} style={{ fontFamily: 'monospace' }}>
        {value ?? masked}
      </Typography.Text>
      {unmaskUrl && !value ? (
        <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setOpen(true)}>
          {t('sensitive.show')}
        </Button>
      ) : null}
      <Modal
        title={t('sensitive.title')}
        open={open}
        okText={t('sensitive.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('sensitive.notice')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={reveal} preserve={false}>
          <Form.Item
            name="reason"
            label={t('sensitive.reason')}
            rules={[{ required: true, whitespace: true, min: 4, message: t('sensitive.reasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={200} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
