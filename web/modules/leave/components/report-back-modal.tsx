import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { leaveReportBackBody, type LeaveView } from '../../../../contracts/leave.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { leaveApi, leaveKey } from '../leave.api.ts';
import { useLeaveMessages } from '../leave.messages.ts';

type Values = { returnedOn?: Dayjs; note?: string };
const fieldRules = zodRules(leaveReportBackBody);

/** 销假: the day the member is back (today by default) and a note. */
export function ReportBackModal({ leave, open, onClose }: { leave: LeaveView; open: boolean; onClose: () => void }) {
  const t = useLeaveMessages();
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const notify = useErrorNotice();
  // The county's day (Beijing), not the browser's: the server judges the date by it.
  const rules = useQuery({ queryKey: [leaveKey, 'rules'], queryFn: leaveApi.rules, staleTime: 5 * 60_000, enabled: open });
  const today = rules.data ? dayjs(rules.data.today) : dayjs();
  const earliest = dayjs(leave.startDate).isBefore(today, 'day') ? dayjs(leave.startDate) : today;
  const save = useMutation({
    mutationFn: (values: Values) => leaveApi.reportBack(leave.id, { returnedOn: values.returnedOn?.format('YYYY-MM-DD') ?? '', ...(values.note?.trim() ? { note: values.note.trim() } : {}) }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [leaveKey] });
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Modal
      open={open}
      title={t('reportBack.title')}
      okText={t('reportBack.button')}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then((values) => save.mutate(values)).catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> key={rules.data?.today ?? 'browser'} form={form} layout="vertical" preserve={false} initialValues={{ returnedOn: today }}>
        <Form.Item name="returnedOn" label={t('reportBack.returnedOn')} rules={[{ required: true, message: '请选择返岗日期' }]}>
          <DatePicker
            format="YYYY-MM-DD"
            disabledDate={(current) => current.isBefore(earliest, 'day') || current.isAfter(today, 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="note" label={t('reportBack.note')} rules={fieldRules('note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
