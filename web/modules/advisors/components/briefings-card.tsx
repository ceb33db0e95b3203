import { useState } from 'react';
import { App, Button, Card, Checkbox, Flex, Form, List, Modal, Tag, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { briefingChannels, type AdvisorView } from '../../../../contracts/advisors.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { advisorApi, advisorKey } from '../advisors.api.ts';
import { useAdvisorMessages } from '../advisors.messages.ts';
import { lastFullQuarter } from '../periods.ts';
import { BriefingActions, BriefingViewButton } from './briefing-actions.tsx';
import { PeriodSelect } from './period-select.tsx';

const at = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

function GenerateModal({ advisorId, open, onClose }: { advisorId: string; open: boolean; onClose: () => void }) {
  const t = useAdvisorMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ period: string; regenerate?: boolean }>();
  const run = useMutation({
    mutationFn: (values: { period: string; regenerate?: boolean }) => advisorApi.generate(advisorId, values.period, values.regenerate === true),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [advisorKey] });
      void message.success(t('briefings.generated'));
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Modal title={t('briefings.generate')} open={open} onCancel={onClose} onOk={() => form.submit()} confirmLoading={run.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ period: lastFullQuarter(dayjs().format('YYYY-MM-DD')) }} onFinish={(values) => run.mutate(values)}>
        <Form.Item name="period" label={t('briefings.period')} rules={[{ required: true }]}>
          <PeriodSelect />
        </Form.Item>
        <Form.Item name="regenerate" valuePropName="checked">
          <Checkbox>{t('briefings.regenerate')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 定期通报 of one advisor: each quarter's briefing with whether, how and by whom it was sent, and if it was opened. */
export function BriefingsCard({ advisor }: { advisor: AdvisorView }) {
  const t = useAdvisorMessages();
  const text = useText();
  const [generating, setGenerating] = useState(false);
  const brief = advisor.abilities.brief;
  return (
    <Card
      title={t('briefings.title')}
      extra={
        brief ? (
          <Button size="small" type="primary" icon={<FileAddOutlined />} onClick={() => setGenerating(true)} data-testid="briefing-generate">
            {t('briefings.generate')}
          </Button>
        ) : null
      }
    >
      <List
        dataSource={advisor.briefings}
        locale={{ emptyText: t('briefings.empty') }}
        renderItem={(b) => (
          <List.Item key={b.id} data-testid="briefing-row">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex justify="space-between" align="center" wrap gap={8}>
                <Typography.Text strong>{b.period}</Typography.Text>
                <Flex gap={4}>
                  {b.revokedAt ? <Tag>{t('briefings.revoked')}</Tag> : null}
                  <Tag color={b.sentAt ? 'green' : 'gold'}>{b.sentAt ? text(briefingChannels.labels[b.channel ?? 'link']) : t('briefings.notSent')}</Tag>
                </Flex>
              </Flex>
              <Typography.Text type="secondary">
                {t('briefings.generatedAt', { at: at(b.generatedAt) })}
                {b.sentAt ? ` · ${t('briefings.sent', { by: b.sentByName ?? '—', at: at(b.sentAt), channel: text(briefingChannels.labels[b.channel ?? 'link']) })}` : ''}
                {' · '}
                {b.openedAt ? t('briefings.opened', { at: at(b.openedAt) }) : t('briefings.notOpened')}
              </Typography.Text>
              <Flex gap={4} wrap>
                <BriefingViewButton briefing={b} />
                {brief ? <BriefingActions advisorId={advisor.id} briefing={b} /> : null}
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
      {brief ? <GenerateModal advisorId={advisor.id} open={generating} onClose={() => setGenerating(false)} /> : null}
    </Card>
  );
}
