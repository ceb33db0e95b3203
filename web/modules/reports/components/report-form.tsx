import { Button, DatePicker, Flex, Form, Input, Select, type FormInstance } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { reportCreateBody, reportKindLabels, reportKinds, type ReportCreateBody, type ReportKindCode } from '../../../../contracts/reports.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useReportMessages } from '../reports.messages.ts';
import { FileLine, FilePicker } from './attachment-list.tsx';

const rules = zodRules(reportCreateBody);

export type ReportFormValues = { teamId?: string; kind?: ReportKindCode; period?: Dayjs; title?: string; body?: string };

export function toReportBody(values: ReportFormValues): ReportCreateBody {
  return {
    teamId: values.teamId ?? '',
    kind: values.kind ?? 'briefing',
    period: values.period?.format('YYYY-MM') ?? '',
    title: values.title?.trim() ?? '',
    body: values.body?.trim() ?? '',
  };
}

/** Month M's monthly report and summary are due on day `dueDay` of M+1 (the server's rule, shown as a hint). */
export function dueHint(kind: ReportKindCode | undefined, period: Dayjs | undefined, dueDay: number): string | null {
  if (!kind || kind === 'briefing' || !period) return null;
  return period.add(1, 'month').date(dueDay).format('YYYY-MM-DD');
}

type ReportFormProps = {
  form: FormInstance<ReportFormValues>;
  initialValues: ReportFormValues;
  /** Creating: team, kind and month can be chosen, files are sent after the report. Editing: title and text only. */
  editing: boolean;
  teams: { value: string; label: string }[];
  kinds: readonly ReportKindCode[];
  files: File[];
  maxBytes: number;
  dueDay: number;
  onFiles: (files: File[]) => void;
  submitting: boolean;
  onSubmit: (values: ReportFormValues) => void;
  onCancel: () => void;
};

export function ReportForm({ form, initialValues, editing, teams, kinds, files, maxBytes, dueDay, onFiles, submitting, onSubmit, onCancel }: ReportFormProps) {
  const t = useReportMessages();
  const text = useText();
  const kind = Form.useWatch('kind', form);
  const period = Form.useWatch('period', form);
  const due = dueHint(kind, period, dueDay);

  return (
    <Form<ReportFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} style={{ maxWidth: 760 }}>
      <Form.Item name="teamId" label={t('form.team')} rules={[{ required: true, message: t('form.teamRequired') }]}>
        <Select options={teams} disabled={editing} showSearch optionFilterProp="label" />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="kind" label={t('form.kind')} rules={rules('kind')} extra={t('form.kindHint')} style={{ minWidth: 240, flex: 1 }}>
          <Select disabled={editing} options={reportKinds.filter((k) => kinds.includes(k)).map((k) => ({ value: k, label: text(reportKindLabels[k]) }))} />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('form.period')}
          rules={[{ required: true, message: t('form.periodRequired') }]}
          extra={due ? t('form.dueHint', { dueOn: due }) : undefined}
          style={{ minWidth: 200 }}
        >
          <DatePicker picker="month" disabled={editing} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'month')} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="title" label={t('form.title')} rules={rules('title')}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="body" label={t('form.body')} rules={rules('body')}>
        <Input.TextArea rows={12} maxLength={20000} showCount placeholder={t('form.bodyPlaceholder')} />
      </Form.Item>
      {editing ? null : (
        <Form.Item label={t('form.files')}>
          <Flex vertical gap={8}>
            {files.map((file, index) => (
              <Flex key={`${file.name}-${index}`} gap={8} align="center">
                <FileLine name={file.name} size={file.size} />
                <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('upload.remove')} onClick={() => onFiles(files.filter((_, i) => i !== index))} />
              </Flex>
            ))}
            <Flex gap={8} align="center" wrap>
              <FilePicker maxBytes={maxBytes} onPick={(file) => onFiles([...files, file])} />
            </Flex>
          </Flex>
        </Form.Item>
      )}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t(editing ? 'form.save' : 'form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
