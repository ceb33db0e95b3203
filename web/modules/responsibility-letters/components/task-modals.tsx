import { useState } from 'react';
import { DatePicker, Form, Input, Modal, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { letterReportBody, letterReturnBody, type LetterReportBody } from '../../../../contracts/responsibility-letters.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useLetterMessages } from '../responsibility-letters.messages.ts';

const reportRules = zodRules(letterReportBody);
const returnRules = zodRules(letterReturnBody);

type ReportValues = { completedOn?: Dayjs | null; completionNote?: string };

/** The modal's values in the contract's shape. */
export function toReportBody(values: ReportValues): LetterReportBody {
  return { completedOn: values.completedOn ? values.completedOn.format('YYYY-MM-DD') : '', completionNote: values.completionNote?.trim() ?? '' };
}

/** Runs a step with the form's values; a 400 lands under its fields, anything else as a notice. */
function useSubmit<V>(form: FormInstance<V>, onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const notify = useErrorNotice();
  const submit = async (send: (values: V) => Promise<unknown>) => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      await send(values);
      form.resetFields();
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) notify(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, submit };
}

type ReportProps = {
  task: { title: string } | null;
  onClose: () => void;
  /** Reports the task done on the server. */
  onReport: (body: LetterReportBody) => Promise<unknown>;
};

/** 报完成: the unit's party committee says when the task was finished and what was done. */
export function ReportModal({ task, onClose, onReport }: ReportProps) {
  const t = useLetterMessages();
  const [form] = Form.useForm<ReportValues>();
  const { busy, submit } = useSubmit(form, onClose);
  return (
    <Modal
      open={task !== null}
      title={t('report.title', { title: task?.title ?? '' })}
      okText={t('report.submit')}
      cancelText={t('form.cancel')}
      confirmLoading={busy}
      onOk={() => void submit((values) => onReport(toReportBody(values))).catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ completedOn: dayjs() }}>
        <Form.Item name="completedOn" label={t('report.completedOn')} rules={[{ required: true, message: '请选择完成日期' }]}>
          <DatePicker format="YYYY-MM-DD" disabledDate={(day) => day.isAfter(dayjs(), 'day')} data-testid="letter-report-day" />
        </Form.Item>
        <Form.Item name="completionNote" label={t('report.note')} rules={reportRules('completionNote')}>
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('report.placeholder')} data-testid="letter-report-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type ReturnProps = {
  task: { title: string } | null;
  onClose: () => void;
  /** Sends the task back to the unit with the reason. */
  onReturn: (reason: string) => Promise<unknown>;
};

/** 退回: the county says what is missing; the unit reads it beside the task. */
export function ReturnModal({ task, onClose, onReturn }: ReturnProps) {
  const t = useLetterMessages();
  const [form] = Form.useForm<{ reason?: string }>();
  const { busy, submit } = useSubmit(form, onClose);
  return (
    <Modal
      open={task !== null}
      title={t('return.title', { title: task?.title ?? '' })}
      okText={t('return.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('form.cancel')}
      confirmLoading={busy}
      onOk={() => void submit((values) => onReturn(values.reason?.trim() ?? '')).catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('return.reason')} rules={returnRules('reason')}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('return.placeholder')} data-testid="letter-return-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
