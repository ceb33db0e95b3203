import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { disputeReferBody, disputeResolveBody, type DisputeView } from '../../../../contracts/disputes.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { disputesApi, disputesKey } from '../disputes.api.ts';
import { useDisputesMessages } from '../disputes.messages.ts';

export type DisputeCloseKind = 'resolve' | 'refer';
type Values = { resolvedOn?: Dayjs; outcome?: string; reason?: string };
const resolveRules = zodRules(disputeResolveBody);
const referRules = zodRules(disputeReferBody);

/** 化解 (the day and the outcome) or 移交 (the reason). */
export function DisputeCloseModal({ dispute, kind, onClose }: { dispute: DisputeView; kind: DisputeCloseKind | null; onClose: () => void }) {
  const t = useDisputesMessages();
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const save = useMutation({
    mutationFn: (values: Values) =>
      kind === 'resolve'
        ? disputesApi.resolve(dispute.id, { resolvedOn: values.resolvedOn?.format('YYYY-MM-DD') ?? '', outcome: values.outcome?.trim() ?? '' })
        : disputesApi.refer(dispute.id, { reason: values.reason?.trim() ?? '' }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [disputesKey] });
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const title = kind === 'refer' ? t('action.refer') : t('action.resolve');
  return (
    <Modal
      open={kind !== null}
      title={title}
      okText={title}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then((values) => save.mutate(values)).catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ resolvedOn: dayjs() }}>
        {kind === 'resolve' ? (
          <>
            <Form.Item name="resolvedOn" label={t('resolve.resolvedOn')} rules={[{ required: true, message: '请选择化解日期' }]}>
              <DatePicker format="YYYY-MM-DD" disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="outcome" label={t('resolve.outcome')} rules={resolveRules('outcome')}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="reason" label={t('refer.reason')} rules={referRules('reason')}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
