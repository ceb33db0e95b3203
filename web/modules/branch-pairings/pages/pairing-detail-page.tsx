import { useState } from 'react';
import { App, Button, Card, DatePicker, Descriptions, Flex, Form, Modal, Skeleton } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import type { PairingDetail } from '../../../../contracts/branch-pairings.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { pairingApi, pairingKey } from '../branch-pairings.api.ts';
import { usePairingMessages } from '../branch-pairings.messages.ts';
import { moneyText } from '../branch-pairings.view.ts';
import { ActivityForm } from '../components/activity-form.tsx';
import { ActivityTable } from '../components/activity-table.tsx';
import { PairingForm } from '../components/pairing-form.tsx';
import { RedFlagSteps } from '../components/red-flag-steps.tsx';

function EndDialog({ pairing, onClose }: { pairing: PairingDetail; onClose: () => void }) {
  const t = usePairingMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ endedOn?: Dayjs }>();
  const end = useMutation({
    mutationFn: (endedOn: string) => pairingApi.end(pairing.id, { endedOn }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [pairingKey] });
      void message.success(t('form.saved'));
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Form form={form} layout="vertical" initialValues={{ endedOn: dayjs() }} onFinish={(values) => end.mutate(values.endedOn!.format('YYYY-MM-DD'))}>
      <Form.Item name="endedOn" label={t('detail.endedOn')} rules={[{ required: true, message: '请选择结束日期' }]}>
        <DatePicker format="YYYY-MM-DD" disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" danger htmlType="submit" loading={end.isPending} data-testid="pairing-end-submit">
        {t('detail.end')}
      </Button>
    </Form>
  );
}

type Dialog = 'edit' | 'end' | 'activity' | null;

/** One pairing: both branches, what they did together, and the 红旗党支部 timeline. */
export function PairingDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = usePairingMessages();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const detail = useQuery({ queryKey: [pairingKey, 'detail', id], queryFn: () => pairingApi.get(id!) });
  if (detail.isError) return <LoadFailedResult error={detail.error} onRetry={() => void detail.refetch()} />;
  const pairing = detail.data;
  if (!pairing) return <Skeleton active />;
  const close = () => setDialog(null);
  const titles: Record<Exclude<Dialog, null>, string> = { edit: t('detail.editTitle'), end: t('detail.end'), activity: t('activity.add') };

  return (
    <>
      <PageHeader
        title={`${pairing.organBranch.name} ⇄ ${pairing.villageBranch.name}`}
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/branch-pairings')} />}
        extra={
          <>
            {pairing.abilities.update ? (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                {t('detail.edit')}
              </Button>
            ) : null}
            {pairing.abilities.end ? (
              <Button danger icon={<StopOutlined />} onClick={() => setDialog('end')} data-testid="pairing-end">
                {t('detail.end')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('detail.organ')}>
              {[pairing.organBranch.name, pairing.organBranch.unitName, t('detail.memberCount', { count: pairing.organBranch.memberCount })].filter(Boolean).join(' · ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.villageBranch')}>
              {[pairing.villageBranch.name, pairing.villageBranch.villageName, t('detail.memberCount', { count: pairing.villageBranch.memberCount })].filter(Boolean).join(' · ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.period')}>
              {pairing.endedOn ? t('detail.range', { from: pairing.startedOn, to: pairing.endedOn }) : t('detail.since', { from: pairing.startedOn })}
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.amount')}>{moneyText(pairing.amount)}</Descriptions.Item>
            <Descriptions.Item label={t('detail.goals')} span={2}>
              {pairing.goals}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('detail.redFlag')}>
          <RedFlagSteps pairing={pairing} />
        </Card>
        <Card
          title={t('detail.activities')}
          extra={
            pairing.abilities.recordActivity ? (
              <Button icon={<PlusOutlined />} onClick={() => setDialog('activity')} data-testid="activity-add">
                {t('activity.add')}
              </Button>
            ) : null
          }
        >
          <ActivityTable pairingId={pairing.id} keeper={pairing.abilities.recordActivity} />
        </Card>
      </Flex>
      <Modal title={dialog ? titles[dialog] : ''} open={dialog !== null} footer={null} onCancel={close} destroyOnHidden width={620}>
        {dialog === 'edit' ? <PairingForm pairing={pairing} onSaved={close} onCancel={close} /> : null}
        {dialog === 'end' ? <EndDialog pairing={pairing} onClose={close} /> : null}
        {dialog === 'activity' ? <ActivityForm pairingId={pairing.id} onSaved={close} onCancel={close} /> : null}
      </Modal>
    </>
  );
}
