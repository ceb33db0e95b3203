import { useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Steps, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { redFlagBody, redFlagSteps, type PairingDetail } from '../../../../contracts/branch-pairings.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { pairingApi, pairingKey } from '../branch-pairings.api.ts';
import { usePairingMessages } from '../branch-pairings.messages.ts';

const rules = zodRules(redFlagBody);
type StepValues = { reachedOn?: Dayjs; note?: string };

/** 红旗党支部 creation as a timeline: each step reached with its day and who recorded it, and the next one for whoever may take it. */
export function RedFlagSteps({ pairing }: { pairing: PairingDetail }) {
  const t = usePairingMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<StepValues>();
  const next = pairing.nextRedFlagStep;
  const reached = new Map(pairing.redFlag.map((r) => [r.step, r]));
  const record = useMutation({
    mutationFn: (values: StepValues) => pairingApi.recordRedFlag(pairing.id, { step: next!, reachedOn: values.reachedOn!.format('YYYY-MM-DD'), note: values.note || undefined }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [pairingKey] });
      void message.success(t('form.saved'));
      setOpen(false);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  return (
    <Flex vertical gap={12}>
      <Steps
        size="small"
        current={pairing.redFlag.length}
        items={redFlagSteps.codes.map((step) => {
          const entry = reached.get(step);
          return {
            title: text(redFlagSteps.labels[step]),
            status: entry ? 'finish' : step === next ? 'process' : 'wait',
            description: entry ? (
              <span data-testid={`red-flag-${step}`}>
                {t('redFlag.by', { date: entry.reachedOn, name: entry.recordedByName ?? '—' })}
                {entry.note ? <Typography.Paragraph type="secondary">{entry.note}</Typography.Paragraph> : null}
              </span>
            ) : undefined,
          };
        })}
      />
      <Flex gap={8} align="center">
        <Typography.Text type="secondary">{next ? t('redFlag.waiting', { step: text(redFlagSteps.labels[next]) }) : t('redFlag.complete')}</Typography.Text>
        {next && pairing.abilities.recordRedFlag ? (
          <Button type="primary" onClick={() => setOpen(true)} data-testid="red-flag-record">
            {t('redFlag.record', { step: text(redFlagSteps.labels[next]) })}
          </Button>
        ) : null}
      </Flex>
      <Modal title={next ? t('redFlag.record', { step: text(redFlagSteps.labels[next]) }) : ''} open={open} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form<StepValues> form={form} layout="vertical" initialValues={{ reachedOn: dayjs() }} onFinish={(values) => record.mutate(values)}>
          <Form.Item name="reachedOn" label={t('redFlag.reachedOn')} rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker format="YYYY-MM-DD" disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label={t('redFlag.note')} rules={rules('note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="red-flag-submit">
            {t('form.submit')}
          </Button>
        </Form>
      </Modal>
    </Flex>
  );
}
