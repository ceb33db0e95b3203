import { App, Checkbox, Form, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { useErrorNotice } from '../../components/use-error-notice.ts';
import { ApiError } from '../../platform/api.ts';
import { trainingsApi, trainingsKey } from './trainings.api.ts';
import { useTrainingMessages } from './trainings.messages.ts';
import { CadresPicker } from './pickers.tsx';

type Values = { cadreIds?: string[]; attended?: boolean };

/** The server names a refused cadre by index ("cadreIds.2"); the picker holds them all. */
export function toPickerFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields) return error;
  return new ApiError(error.status, error.code, error.message, error.fields.map((f) => ({ ...f, path: f.path.replace(/^cadreIds\.\d+$/, 'cadreIds') })));
}

/** Adds cadres of the region to a session's register, present by default. */
export function AttendeeModal({ sessionId, open, onClose }: { sessionId: string; open: boolean; onClose: () => void }) {
  const t = useTrainingMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (values: Values) => trainingsApi.addAttendees(sessionId, { cadreIds: values.cadreIds ?? [], attended: values.attended ?? true }),
    onSuccess: async (_view, values) => {
      await client.invalidateQueries({ queryKey: [trainingsKey] });
      void message.success(t('attendee.added', { count: values.cadreIds?.length ?? 0 }));
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, toPickerFields(error))) notify(error);
    },
  });
  return (
    <Modal title={t('detail.addAttendees')} open={open} onOk={() => form.submit()} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ cadreIds: [], attended: true }} onFinish={(values) => save.mutate(values)}>
        <Form.Item name="cadreIds" label={t('attendee.cadres')} rules={[{ required: true, type: 'array', min: 1, message: t('attendee.cadresRequired') }]}>
          <CadresPicker placeholder={t('attendee.search')} aria-label={t('attendee.cadres')} />
        </Form.Item>
        <Form.Item name="attended" valuePropName="checked">
          <Checkbox>{t('attendee.markPresent')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
