import { useState } from 'react';
import { App, Button, Form, Modal, Popconfirm, Select, Space } from 'antd';
import { CopyOutlined, EyeOutlined, PrinterOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { briefingChannels, type BriefingChannel, type BriefingView } from '../../../../contracts/advisors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { advisorApi, advisorKey, publicBriefingLink } from '../advisors.api.ts';
import { useAdvisorMessages } from '../advisors.messages.ts';
import { BriefingSections } from './briefing-sections.tsx';

// Printing from the dialog: only the briefing goes on paper, not the page behind it.
const printCss = `@media print {
  @page { size: A4; margin: 15mm; }
  body * { visibility: hidden; }
  .zc-briefing-print, .zc-briefing-print * { visibility: visible; }
  .zc-briefing-print { position: absolute; left: 0; top: 0; width: 100%; }
}`;

/** Viewing a briefing never counts as the advisor opening it: the dialog shows the stored content. */
export function BriefingViewButton({ briefing }: { briefing: BriefingView }) {
  const t = useAdvisorMessages();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" icon={<EyeOutlined />} onClick={() => setOpen(true)} data-testid="briefing-view">
        {t('briefings.view')}
      </Button>
      <Modal
        open={open}
        width={820}
        onCancel={() => setOpen(false)}
        footer={
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('briefings.print')}
          </Button>
        }
      >
        <style>{printCss}</style>
        <div className="zc-briefing-print">
          <BriefingSections content={briefing.content} />
        </div>
      </Modal>
    </>
  );
}

/** Copy link, mark sent and revoke, for those who send briefings; a revoked link offers nothing more. */
export function BriefingActions({ advisorId, briefing }: { advisorId: string; briefing: BriefingView }) {
  const t = useAdvisorMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm<{ channel: BriefingChannel }>();
  const done = async () => client.invalidateQueries({ queryKey: [advisorKey] });
  const send = useMutation({
    mutationFn: (channel: BriefingChannel) => advisorApi.send(advisorId, briefing.id, channel),
    onSuccess: async () => {
      await done();
      setSending(false);
    },
    onError: notify,
  });
  const revoke = useMutation({
    mutationFn: () => advisorApi.revoke(advisorId, briefing.id),
    onSuccess: async () => {
      await done();
      void message.success(t('briefings.revoked'));
    },
    onError: notify,
  });
  if (!briefing.token || briefing.revokedAt) return null;
  const token = briefing.token;
  const copy = async () => {
    const link = publicBriefingLink(token);
    try {
      await navigator.clipboard.writeText(link);
      void message.success(t('briefings.copied'));
    } catch {
      // Plain http (a village office's intranet) has no clipboard API: show the link to copy by hand.
      void message.info(link, 10);
    }
  };
  return (
    <Space size={4} wrap>
      <Button size="small" icon={<CopyOutlined />} onClick={() => void copy()} data-testid="briefing-copy">
        {t('briefings.copy')}
      </Button>
      {briefing.sentAt ? null : (
        <Button size="small" icon={<SendOutlined />} onClick={() => setSending(true)} data-testid="briefing-send">
          {t('briefings.send')}
        </Button>
      )}
      <Popconfirm title={t('briefings.revokeConfirm')} onConfirm={() => revoke.mutate()}>
        <Button size="small" danger icon={<StopOutlined />} loading={revoke.isPending} data-testid="briefing-revoke">
          {t('briefings.revoke')}
        </Button>
      </Popconfirm>
      <Modal title={t('briefings.send')} open={sending} onCancel={() => setSending(false)} onOk={() => form.submit()} confirmLoading={send.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ channel: 'link' }} onFinish={(values) => send.mutate(values.channel)}>
          <Form.Item name="channel" label={t('briefings.channel')} rules={[{ required: true, message: '请选择通报方式' }]}>
            <Select options={briefingChannels.codes.map((code) => ({ value: code, label: text(briefingChannels.labels[code]) }))} data-testid="briefing-channel" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
