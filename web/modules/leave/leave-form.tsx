import { Button, DatePicker, Flex, Form, Input, Select, Typography, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  addIsoDays,
  approverRoleFor,
  countLeaveDays,
  leaveFieldsSchema,
  leaveTypeLabels,
  leaveTypes,
  type LeaveApproverRole,
  type LeaveRequestBody,
  type LeaveRulesView,
  type LeaveTypeCode,
  type LeaveView,
} from '../../../contracts/leave.ts';
import { roleLabels } from '../../../contracts/roles.ts';
import { zodRules } from '../../components/zod-rules.ts';
import { ApiError } from '../../platform/api.ts';
import { useText } from '../../platform/i18n.tsx';
import { useLeaveMessages } from './leave.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(leaveFieldsSchema);

export type LeaveFormValues = {
  cadreId?: string;
  type?: LeaveTypeCode;
  period?: [Dayjs | null, Dayjs | null] | null;
  reason?: string;
};

/** The form's values in the contract's shape. */
export function toLeaveBody(values: LeaveFormValues): LeaveRequestBody {
  return {
    cadreId: values.cadreId ?? '',
    type: values.type ?? 'personal',
    startDate: values.period?.[0]?.format(DATE) ?? '',
    endDate: values.period?.[1]?.format(DATE) ?? '',
    reason: values.reason?.trim() ?? '',
  };
}

export function formValuesOf(leave: LeaveView): LeaveFormValues {
  return { cadreId: leave.cadreId, type: leave.type, period: [dayjs(leave.startDate), dayjs(leave.endDate)], reason: leave.reason };
}

/** The days and the approving level the server will choose, by the same rule (contracts/leave-rules.ts). */
export function previewApproval(startDate: string, endDate: string, leaveRules: Pick<LeaveRulesView, 'tiers' | 'dayCounting'>): { days: number; role: LeaveApproverRole } | null {
  if (!startDate || !endDate || endDate < startDate) return null;
  const days = countLeaveDays(startDate, endDate, leaveRules.dayCounting);
  return { days, role: approverRoleFor(days, leaveRules.tiers) };
}

/** The server names startDate/endDate; the form holds both in one range picker. */
export function toFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields) return error;
  const fields = error.fields.map((f) => ({ ...f, path: f.path === 'startDate' || f.path === 'endDate' ? 'period' : f.path }));
  return new ApiError(error.status, error.code, error.message, fields);
}

type LeaveFormProps = {
  form: FormInstance<LeaveFormValues>;
  initialValues: LeaveFormValues;
  /** Whom the account may ask leave for (himself, or his team's members as their leader); hidden when only himself. */
  cadreOptions: { value: string; label: string }[];
  leaveRules: LeaveRulesView | undefined;
  editing: boolean;
  submitting: boolean;
  onSubmit: (values: LeaveFormValues) => void;
  onCancel: () => void;
};

function ApprovalPreview({ leaveRules }: { leaveRules: LeaveRulesView | undefined }) {
  const t = useLeaveMessages();
  const text = useText();
  const period = Form.useWatch<LeaveFormValues['period']>('period');
  const start = period?.[0]?.format(DATE) ?? '';
  const end = period?.[1]?.format(DATE) ?? '';
  const preview = leaveRules ? previewApproval(start, end, leaveRules) : null;
  return (
    <Form.Item label={t('form.approval')} extra={leaveRules ? t('form.approvalHint', { counting: t(leaveRules.dayCounting === 'working' ? 'form.working' : 'form.calendar') }) : null}>
      <Typography.Text strong={preview !== null} type={preview ? undefined : 'secondary'} data-testid="leave-approval">
        {preview ? `${text(roleLabels[preview.role])}（${t('days', { days: preview.days })}）` : t('form.pickDates')}
      </Typography.Text>
    </Form.Item>
  );
}

export function LeaveForm({ form, initialValues, cadreOptions, leaveRules, editing, submitting, onSubmit, onCancel }: LeaveFormProps) {
  const t = useLeaveMessages();
  const text = useText();
  // Leave may be asked for afterwards only within the county's grace days.
  const earliest = leaveRules ? dayjs(addIsoDays(leaveRules.today, -leaveRules.pastGraceDays)) : null;
  return (
    <Form<LeaveFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} style={{ maxWidth: 640 }}>
      <Form.Item name="cadreId" label={t('form.cadre')} rules={rules('cadreId')} hidden={cadreOptions.length <= 1}>
        <Select options={cadreOptions} disabled={editing} data-testid="leave-cadre" />
      </Form.Item>
      <Form.Item name="type" label={t('form.type')} rules={rules('type', '请选择请假类型')}>
        <Select options={leaveTypes.map((type) => ({ value: type, label: text(leaveTypeLabels[type]) }))} data-testid="leave-type" />
      </Form.Item>
      <Form.Item name="period" label={t('form.period')} rules={[{ required: true, message: '请选择请假开始和结束日期' }]}>
        <DatePicker.RangePicker
          format={DATE}
          disabledDate={(current) => Boolean(earliest && current.isBefore(earliest, 'day'))}
          data-testid="leave-period"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <ApprovalPreview leaveRules={leaveRules} />
      <Form.Item name="reason" label={t('form.reason')} rules={rules('reason')}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('form.reasonPlaceholder')} data-testid="leave-reason" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="leave-submit">
          {editing ? t('form.save') : t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
