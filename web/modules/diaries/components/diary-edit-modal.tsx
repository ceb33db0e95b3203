import { App, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { diaryUpdateBody, type DiaryView } from '../../../../contracts/diaries.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { diariesApi, diariesKey } from '../diaries.api.ts';
import { useDiaryMessages } from '../diaries.messages.ts';

const rules = zodRules(diaryUpdateBody);

/** Corrects the text of one's own entry; its day stays. */
export function DiaryEditModal({ entry, onClose }: { entry: DiaryView | null; onClose: () => void }) {
  const t = useDiaryMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [form] = Form.useForm<{ content?: string }>();
  const save = useMutation({
    mutationFn: (content: string) => diariesApi.update(entry!.id, { content }),
    onSuccess: () => {
      void message.success(t('edit.saved'));
      void client.invalidateQueries({ queryKey: [diariesKey] });
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Modal
      title={entry ? t('edit.title', { day: entry.entryDate }) : ''}
      open={entry !== null}
      onOk={() => form.submit()}
      okText={t('edit.save')}
      cancelText={t('edit.cancel')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ content: entry?.content }} onFinish={(values) => save.mutate(values.content?.trim() ?? '')}>
        <Form.Item name="content" label={t('form.content')} rules={rules('content')}>
          <Input.TextArea rows={8} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
