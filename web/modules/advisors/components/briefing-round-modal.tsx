import { App, Form, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { advisorApi, advisorKey } from '../advisors.api.ts';
import { useAdvisorMessages } from '../advisors.messages.ts';
import { lastFullQuarter } from '../periods.ts';
import { PeriodSelect } from './period-select.tsx';

type Values = { period: string; divisionCode?: string | null };

/** 批量生成: the quarter's briefing for every active advisor of an area who has none yet. */
export function BriefingRoundModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useAdvisorMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const run = useMutation({
    mutationFn: (values: Values) => advisorApi.generateRound(values.period, values.divisionCode ?? undefined),
    onSuccess: async (result) => {
      await client.invalidateQueries({ queryKey: [advisorKey] });
      void message.success(t('round.done', result));
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Modal title={t('round.title')} open={open} onCancel={onClose} onOk={() => form.submit()} confirmLoading={run.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('round.hint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ period: lastFullQuarter(dayjs().format('YYYY-MM-DD')) }} onFinish={(values) => run.mutate(values)}>
        <Form.Item name="period" label={t('briefings.period')} rules={[{ required: true }]}>
          <PeriodSelect />
        </Form.Item>
        <Form.Item name="divisionCode" label={t('round.region')}>
          <DivisionTreeSelect placeholder={t('list.region')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
