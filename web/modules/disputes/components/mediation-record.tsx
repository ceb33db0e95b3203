import { App, Button, Card, DatePicker, Empty, Form, Input, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mediationBody, type DisputeView, type MediationBody } from '../../../../contracts/disputes.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { disputesApi, disputesKey } from '../disputes.api.ts';
import { useDisputesMessages } from '../disputes.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(mediationBody);

export type MediationValues = { mediatedOn?: Dayjs | null; mediators?: string; content?: string; result?: string };

export function toMediationBody(values: MediationValues): MediationBody {
  const result = values.result?.trim();
  return {
    mediatedOn: values.mediatedOn?.format(DATE) ?? '',
    mediators: values.mediators?.trim() ?? '',
    content: values.content?.trim() ?? '',
    ...(result ? { result } : {}),
  };
}

function MediationForm({ dispute }: { dispute: DisputeView }) {
  const t = useDisputesMessages();
  const [form] = Form.useForm<MediationValues>();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (values: MediationValues) => disputesApi.mediate(dispute.id, toMediationBody(values)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [disputesKey] });
      form.resetFields();
      void message.success(t('mediation.saved'));
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Form<MediationValues> form={form} layout="vertical" initialValues={{ mediatedOn: dayjs() }} onFinish={(values) => save.mutate(values)} data-testid="mediation-form">
      <Form.Item name="mediatedOn" label={t('mediation.mediatedOn')} rules={[{ required: true, message: '请选择调解日期' }]}>
        <DatePicker format={DATE} disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="mediators" label={t('mediation.mediators')} rules={rules('mediators')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="content" label={t('mediation.content')} rules={rules('content')}>
        <Input.TextArea rows={3} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item name="result" label={t('mediation.result')} rules={rules('result')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('mediation.add')}
      </Button>
    </Form>
  );
}

/** The mediation sessions in the order they happened, and the form to add one while the dispute is open. */
export function MediationRecord({ dispute }: { dispute: DisputeView }) {
  const t = useDisputesMessages();
  return (
    <Card title={t('mediation.title')} size="small">
      {dispute.mediations.length === 0 ? (
        <Empty description={t('mediation.empty')} />
      ) : (
        <Timeline
          data-testid="mediation-list"
          items={dispute.mediations.map((m) => ({
            key: m.id,
            content: (
              <>
                <Typography.Text strong>{m.mediatedOn}</Typography.Text>
                <Typography.Text type="secondary"> {m.mediators}</Typography.Text>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{m.content}</Typography.Paragraph>
                {m.result ? <Typography.Paragraph type="success" style={{ margin: 0 }}>{m.result}</Typography.Paragraph> : null}
              </>
            ),
          }))}
        />
      )}
      {dispute.abilities.mediate ? <MediationForm dispute={dispute} /> : null}
    </Card>
  );
}
