import { App, Alert, Button, Card, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { nominationCreateBody, type SlotView } from '../../../../contracts/selection.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { selectionApi, selectionKey } from '../selection.api.ts';
import { useSelectionMessages } from '../selection.messages.ts';
import { CadrePicker } from './pickers.tsx';

const rules = zodRules(nominationCreateBody);
type Values = { cadreId?: string; comment?: string };

/** The asked unit puts forward one of its cadres; after a rejection or recall it shows why first. */
export function NominateForm({ slot }: { slot: SlotView }) {
  const t = useSelectionMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const last = slot.nominations.at(-1);
  const save = useMutation({
    mutationFn: (values: Values) => selectionApi.nominate(slot.id, { cadreId: values.cadreId ?? '', comment: values.comment?.trim() || null }),
    onSuccess: (nomination) => {
      // The next page loads its own data; the lists behind it refresh meanwhile.
      void client.invalidateQueries({ queryKey: [selectionKey] });
      void message.success(t('nominate.done'));
      void navigate(`/selection/nominations/${nomination.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Card title={t('slot.nominate')} size="small" style={{ marginBottom: 16 }}>
      {last?.state === 'rejected' ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('slot.rejectedHint', { reason: last.reason ?? '—' })} /> : null}
      {last?.state === 'recalled' ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('slot.recalledHint', { reason: last.reason ?? '—' })} /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={(values) => save.mutate(values)} style={{ maxWidth: 560 }}>
        <Form.Item name="cadreId" label={t('nominate.cadre')} rules={rules('cadreId')}>
          <CadrePicker unitId={slot.unitId} placeholder={t('nominate.cadreSearch')} />
        </Form.Item>
        <Form.Item name="comment" label={t('nominate.comment')} rules={rules('comment')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('slot.nominate')}
        </Button>
      </Form>
    </Card>
  );
}
