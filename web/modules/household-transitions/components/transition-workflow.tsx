import { useState } from 'react';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import type { TransitionView } from '../../../../contracts/household-transitions.ts';
import { WorkflowPanel } from '../../../components/workflow-panel.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { ApiError } from '../../../platform/api.ts';
import { transitionsApi, transitionsKey } from '../household-transitions.api.ts';
import { useTransitionMessages } from '../household-transitions.messages.ts';
import { fieldActionsOf, formPathOf, toActionBody, type ActionFormValues } from './transition-action-form.ts';

const DATE = 'YYYY-MM-DD';

function toFormError(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields) return error;
  return new ApiError(error.status, error.code, error.message, error.fields.map((f) => ({ ...f, path: formPathOf(f.path) })));
}

/**
 * The approval's history and buttons; the steps that record more than a comment (民主评议 with its
 * meeting and notice start, 核实 with its findings, 乡镇审核 with the second notice's start) open a form.
 */
export function TransitionWorkflow({ transition }: { transition: TransitionView }) {
  const t = useTransitionMessages();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const [form] = Form.useForm<ActionFormValues>();
  const [open, setOpen] = useState<{ action: string; label: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const workflow = transition.workflow;
  if (!workflow) return null;
  const withFields = fieldActionsOf(transition);
  const special = workflow.actions.filter((a) => withFields.includes(a.action));
  const plain = { ...workflow, actions: workflow.actions.filter((a) => !withFields.includes(a.action)) };
  const refresh = () => client.invalidateQueries({ queryKey: [transitionsKey] });

  const submit = async () => {
    if (!open) return;
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await transitionsApi.act(transition.id, toActionBody(open.action, values));
      setOpen(null);
      form.resetFields();
      await refresh();
    } catch (error) {
      if (!applyFieldErrors(form, toFormError(error))) setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const required = (field: string) => [{ required: true, message: t('action.required', { field }) }];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {special.length > 0 ? (
        <Space wrap>
          {special.map((a) => (
            <Button key={a.action} type="primary" onClick={() => setOpen({ action: a.action, label: a.label })} data-testid={`transition-${a.action}`}>
              {t(`action.${a.action}` as 'action.appraise')}
            </Button>
          ))}
        </Space>
      ) : null}
      <WorkflowPanel
        workflow={plain}
        onAction={async (action, comment) => {
          try {
            await transitionsApi.act(transition.id, { action, ...(comment ? { comment } : {}) });
          } catch (error) {
            // A refusal without a field (a notice still running) would otherwise close nothing and say nothing.
            if (!(error instanceof ApiError && error.fields?.some((f) => f.path === 'comment'))) notify(error);
            throw error;
          }
          await refresh();
        }}
      />
      <Modal
        open={open !== null}
        title={open?.label}
        okText={t('action.submit')}
        confirmLoading={busy}
        onOk={() => void submit()}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        <Form<ActionFormValues> form={form} layout="vertical" preserve={false}>
          {open?.action === 'appraise' ? (
            <>
              <Form.Item name="meetingOn" label={t('action.meetingOn')} rules={required(t('action.meetingOn'))}>
                <DatePicker format={DATE} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="transition-meeting-on" />
              </Form.Item>
              <Space>
                <Form.Item name="attendees" label={t('action.attendees')} rules={required(t('action.attendees'))}>
                  <InputNumber min={1} precision={0} data-testid="transition-attendees" />
                </Form.Item>
                <Form.Item name="inFavour" label={t('action.inFavour')} rules={required(t('action.inFavour'))}>
                  <InputNumber min={0} precision={0} data-testid="transition-in-favour" />
                </Form.Item>
              </Space>
            </>
          ) : null}
          {open?.action === 'appraise' || open?.action === 'review' ? (
            <Form.Item
              name="noticeStart"
              label={t('action.noticeStart')}
              extra={open.action === 'appraise' ? t('action.noticeStartHint') : t('action.secondNoticeHint')}
            >
              <DatePicker format={DATE} style={{ width: '100%' }} data-testid="transition-notice-start" />
            </Form.Item>
          ) : null}
          {open?.action === 'verify' ? (
            <Form.Item name="findings" label={t('field.findings')} rules={[...required(t('field.findings')), { min: 2, message: '核实情况至少 2 个字' }]}>
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="transition-findings" />
            </Form.Item>
          ) : null}
          <Form.Item name="comment" label={t('action.comment')}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="transition-comment" />
          </Form.Item>
          {failure ? (
            <div role="alert" style={{ color: '#cf1322' }} data-testid="transition-action-error">
              {failure}
            </div>
          ) : null}
        </Form>
      </Modal>
    </Space>
  );
}
