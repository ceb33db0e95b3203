import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import type { WorkflowView } from '../../contracts/workflow.ts';
import { roleLabels, isRole } from '../../contracts/roles.ts';
import { useLocale } from '../platform/i18n.tsx';
import { applyFieldErrors } from './form-errors.ts';
import { useComponentMessages } from './components.messages.ts';

type Props = {
  workflow: WorkflowView;
  /** Takes the action on the server; the panel shows the reason box where the step needs one. */
  onAction: (action: string, comment: string | undefined) => Promise<unknown>;
  title?: string;
};

/** An approval's history (who, in which role, when, why) and the buttons the signed-in account may press. */
export function WorkflowPanel({ workflow, onAction, title }: Props) {
  const t = useComponentMessages();
  const locale = useLocale();
  const [pending, setPending] = useState<{ action: string; label: string; reasonRequired: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ comment?: string }>();
  const roleText = (role: string | null) => (role && isRole(role) ? roleLabels[role][locale === 'en' ? 'en' : 'zh'] : role === 'applicant' ? t('workflow.applicant') : '');

  const submit = async () => {
    if (!pending) return;
    const values = await form.validateFields();
    setBusy(true);
    try {
      await onAction(pending.action, values.comment?.trim() || undefined);
      setPending(null);
      form.resetFields();
    } catch (error) {
      if (!applyFieldErrors(form, error)) throw error;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={title ?? t('workflow.title')}
      size="small"
      extra={<Tag color={workflow.closed ? 'default' : 'processing'}>{workflow.stateLabel}</Tag>}
      data-testid="workflow-panel"
    >
      <Timeline
        items={workflow.steps.map((step) => ({
          key: `${step.at}-${step.action}`,
          children: (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>
                {step.actionLabel} → {step.toStateLabel}
              </Typography.Text>
              <Typography.Text type="secondary">
                {[step.actorName, roleText(step.actorRole), new Date(step.at).toLocaleString(locale)].filter(Boolean).join(' · ')}
              </Typography.Text>
              {step.comment ? <Typography.Text>{t('workflow.comment', { comment: step.comment })}</Typography.Text> : null}
            </Space>
          ),
        }))}
      />
      {workflow.waitsUntil ? (
        <Typography.Paragraph type="warning" data-testid="workflow-waits-until">
          {t('workflow.waitsUntil', { date: new Date(workflow.waitsUntil).toLocaleString(locale) })}
        </Typography.Paragraph>
      ) : null}
      {workflow.actions.length > 0 ? (
        <Space wrap>
          {workflow.actions.map((a) => (
            <Button
              key={a.action}
              type={a.reasonRequired ? 'default' : 'primary'}
              danger={a.reasonRequired}
              data-testid={`workflow-action-${a.action}`}
              onClick={() => setPending(a)}
            >
              {a.label}
            </Button>
          ))}
        </Space>
      ) : null}
      <Modal
        open={pending !== null}
        title={pending?.label}
        okText={t('workflow.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setPending(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="comment"
            label={pending?.reasonRequired ? t('workflow.reason') : t('workflow.opinion')}
            rules={pending?.reasonRequired ? [{ required: true, whitespace: true, message: t('workflow.reasonRequired') }] : []}
          >
            <Input.TextArea rows={3} maxLength={1000} data-testid="workflow-comment" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
