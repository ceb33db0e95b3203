import { Alert, App, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { replaceBody, type NominationView } from '../../../../contracts/selection.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { selectionApi, selectionKey } from '../selection.api.ts';
import { useSelectionMessages } from '../selection.messages.ts';
import { CadrePicker } from './pickers.tsx';

const rules = zodRules(replaceBody);
type Values = { cadreId?: string; comment?: string };

/** 重派: the county names the recalled cadre's successor from the same unit. */
export function ReplaceModal({ nomination, open, onClose }: { nomination: NominationView; open: boolean; onClose: () => void }) {
  const t = useSelectionMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) => selectionApi.replace(nomination.id, { cadreId: values.cadreId ?? '', comment: values.comment?.trim() || null }),
    onSuccess: (created) => {
      // The next page loads its own data; the lists behind it refresh meanwhile.
      void client.invalidateQueries({ queryKey: [selectionKey] });
      void message.success(t('form.saved'));
      onClose();
      void navigate(`/selection/nominations/${created.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Modal title={t('nomination.replace')} open={open} onOk={() => form.submit()} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('nomination.replaceHint')} />
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={(values) => save.mutate(values)}>
        <Form.Item name="cadreId" label={t('nomination.replaceCadre')} rules={rules('cadreId')}>
          <CadrePicker unitId={nomination.unitId} placeholder={t('nominate.cadreSearch')} />
        </Form.Item>
        <Form.Item name="comment" label={t('nomination.replaceComment')} rules={rules('comment')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
