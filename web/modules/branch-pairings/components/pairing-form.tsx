import { App, Button, DatePicker, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pairingBody, type PairingDetail } from '../../../../contracts/branch-pairings.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { pairingApi, pairingKey } from '../branch-pairings.api.ts';
import { usePairingMessages } from '../branch-pairings.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(pairingBody);

export type PairingFormValues = { organBranchId?: string; villageBranchId?: string; startedOn?: Dayjs; goals?: string };

type PairingFormProps = {
  /** Editing: the pair stays, its start and goals change. Absent, the form sets up a new pairing. */
  pairing?: PairingDetail;
  onSaved: (pairing: PairingDetail) => void;
  onCancel: () => void;
};

/** 新建结对 (or 修改): which organ branch pairs with which village branch, from when, toward what. */
export function PairingForm({ pairing, onSaved, onCancel }: PairingFormProps) {
  const t = usePairingMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<PairingFormValues>();

  const save = useMutation({
    mutationFn: (values: PairingFormValues) => {
      const dates = { startedOn: values.startedOn!.format(DATE), goals: values.goals?.trim() || undefined };
      return pairing ? pairingApi.update(pairing.id, dates) : pairingApi.create({ organBranchId: values.organBranchId!, villageBranchId: values.villageBranchId!, ...dates });
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: [pairingKey] });
      void message.success(t('form.saved'));
      onSaved(saved);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  const search = (side: 'organ' | 'village') => async (q: string) =>
    (await pairingApi.candidates({ side, q })).items.map((b) => ({
      value: b.id,
      label: [b.name, side === 'organ' ? b.unitName : b.placeName].filter(Boolean).join(' · '),
    }));
  const initialValues: PairingFormValues = pairing ? { startedOn: dayjs(pairing.startedOn), goals: pairing.goals ?? undefined } : { startedOn: dayjs() };

  return (
    <Form<PairingFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => save.mutate(values)} style={{ maxWidth: 640 }}>
      {pairing ? null : (
        <>
          <Form.Item name="organBranchId" label={t('form.organ')} rules={rules('organBranchId', '请选择机关党支部')}>
            <RemoteSelect queryKey={[pairingKey, 'candidates', 'organ']} search={search('organ')} placeholder={t('form.organPlaceholder')} aria-label={t('form.organ')} />
          </Form.Item>
          <Form.Item name="villageBranchId" label={t('form.village')} rules={rules('villageBranchId', '请选择村党支部')}>
            <RemoteSelect queryKey={[pairingKey, 'candidates', 'village']} search={search('village')} placeholder={t('form.villagePlaceholder')} aria-label={t('form.village')} />
          </Form.Item>
        </>
      )}
      <Form.Item name="startedOn" label={t('form.startedOn')} rules={[{ required: true, message: '请选择结对开始日期' }]}>
        <DatePicker format={DATE} disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="goals" label={t('form.goals')} extra={t('form.goalsHint')} rules={rules('goals')}>
        <Input.TextArea rows={3} maxLength={1000} data-testid="pairing-goals" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="pairing-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
